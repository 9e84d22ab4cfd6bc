// One item, as the user answers it: the question and the answer scale first, then what "implemented" looks
// like (the small-business variant first for a small business), evidence examples, references, the note, the
// review flag and the evidence files. A not-applicable answer asks for its reason and an alternative control
// for its description, right under the buttons.
import { ActionIcon, Alert, Anchor, Badge, Box, Button, Card, Checkbox, Divider, Group, List, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isSmallBusiness } from '../../../../assessments/catalog/scoping';
import type { AnswerStatus } from '../../../../assessments/model/answer';
import type { Language } from '../../../../assessments/model/language';
import { type AnswerValue, useAssessment } from '../../store/assessment-store';
import { VerdictPanel } from '../audit/VerdictPanel';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { AnswerButtons } from './AnswerButtons';
import type { ItemRef } from './items';
import { useChecklistView } from './view-store';

export const ItemView = memo(function ItemView({
  item: ref,
  position,
  total,
  onMove,
  language,
}: {
  item: ItemRef;
  position: number;
  total: number;
  onMove: (delta: number) => void;
  language: Language;
}) {
  const { t } = useTranslation();
  const value = useAssessment((s) => s.pending[ref.key] ?? s.assessment?.answers[ref.key]);
  const profile = useAssessment((s) => s.assessment!.profile);
  const change = useAssessment((s) => s.change);
  const focus = useChecklistView((s) => s.focus);
  const requestFocus = useChecklistView((s) => s.requestFocus);
  const writer = useChecklistView((s) => s.writer);
  const signed = useAssessment((s) => Boolean(s.assessment!.signOff));
  const toReconfirm = useAssessment((s) => s.assessment!.reconfirm?.includes(ref.key) ?? false);
  const answer: AnswerValue = value ?? { status: 'unanswered', note: '', reason: '', alternative: '', flagged: false, evidence: [] };
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const alternativeRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!focus || writer === 'auditor') return;
    const target = focus === 'note' ? noteRef.current : focus === 'reason' ? reasonRef.current : focus === 'alternative' ? alternativeRef.current : null;
    if (target) {
      target.focus();
      requestFocus(null);
    }
  }, [focus, requestFocus, ref.key, answer.status, writer]);

  const setStatus = (status: AnswerStatus) => {
    change(ref.key, { status }, 'status');
    if (status === 'not-applicable' && answer.reason.trim() === '') requestFocus('reason');
    if (status === 'alternative' && answer.alternative.trim() === '') requestFocus('alternative');
  };
  const small = isSmallBusiness(profile);
  const { item, catalog, domain } = ref;

  return (
    <Stack gap="md" data-testid="item-view" data-item={ref.key}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {catalog.title[language]} › {domain.title[language]}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color="gray" tt="none">
            {item.id}
          </Badge>
          <Text size="sm" c="dimmed" data-testid="item-position">
            {t('checklist.itemPosition', { n: position, total })}
          </Text>
        </Group>
      </Group>
      <div>
        <Title order={2} size="h3" data-testid="item-title">
          {item.title[language]}
        </Title>
        <Text size="lg" mt="xs" data-testid="item-question">
          {item.question[language]}
        </Text>
      </div>
      {writer === 'auditor' ? (
        <VerdictPanel itemKey={ref.key} />
      ) : (
        <>
          {toReconfirm && !signed ? (
            <Alert color="yellow" variant="light" py="xs" data-testid="reconfirm-notice">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('audit.reconfirm')}</Text>
                <Button size="compact-sm" variant="default" onClick={() => change(ref.key, {}, 'status')} data-testid="reconfirm-answer">
                  {t('audit.reconfirmButton')}
                </Button>
              </Group>
            </Alert>
          ) : null}
        <AnswerButtons kind={catalog.kind} notApplicablePoints={catalog.notApplicablePoints} value={answer.status} onAnswer={setStatus} label={t('checklist.answerScale')} disabled={signed} />
        {answer.status === 'not-applicable' ? (
          <Textarea
            ref={reasonRef}
            label={t('checklist.reason')}
            placeholder={t('checklist.reasonPlaceholder')}
            value={answer.reason}
            onChange={(event) => change(ref.key, { reason: event.currentTarget.value }, 'reason')}
            error={answer.reason.trim() === '' ? t('checklist.reasonRequired') : null}
            autosize
            minRows={2}
            withAsterisk
            readOnly={signed}
            data-testid="answer-reason"
          />
        ) : null}
        {answer.status === 'alternative' ? (
          <Textarea
            ref={alternativeRef}
            label={t('checklist.alternative')}
            placeholder={t('checklist.alternativePlaceholder')}
            value={answer.alternative}
            onChange={(event) => change(ref.key, { alternative: event.currentTarget.value }, 'alternative')}
            error={answer.alternative.trim() === '' ? t('checklist.alternativeRequired') : null}
            autosize
            minRows={2}
            withAsterisk
            readOnly={signed}
            data-testid="answer-alternative-text"
          />
        ) : null}
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="nowrap">
          <Textarea
            ref={noteRef}
            label={t('checklist.note')}
            placeholder={t('checklist.notePlaceholder')}
            value={answer.note}
            onChange={(event) => change(ref.key, { note: event.currentTarget.value }, 'note')}
            rows={2}
            resize="vertical"
            readOnly={signed}
            data-testid="answer-note"
          />
        </Group>
        <Checkbox
          label={t('checklist.flag')}
          checked={answer.flagged}
          disabled={signed}
          onChange={(event) => change(ref.key, { flagged: event.currentTarget.checked }, 'flagged')}
          data-testid="answer-flag"
        />
        </>
      )}
      <Guidance item={ref.item} small={small} language={language} />
      <EvidencePanel itemKey={ref.key} linked={answer.evidence} />
      <Divider />
      <Group justify="space-between">
        <Anchor component="button" type="button" onClick={() => onMove(-1)} disabled={position <= 1} data-testid="previous-item">
          ← {t('checklist.previous')}
        </Anchor>
        <Anchor component="button" type="button" onClick={() => onMove(1)} disabled={position >= total} data-testid="next-item">
          {t('checklist.next')} →
        </Anchor>
      </Group>
    </Stack>
  );
});

