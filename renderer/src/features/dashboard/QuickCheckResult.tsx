// The quick check's result on IPA's scale: the total out of 100 (4, 2, 0 or −1 per question), the band it
// falls in and that band's advice — final once every question is answered.
import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../../assessments/catalog/schema';
import { scoreQuickCheck } from '../../../../assessments/scoring/score';
import { useAssessment } from '../../store/assessment-store';
import { useHomeStore } from '../../store/home-store';

export function QuickCheckResult({ catalog, compact = false }: { catalog: Catalog; compact?: boolean }) {
  const { t } = useTranslation();
  const language = useHomeStore((s) => s.language);
  const answers = useAssessment((s) => s.assessment!.answers);
  const pending = useAssessment((s) => s.pending);
  const result = scoreQuickCheck(catalog, { ...answers, ...pending });
  const band = result.band;
  return (
    <Alert
      color={band ? (result.total >= 100 ? 'teal' : result.total >= 70 ? 'blue' : result.total >= 50 ? 'yellow' : 'red') : 'gray'}
      variant="light"
      title={t('checklist.quickCheckResult')}
      mb="md"
      data-testid="quick-check-result"
    >
      <Stack gap={4}>
        <Group gap="sm" align="baseline">
          <Text fw={700} size={compact ? 'lg' : 'xl'} data-testid="quick-check-total">
            {t('dashboard.quickCheckTotal', { total: result.total, max: result.max })}
          </Text>
          {band ? <Text fw={600}>{band.label[language]}</Text> : null}
        </Group>
        <Progress value={Math.max(0, (result.total / result.max) * 100)} size="sm" aria-hidden />
        {!result.complete ? <Text size="sm">{t('dashboard.quickCheckIncomplete', { answered: result.answered, questions: result.questions })}</Text> : null}
        {band && (!compact || result.complete) ? <Text size="sm">{band.advice[language]}</Text> : null}
      </Stack>
    </Alert>
  );
}
