// The dashboard: completion, the overall score, each checklist's score and its domains' (as a table, a radar
// and a bar chart), the answers by kind, the quick check's result, and the most urgent gaps — each a click
// away from its item. Loaded only when the tab is first opened, with ECharts.
import { Badge, Card, Grid, Group, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../assessments/model/language';
import { scoreAssessment } from '../../../../assessments/scoring/score';
import { useAssessment } from '../../store/assessment-store';
import { useNavigation } from '../../store/navigation';
import { useChecklistView } from '../checklist/view-store';
import { countAnswers, topGaps } from './dashboard-data';
import { QuickCheckResult } from './QuickCheckResult';
import { DomainBars, DomainRadar } from './ScoreCharts';

// "Don't know" belongs to the quick check only; a checklist never has it.
const countOrder = ['implemented', 'alternative', 'partial', 'not-implemented', 'not-applicable', 'unanswered'] as const;
const countColour: Record<(typeof countOrder)[number], string> = {
  implemented: 'teal',
  alternative: 'blue',
  partial: 'yellow',
  'not-implemented': 'red',
  'not-applicable': 'gray',
  unanswered: 'gray.4',
};

export default function DashboardScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const assessment = useAssessment((s) => s.assessment!);
  const pending = useAssessment((s) => s.pending);
  const catalogs = useAssessment((s) => s.catalogs);
  const answers = useMemo(() => ({ ...assessment.answers, ...pending }), [assessment.answers, pending]);
  const score = useMemo(() => scoreAssessment(catalogs, answers, assessment.profile), [catalogs, answers, assessment.profile]);
  const counts = useMemo(() => countAnswers(catalogs, answers, assessment.profile), [catalogs, answers, assessment.profile]);
  const gaps = useMemo(() => topGaps({ ...assessment, answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { ...v, updatedAt: '' }])) }, catalogs, 10), [assessment, answers, catalogs]);
  const checklists = catalogs.filter((c) => c.kind === 'checklist');
  const quickChecks = catalogs.filter((c) => c.kind === 'quick-check');
  const [chartCatalog, setChartCatalog] = useState(checklists[0]?.id ?? '');
  const charted = score.catalogs.find((c) => c.catalogId === chartCatalog) ?? score.catalogs[0];
  const chartedCatalog = catalogs.find((c) => c.id === charted?.catalogId);
  const overall = score.overall;
  const completion = overall.completion === null ? 0 : Math.round(overall.completion * 1000) / 10;
  const totalCounted = countOrder.reduce((sum, status) => sum + counts[status], 0);

  const openItem = (key: string) => {
    useChecklistView.getState().setCurrent(key);
    useChecklistView.getState().setMode('item');
    useNavigation.getState().openTab('checklist');
  };
  const domainTitle = (catalogId: string, domainId: string) => catalogs.find((c) => c.id === catalogId)?.domains.find((d) => d.id === domainId)?.title[language] ?? domainId;
  // Domains with nothing in scope have no score: they are left off the charts (the table shows "—").
  const chartDomains = (charted?.domains ?? []).filter((d) => d.score !== null).map((d) => ({ label: domainTitle(charted!.catalogId, d.domainId), score: d.score }));

  // A quick check on its own has its result and nothing else to show.
  if (checklists.length === 0) {
    return (
      <Stack gap="lg" data-testid="dashboard">
        {quickChecks.map((catalog) => (
          <QuickCheckResult key={catalog.id} catalog={catalog} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" data-testid="dashboard">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('dashboard.completion')}
          </Text>
          <Text fw={700} size="xl" data-testid="dashboard-completion">
            {completion}%
          </Text>
          <Progress value={completion} size="sm" mt={4} aria-hidden />
          <Text size="xs" c="dimmed" mt={4}>
            {t('dashboard.answered', { answered: overall.answered, applicable: overall.applicable })}
          </Text>
        </Card>
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('dashboard.overall')}
          </Text>
          <Text fw={700} size="xl" data-testid="dashboard-score" data-score={overall.score ?? ''}>
            {overall.score === null ? t('dashboard.noScore') : t('dashboard.scoreOf', { score: overall.score })}
          </Text>
          <Progress value={overall.score ?? 0} size="sm" mt={4} color="teal" aria-hidden />
        </Card>
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed" mb={6}>
            {t('dashboard.counts')}
          </Text>
          <Progress.Root size="lg" aria-hidden>
            {countOrder.map((status) => (counts[status] > 0 ? <Progress.Section key={status} value={(counts[status] / Math.max(1, totalCounted)) * 100} color={countColour[status]} /> : null))}
          </Progress.Root>
          <Group gap={6} mt={6} data-testid="dashboard-counts">
            {countOrder.map((status) => (
              <Badge key={status} size="sm" variant="light" color={countColour[status]} tt="none" data-status={status} data-count={counts[status]}>
                {t(`answers.${status}`)}: {counts[status]}
              </Badge>
            ))}
          </Group>
        </Card>
      </SimpleGrid>
      {quickChecks.map((catalog) => (
        <QuickCheckResult key={catalog.id} catalog={catalog} />
      ))}
      {charted && chartedCatalog ? (
        <Card withBorder padding="md">
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h4">
              {t('dashboard.perDomain')}
            </Title>
            {checklists.length > 1 ? (
              <SegmentedControl size="xs" value={charted.catalogId} onChange={setChartCatalog} data={checklists.map((c) => ({ value: c.id, label: c.title[language] }))} />
            ) : null}
          </Group>
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <DomainRadar domains={chartDomains} label={`${t('dashboard.radar')}: ${chartedCatalog.title[language]}`} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <DomainBars domains={chartDomains} label={`${t('dashboard.bar')}: ${chartedCatalog.title[language]}`} />
            </Grid.Col>
          </Grid>
        </Card>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md">
            <Title order={3} size="h4" mb="sm">
              {t('dashboard.perCatalog')}
            </Title>
            <Table data-testid="dashboard-scores" verticalSpacing={4}>
              <Table.Tbody>
                {score.catalogs.map((c) => (
                  <CatalogRows key={c.catalogId} title={catalogs.find((x) => x.id === c.catalogId)?.title[language] ?? c.catalogId} score={c.score} answered={c.answered} applicable={c.applicable}>
                    {c.domains.map((d) => (
                      <Table.Tr key={d.domainId}>
                        <Table.Td pl="lg">
                          <Text size="sm">{domainTitle(c.catalogId, d.domainId)}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm">{d.score ?? '—'}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="xs" c="dimmed">
                            {d.answered}/{d.applicable}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </CatalogRows>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md">
            <Title order={3} size="h4" mb="sm">
              {t('dashboard.topGaps')}
            </Title>
            {gaps.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dashboard.noGaps')}
              </Text>
            ) : (
              <Stack gap={6} data-testid="dashboard-gaps">
                {gaps.map((gap) => (
                  <UnstyledButton key={gap.key} onClick={() => openItem(gap.key)} data-testid="gap-link" data-item={gap.key}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Badge size="sm" color={gap.priority === 'P1' ? 'red' : gap.priority === 'P2' ? '#a63c06' : 'gray'} variant="filled" aria-label={`${t('dashboard.priority')} ${gap.priority}`}>
                        {gap.priority}
                      </Badge>
                      <div>
                        <Text size="sm" fw={500}>
                          {gap.itemTitle[language]}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {gap.itemId} · {t(`answers.${gap.answer}`)}
                        </Text>
                      </div>
                    </Group>
                  </UnstyledButton>
                ))}
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function CatalogRows({ title, score, answered, applicable, children }: { title: string; score: number | null; answered: number; applicable: number; children: React.ReactNode }) {
  return (
    <>
      <Table.Tr bg="gray.0">
        <Table.Td>
          <Text size="sm" fw={700}>
            {title}
          </Text>
        </Table.Td>
        <Table.Td ta="right">
          <Text size="sm" fw={700}>
            {score ?? '—'}
          </Text>
        </Table.Td>
        <Table.Td ta="right">
          <Text size="xs" c="dimmed">
            {answered}/{applicable}
          </Text>
        </Table.Td>
      </Table.Tr>
      {children}
    </>
  );
}
