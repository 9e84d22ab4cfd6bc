// The disclosures APPI requires, one card each: present, missing or not applicable, the rule that decided
// it in words (and its id, for the documentation), the parts found and not found, and the sentences it rests
// on — each a button that shows its passage in the policy text.
import { Badge, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../assessments/model/language';
import type { ElementResult, PolicyQuote } from '../../../../assessments/policy/elements';
import { elementName, isRequiredElement, partsOf, partText, ruleText, statusWording } from '../../../../assessments/policy/wording';
import type { Focus } from './highlight';

export const statusColour = { present: 'teal.9', missing: 'red.9', 'not-applicable': 'gray.7' } as const;

/** A quoted passage as a button: choosing it shows the passage in the policy text. */
export function QuoteButton({ quote, active, onFocus, testId }: { quote: PolicyQuote; active: boolean; onFocus: (focus: Focus) => void; testId?: string }) {
  const { t } = useTranslation();
  const short = quote.quote.replace(/\s+/g, ' ').trim();
  return (
    <UnstyledButton
      onClick={() => onFocus({ start: quote.start, end: quote.end })}
      aria-pressed={active}
      data-testid={testId ?? 'policy-quote'}
      data-start={quote.start}
      px={6}
      py={2}
      style={{ borderLeft: `3px solid ${active ? '#e67700' : '#dee2e6'}`, background: active ? '#fff9db' : undefined, borderRadius: 2, width: '100%' }}
    >
      <Text size="xs" lineClamp={2}>
        {/* The name a screen reader hears says what the button does, then the passage as it is shown. */}
        <VisuallyHidden>{t('policy.showQuote')}</VisuallyHidden>
        {short}
      </Text>
    </UnstyledButton>
  );
}

export function ElementResults({ elements, language, focus, onFocus }: { elements: readonly ElementResult[]; language: Language; focus: Focus | null; onFocus: (focus: Focus) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="policy-elements">
      {elements.map((element) => {
        const parts = element.status === 'not-applicable' ? [] : partsOf(element.id, element.parts);
        const name = elementName(element.id, language);
        return (
          <Paper key={element.id} withBorder p="xs" data-testid="policy-element" data-element={element.id} data-status={element.status} aria-label={`${name}: ${statusWording[element.status][language]}`} component="section">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge color={statusColour[element.status]} variant={element.status === 'not-applicable' ? 'outline' : 'filled'} tt="none" miw={92} style={{ flexShrink: 0 }} data-testid="policy-element-status">
                {statusWording[element.status][language]}
              </Badge>
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={600}>
                  {name}
                  {isRequiredElement(element.id) ? null : (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {` · ${t('policy.expected')}`}
                    </Text>
                  )}
                </Text>
                <Text size="xs" data-testid="policy-element-rule">
                  {ruleText(element.rule, language)}{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {element.rule}
                  </Text>
                </Text>
                {parts.length > 0 ? (
                  <Group gap={4} aria-label={t('policy.parts')}>
                    {parts.map((p) => (
                      <Badge key={p.part} size="xs" tt="none" color={p.found ? 'teal.9' : 'gray.7'} variant={p.found ? 'light' : 'outline'}>
                        {t(p.found ? 'policy.partFound' : 'policy.partMissing', { part: partText(p.part, language) })}
                      </Badge>
                    ))}
                  </Group>
                ) : null}
                {element.evidence.map((quote) => (
                  <QuoteButton key={quote.start} quote={quote} active={focus?.start === quote.start && focus.end === quote.end} onFocus={onFocus} />
                ))}
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
