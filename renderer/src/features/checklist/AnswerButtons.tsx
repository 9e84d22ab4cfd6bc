// The answer scale as a row of buttons, each with the number key that picks it: implemented / partly / not /
// not applicable / alternative for a checklist, IPA's 4 / 2 / 0 / −1 for the quick check — and "not applicable"
// there too when the quick check's edition gives it points (notApplicablePoints, from quick-check version 2).
import { Button, Group, Kbd } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerStatus } from '../../../../assessments/model/answer';
import { checklistScale, quickCheckScale } from '../../store/assessment-store';

const colours: Partial<Record<AnswerStatus, string>> = {
  implemented: 'teal',
  partial: 'yellow',
  'not-implemented': 'red',
  'not-applicable': 'gray',
  alternative: 'blue',
  unknown: 'grape',
};

export function scaleFor(kind: 'checklist' | 'quick-check', notApplicablePoints?: number): readonly AnswerStatus[] {
  if (kind !== 'quick-check') return checklistScale;
  return notApplicablePoints === undefined ? quickCheckScale : [...quickCheckScale, 'not-applicable'];
}

export function AnswerButtons({
  kind,
  value,
  onAnswer,
  compact = false,
  label,
  notApplicablePoints,
  disabled = false,
}: {
  kind: 'checklist' | 'quick-check';
  /** The quick check's points for "not applicable", when its edition offers that answer. */
  notApplicablePoints?: number | undefined;
  value: AnswerStatus;
  onAnswer: (status: AnswerStatus) => void;
  compact?: boolean;
  label: string;
  /** Signed off: the answer shows, and cannot be changed. */
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const scale = scaleFor(kind, notApplicablePoints);
  return (
    <Group gap={compact ? 4 : 'xs'} role="radiogroup" aria-label={label} wrap={compact ? 'nowrap' : 'wrap'}>
      {scale.map((status, i) => {
        const chosen = value === status;
        const text =
          kind !== 'quick-check'
            ? t(`answers.${status}`)
            : status === 'not-applicable'
              ? t('editions.quickNotApplicable', { points: notApplicablePoints })
              : t(`quickAnswers.${status as 'implemented'}`);
        return (
          <Button
            key={status}
            role="radio"
            aria-checked={chosen}
            size={compact ? 'compact-xs' : 'sm'}
            variant={chosen ? 'filled' : 'default'}
            color={colours[status]}
            autoContrast
            onClick={() => onAnswer(status)}
            disabled={disabled && !chosen}
            aria-disabled={disabled || undefined}
            data-testid={`answer-${status}`}
            leftSection={compact ? null : <Kbd size="xs">{i + 1}</Kbd>}
            title={compact ? `${i + 1}: ${text}` : undefined}
          >
            {text}
          </Button>
        );
      })}
    </Group>
  );
}
