// The comparison tab: this assessment against another of the same organisation, chosen here (the one just
// before it by default) — the overall score then and now, the changes by class, each checklist's and each
// domain's score change, the trend over all the organisation's assessments, and what became of each item,
// filterable by class, each a click away in the checklist. Worked out by main (compareAssessments and
// organisationTrend) from what is saved. Loaded with its tab, ECharts with it.
import { Alert, Badge, Card, Center, Grid, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentComparison, TrendPoint } from '../../../../assessments/compare';
import type { Language } from '../../../../assessments/model/language';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { classColour, formatDelta, formatScore, orderPair, otherAssessments } from './compare-view';
import { DomainDeltas } from './DomainDeltas';
import { ItemChanges } from './ItemChanges';
import { TrendChart } from './TrendChart';

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

const shownClasses = ['regressed', 'improved', 'new', 'removed', 'unchanged'] as const;

export default function CompareScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const assessmentId = useAssessment((s) => s.assessment!.id);
  const organisationId = useAssessment((s) => s.assessment!.organisationId);
  const [trend, setTrend] = useState<Loaded<TrendPoint[]>>({ state: 'loading' });
  const [otherId, setOtherId] = useState<string | null>(null);
  // Kept with the pair it answers, so a new choice shows "loading" until its own answer comes.
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<AssessmentComparison> } | null>(null);

  useEffect(() => {
    let live = true;
    call('organisationTrend', { organisationId }).then(
      (points) => {
        if (!live) return;
        setTrend({ state: 'ready', value: points });
        setOtherId(otherAssessments(points, assessmentId).preferred);
      },
      (error: unknown) => live && setTrend({ state: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [organisationId, assessmentId]);

  const points = useMemo(() => (trend.state === 'ready' ? trend.value : []), [trend]);
  const pair = useMemo(() => (otherId ? orderPair(points, assessmentId, otherId) : null), [points, assessmentId, otherId]);
  const pairKey = pair ? `${pair.olderId}:${pair.newerId}` : '';
  useEffect(() => {
    if (!pair) return;
    let live = true;
    const key = `${pair.olderId}:${pair.newerId}`;
    call('compareAssessments', pair).then(
      (value) => live && setAnswer({ key, loaded: { state: 'ready', value } }),
      (error: unknown) => live && setAnswer({ key, loaded: { state: 'failed', message: errorText(error) } }),
    );
    return () => {
      live = false;
    };
  }, [pair]);
  const comparison: Loaded<AssessmentComparison> | null = !pair ? null : answer?.key === pairKey ? answer.loaded : { state: 'loading' };

  if (trend.state === 'loading') return <Waiting />;
  if (trend.state === 'failed') return <Failed message={trend.message} />;
  const { others } = otherAssessments(points, assessmentId);

  return (
    <Stack gap="md" data-testid="compare-screen">
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Stack gap={2} maw={560}>
            <Title order={2} size="h4">
              {t('compare.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('compare.intro')}
            </Text>
          </Stack>
          {others.length > 0 ? (
            <Select
              w={360}
              label={t('compare.compareWith')}
              data={others.map((p) => ({ value: p.id, label: t('compare.dated', { title: p.title, date: p.date }) }))}
              value={otherId}
              onChange={(value) => value && setOtherId(value)}
              allowDeselect={false}
              data-testid="compare-with"
            />
          ) : null}
        </Group>
      </Card>
      {others.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="compare-none">
          {t('compare.none')}
        </Alert>
      ) : !comparison || comparison.state === 'loading' ? (
        <Waiting />
      ) : comparison.state === 'failed' ? (
        <Failed message={comparison.message} />
      ) : (
        <Result comparison={comparison.value} points={points} side={comparison.value.newer.id === assessmentId ? 'newer' : 'older'} language={language} />
      )}
    </Stack>
  );
}

function Result({ comparison, points, side, language }: { comparison: AssessmentComparison; points: TrendPoint[]; side: 'older' | 'newer'; language: Language }) {
  const { t } = useTranslation();
  const { older, newer, overall } = comparison;
  const compared = new Set([older.id, newer.id]);
  return (
    <Stack gap="md">
      <Card withBorder padding="md" data-testid="compare-summary">
        <Group gap="xl" wrap="wrap" align="flex-start">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('compare.earlier')}
            </Text>
            <Text size="sm" fw={600} data-testid="compare-older">
              {t('compare.dated', { title: older.title, date: older.date })}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t('compare.later')}
            </Text>
            <Text size="sm" fw={600} data-testid="compare-newer">
              {t('compare.dated', { title: newer.title, date: newer.date })}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('compare.overall')}
            </Text>
            <Group gap="xs" align="baseline">
              <Text size="xl" fw={700} c="dimmed">
                {formatScore(overall.older)}
              </Text>
              <Text aria-hidden>→</Text>
              <Text size="xl" fw={700}>
                {formatScore(overall.newer)}
              </Text>
              <Text size="lg" fw={700} c={overall.delta === null || overall.delta === 0 ? 'dimmed' : overall.delta > 0 ? 'teal.9' : 'red.9'} data-testid="compare-overall-delta">
                {formatDelta(overall.delta)}
              </Text>
            </Group>
            {comparison.quickCheck.map((q) => (
              <Text key={q.catalogId} size="xs" c="dimmed" data-testid="compare-quick-check">
                {t('compare.quickCheck', { title: q.title[language], older: q.older ? `${q.older.total} / ${q.older.max}` : '—', newer: q.newer ? `${q.newer.total} / ${q.newer.max}` : '—' })}
              </Text>
            ))}
          </Stack>
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('compare.byClass')}
            </Text>
            <Group gap={6} data-testid="compare-counts">
              {shownClasses.map((c) => (
                <Badge key={c} color={classColour[c]} variant="light" tt="none" size="lg" data-testid={`compare-count-${c}`}>
                  {t(`compare.classes.${c}`)} {comparison.counts[c]}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Group>
      </Card>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="md">
            <Title order={3} size="h5" mb="xs">
              {t('compare.deltas')}
            </Title>
            <DomainDeltas comparison={comparison} language={language} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="md">
            <Title order={3} size="h5" mb="xs">
              {t('compare.trend')}
            </Title>
            <TrendChart points={points.map((p) => ({ label: `${p.date}\n${p.title}`, score: p.overall, compared: compared.has(p.id) }))} label={t('compare.trendLabel')} />
            <Stack gap={0} mt="xs" data-testid="compare-trend">
              {points.map((p) => (
                <Text key={p.id} size="xs" fw={compared.has(p.id) ? 700 : 400}>
                  {p.date} · {p.title} · {formatScore(p.overall)}
                </Text>
              ))}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder padding="md">
        <Title order={3} size="h5" mb="xs">
          {t('compare.items')}
        </Title>
        <ItemChanges comparison={comparison} side={side} language={language} />
      </Card>
    </Stack>
  );
}

function Waiting() {
  const { t } = useTranslation();
  return (
    <Center mt="xl" aria-label={t('common.loading')}>
      <Loader color="teal" />
    </Center>
  );
}

function Failed({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('compare.failed')} data-testid="compare-failed">
      {message}
    </Alert>
  );
}
