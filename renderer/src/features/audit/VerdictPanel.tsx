// Auditor mode, on one item: the company's answer as it stands (read only, so it is clear who wrote what), and
// the auditor's verdict beside it — the finding class (number keys 1–6), a comment, and which of the item's
// evidence files the auditor checked. Saved as it is given, like the answers.
import { Badge, Button, Card, Checkbox, Group, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { verdictCodes } from '../../../../assessments/model/verdict-codes';
import { EMPTY_ANSWER, useAssessment } from '../../store/assessment-store';
import { useChecklistView } from '../checklist/view-store';
import { verdictColours } from './verdict-colours';

export const VerdictPanel = memo(function VerdictPanel({ itemKey }: { itemKey: string }) {
  const { t } = useTranslation();
  const verdict = useAssessment((s) => (Object.hasOwn(s.pendingVerdicts, itemKey) ? (s.pendingVerdicts[itemKey] ?? null) : (s.assessment?.verdicts?.[itemKey] ?? null)));
  const answer = useAssessment((s) => s.pending[itemKey] ?? s.assessment?.answers[itemKey]) ?? EMPTY_ANSWER;
  const evidence = useAssessment((s) => s.assessment!.evidence);
  const signed = useAssessment((s) => Boolean(s.assessment!.signOff));
  const changeVerdict = useAssessment((s) => s.changeVerdict);
  const focus = useChecklistView((s) => s.focus);
  const requestFocus = useChecklistView((s) => s.requestFocus);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const linked = answer.evidence.flatMap((hash) => (evidence[hash] ? [evidence[hash]] : []));
  const current = verdict ? { code: verdict.code, comment: verdict.comment, evidenceChecked: verdict.evidenceChecked } : null;

  useEffect(() => {
    if (focus === 'note' && commentRef.current) {
      commentRef.current.focus();
      requestFocus(null);
    }
  }, [focus, requestFocus, itemKey]);

  return (
    <Stack gap="md" data-testid="verdict-panel">
      <Card withBorder radius="sm" padding="sm" bg="gray.0" data-testid="company-answer">
        <Text size="xs" fw={600} c="dimmed" mb={4}>
          {t('audit.companyAnswer')}
        </Text>
        <Group gap="xs">
          <Badge variant="light" color="gray" tt="none" data-testid="company-answer-status">
            {t(`answers.${answer.status}`)}
          </Badge>
        </Group>
        {[answer.reason, answer.alternative, answer.note]
          .filter((text) => text.trim() !== '')
          .map((text, i) => (
            <Text key={i} size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {text}
            </Text>
          ))}
      </Card>
      <div>
        <Text fw={600} size="sm" mb={6} id={`verdict-label-${itemKey}`}>
          {t('audit.verdict')}
        </Text>
        <Group gap="xs" role="radiogroup" aria-labelledby={`verdict-label-${itemKey}`}>
          {verdictCodes.map((code, i) => {
            const chosen = current?.code === code;
            return (
              <Button
                key={code}
                role="radio"
                aria-checked={chosen}
                size="sm"
                variant={chosen ? 'filled' : 'default'}
                color={verdictColours[code]}
                autoContrast
                disabled={signed && !chosen}
                onClick={() => changeVerdict(itemKey, { code, comment: current?.comment ?? '', evidenceChecked: current?.evidenceChecked ?? [] }, 'code')}
                leftSection={<Kbd size="xs">{i + 1}</Kbd>}
                data-testid={`verdict-${code}`}
              >
                {t(`audit.codes.${code}`)}
              </Button>
            );
          })}
        </Group>
      </div>
      <Textarea
        ref={commentRef}
        label={t('audit.comment')}
        placeholder={current ? t('audit.commentPlaceholder') : t('audit.chooseFirst')}
        value={current?.comment ?? ''}
        disabled={!current}
        readOnly={signed}
        onChange={(event) => current && changeVerdict(itemKey, { ...current, comment: event.currentTarget.value }, 'comment')}
        autosize
        minRows={2}
        data-testid="verdict-comment"
      />
      <div>
        <Text fw={600} size="sm" mb={4}>
          {t('audit.evidenceChecked')}
        </Text>
        {linked.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('audit.noEvidence')}
          </Text>
        ) : (
          <Stack gap={4}>
            {linked.map((file) => (
              <Checkbox
                key={file.hash}
                label={file.name}
                checked={current?.evidenceChecked.includes(file.hash) ?? false}
                disabled={!current || signed}
                onChange={(event) => {
                  if (!current) return;
                  const checked = event.currentTarget.checked;
                  const evidenceChecked = checked ? [...new Set([...current.evidenceChecked, file.hash])] : current.evidenceChecked.filter((h) => h !== file.hash);
                  changeVerdict(itemKey, { ...current, evidenceChecked }, 'evidence');
                }}
                data-testid="verdict-evidence"
              />
            ))}
          </Stack>
        )}
      </div>
      {current && !signed ? (
        <Group>
          <Button variant="subtle" color="gray" size="compact-sm" onClick={() => changeVerdict(itemKey, null, 'code')} data-testid="verdict-clear">
            {t('audit.clear')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
});
