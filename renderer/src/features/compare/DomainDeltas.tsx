// Each checklist's and each domain's score in the two assessments, and the change: a checklist answered in
// two editions says so; a domain only one edition has shows a dash on the other side.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentComparison, ScoreDelta } from '../../../../assessments/compare';
import type { Language } from '../../../../assessments/model/language';
import { formatDelta, formatScore } from './compare-view';

const deltaColour = (d: ScoreDelta) => (d.delta === null || d.delta === 0 ? 'dimmed' : d.delta > 0 ? 'teal.9' : 'red.9');

function Row({ label, delta, level, testId }: { label: string; delta: ScoreDelta; level: 0 | 1 | 2; testId?: string }) {
  const strong = level < 2 ? 700 : 400;
  return (
    <Table.Tr data-testid={testId}>
      <Table.Td pl={level === 2 ? 'lg' : undefined}>
        <Text size="sm" fw={strong}>
          {label}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c="dimmed">
          {formatScore(delta.older)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={strong}>
          {formatScore(delta.newer)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={700} c={deltaColour(delta)} data-testid="delta">
          {formatDelta(delta.delta)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function DomainDeltas({ comparison, language }: { comparison: AssessmentComparison; language: Language }) {
  const { t } = useTranslation();
  const edition = (v: number | null) => (v === null ? t('compare.notUsed') : t('compare.edition', { version: v }));
  return (
    <Table verticalSpacing={4} striped data-testid="compare-deltas">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('compare.domain')}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('compare.earlier')}
          </Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('compare.later')}
          </Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('compare.change')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Row label={t('compare.overall')} delta={comparison.overall} level={0} testId="compare-overall" />
        {comparison.catalogs.flatMap((c) => [
          <Row
            key={c.catalogId}
            label={c.olderVersion === c.newerVersion ? c.title[language] : t('compare.editions', { title: c.title[language], older: edition(c.olderVersion), newer: edition(c.newerVersion) })}
            delta={c}
            level={1}
          />,
          ...c.domains.map((d) => <Row key={`${c.catalogId}/${d.domainId}`} label={d.title[language]} delta={d} level={2} testId={`compare-domain-${d.domainId}`} />),
        ])}
      </Table.Tbody>
    </Table>
  );
}