const Guidance = memo(function Guidance({ item, small, language }: { item: ItemRef['item']; small: boolean; language: Language }) {
  const { t } = useTranslation();
  const variants = item.smallBusiness
    ? small
      ? (['small', 'general'] as const)
      : (['general', 'small'] as const)
    : (['general'] as const);
  return (
    <Card withBorder radius="sm" padding="md" bg="gray.0">
      <Text fw={600} size="sm" mb="xs">
        {t('checklist.guidance')}
      </Text>
      {variants.length > 1 ? (
        <Tabs defaultValue={variants[0]} keepMounted={false}>
          <Tabs.List>
            {variants.map((v) => (
              <Tabs.Tab key={v} value={v}>
                {v === 'small' ? t('checklist.smallBusiness') : t('checklist.general')}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {variants.map((v) => (
            <Tabs.Panel key={v} value={v} pt="xs">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {v === 'small' ? item.smallBusiness![language] : item.guidance[language]}
              </Text>
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {item.guidance[language]}
        </Text>
      )}
      <Group align="flex-start" mt="md" gap="xl" wrap="nowrap">
        <Box style={{ flex: 2 }}>
          <Text fw={600} size="sm">
            {t('checklist.evidenceExamples')}
          </Text>
          <List size="sm" mt={4}>
            {item.evidence.map((e) => (
              <List.Item key={e.en}>{e[language]}</List.Item>
            ))}
          </List>
        </Box>
        <Box style={{ flex: 1 }}>
          <Text fw={600} size="sm">
            {t('checklist.references')}
          </Text>
          <Paper mt={4}>
            {item.references.map((r) => (
              <Text key={r} size="xs" c="dimmed">
                {r}
              </Text>
            ))}
          </Paper>
        </Box>
      </Group>
    </Card>
  );
});

export function FlagIcon({ flagged, label }: { flagged: boolean; label: string }) {
  return (
    <ActionIcon variant="subtle" color={flagged ? 'orange' : 'gray'} aria-label={label} aria-pressed={flagged} component="span">
      {flagged ? '⚑' : '⚐'}
    </ActionIcon>
  );
}
