// The policy as the check read it, with the passages it found highlighted: evidence for a disclosure, claims,
// claims the answers do not back, and — when a result is chosen — that result's passage, scrolled into view.
// Every run of the user's text is a React text node inside <mark> or <span>: nothing is parsed as HTML.
import { Box, Group, ScrollArea, Text } from '@mantine/core';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Focus, type HighlightRange, type Run, runsOf } from './highlight';

export const markStyles = {
  evidence: { background: '#fff3bf' },
  claim: { textDecoration: 'underline', textDecorationColor: '#0c8599', textDecorationThickness: '2px', textUnderlineOffset: '3px' },
  'not-backed': { background: '#ffe3e3', textDecoration: 'underline', textDecorationColor: '#c92a2a', textDecorationThickness: '2px', textUnderlineOffset: '3px' },
  active: { background: '#ffd43b', outline: '2px solid #e67700', borderRadius: 2 },
} as const;

function styleOf(run: Run): React.CSSProperties {
  if (run.active) return { ...markStyles.active, color: '#212529' };
  const style: React.CSSProperties = { background: 'transparent', color: 'inherit' };
  if (run.kinds.includes('claim')) Object.assign(style, markStyles.claim);
  if (run.kinds.includes('evidence')) Object.assign(style, markStyles.evidence);
  if (run.kinds.includes('not-backed')) Object.assign(style, markStyles['not-backed']);
  return style;
}

function Swatch({ style, label }: { style: React.CSSProperties; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Box component="span" aria-hidden style={{ ...style, display: 'inline-block', width: 22, height: 12 }} />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

export const PolicyText = memo(function PolicyText({ text, ranges, focus, height }: { text: string; ranges: readonly HighlightRange[]; focus: Focus | null; height: string }) {
  const { t } = useTranslation();
  const runs = useMemo(() => runsOf(text, ranges, focus), [text, ranges, focus]);
  const viewport = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    // Only the text pane scrolls (scrollIntoView would move the whole window too).
    const pane = viewport.current;
    const first = pane?.querySelector<HTMLElement>('[data-active="true"]');
    if (!pane || !first) return;
    const target = first.getBoundingClientRect();
    const box = pane.getBoundingClientRect();
    pane.scrollTop += target.top - box.top - pane.clientHeight / 2 + Math.min(target.height, pane.clientHeight / 2) / 2;
  }, [focus, runs]);
  return (
    <Box>
      <Group gap="md" mb={6} wrap="wrap" aria-hidden>
        <Swatch style={markStyles.evidence} label={t('policy.legend.evidence')} />
        <Swatch style={{ ...markStyles.claim, background: 'transparent', borderBottom: '2px solid #0c8599' }} label={t('policy.legend.claim')} />
        <Swatch style={markStyles['not-backed']} label={t('policy.legend.notBacked')} />
        <Swatch style={markStyles.active} label={t('policy.legend.active')} />
      </Group>
      <ScrollArea h={height} type="auto" viewportRef={viewport} offsetScrollbars style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, background: 'white' }}>
        <Box
          component="section"
          aria-label={t('policy.textRegion')}
          tabIndex={0}
          data-testid="policy-text"
          p="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 13, lineHeight: 1.7 }}
        >
          {runs.map((run) =>
            run.kinds.length === 0 && !run.active ? (
              <span key={run.start}>{run.text}</span>
            ) : (
              <mark key={run.start} data-active={run.active ? 'true' : undefined} data-kinds={run.kinds.join(' ')} style={styleOf(run)}>
                {run.text}
              </mark>
            ),
          )}
        </Box>
      </ScrollArea>
    </Box>
  );
});
