// The scoping questions: two counts and nine yes / no / not-sure questions, each starting unanswered. Used
// when an assessment is created and on its Scope tab. An unanswered question is marked once the user tries
// to go on without it.
import { Checkbox, Group, NumberInput, Radio, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { profileFlags, type ProfileFlag, scopingAnswers } from '../../../../assessments/catalog/scoping';
import { type CountAnswer, type ScopingDraft, type ScopingQuestion, scopingQuestions } from './draft';

export function ScopingForm({
  draft,
  onChange,
  showMissing,
  questions = scopingQuestions,
}: {
  draft: ScopingDraft;
  onChange: (draft: ScopingDraft) => void;
  showMissing: boolean;
  /** The questions to show (all by default; the new-assessment dialog asks them over two steps). */
  questions?: readonly ScopingQuestion[];
}) {
  const { t } = useTranslation();
  const missing = (answer: unknown) => (showMissing && answer === undefined ? t('scoping.unansweredHere') : null);
  const counts = (['employees', 'individuals'] as const).filter((q) => questions.includes(q));
  return (
    <Stack gap="sm" data-testid="scoping-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {counts.map((question) => (
          <CountQuestion
            key={question}
            question={question}
            value={draft[question]}
            onChange={(value) => onChange({ ...draft, [question]: value })}
            error={missing(draft[question])}
          />
        ))}
      </SimpleGrid>
      {profileFlags.filter((flag) => questions.includes(flag)).map((flag) => (
        <FlagQuestion key={flag} flag={flag} value={draft[flag]} onChange={(value) => onChange({ ...draft, [flag]: value })} error={missing(draft[flag])} />
      ))}
    </Stack>
  );
}

function CountQuestion({ question, value, onChange, error }: { question: 'employees' | 'individuals'; value: CountAnswer; onChange: (value: CountAnswer) => void; error: string | null }) {
  const { t } = useTranslation();
  const unsure = value === 'unsure';
  return (
    <Stack gap={4}>
      <NumberInput
        label={t(`scoping.${question}`)}
        description={t(`scoping.${question}Hint`)}
        min={0}
        max={100_000_000}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        value={typeof value === 'number' ? value : ''}
        placeholder={unsure ? t('scoping.notSure') : t('scoping.unanswered')}
        disabled={unsure}
        onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
        error={error}
        withAsterisk
        data-testid={`scoping-${question}`}
      />
      <Checkbox
        size="xs"
        label={t('scoping.notSure')}
        checked={unsure}
        onChange={(event) => onChange(event.currentTarget.checked ? 'unsure' : undefined)}
        data-testid={`scoping-${question}-unsure`}
      />
    </Stack>
  );
}

function FlagQuestion({ flag, value, onChange, error }: { flag: ProfileFlag; value: ScopingDraft[ProfileFlag]; onChange: (value: ScopingDraft[ProfileFlag]) => void; error: string | null }) {
  const { t } = useTranslation();
  const labelId = `scoping-question-${flag}`;
  // One row per question (the question, then its three answers), so that all of them fit a small window; an
  // unanswered one, once the user tried to go on, turns red (the form's summary says how many are left).
  return (
    <div data-testid={`scoping-${flag}`} data-answered={value !== undefined}>
      <Group justify="space-between" wrap="nowrap" gap="md" align="center">
        <Text size="sm" id={labelId} style={{ flex: 1 }} c={error ? 'red.8' : undefined} fw={error ? 600 : undefined}>
          {error ? '⚠ ' : null}
          {t(`scoping.questions.${flag}`)}
          <Text span c="red.8" aria-hidden>
            {' *'}
          </Text>
          {/* Marked in red on screen; said in words to a screen reader. */}
          {error ? <VisuallyHidden>{` ${error}`}</VisuallyHidden> : null}
        </Text>
        <Radio.Group role="radiogroup" value={value ?? null} onChange={(next) => onChange(next as ScopingDraft[ProfileFlag])} aria-labelledby={labelId} aria-required aria-invalid={error !== null}>
          <Group gap="md" wrap="nowrap">
            {scopingAnswers.map((answer) => (
              <Radio key={answer} value={answer} label={t(`scoping.${answer}`)} data-testid={`scoping-${flag}-${answer}`} />
            ))}
          </Group>
        </Radio.Group>
      </Group>
    </div>
  );
}
