// What became of each item, filtered by class: the answer in the earlier and in the later assessment (or why
// it was not counted there), each item a click away in this assessment's checklist when it is asked here.
import { Badge, Group, SegmentedControl, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentComparison, ItemChange } from '../../../../assessments/compare';
import type { Language } from '../../../../assessments/model/language';
import { useNavigation } from '../../store/navigation';
import { useChecklistView } from '../checklist/view-store';
import { classColour, type ItemFilter, itemFilters, matchesFilter, openable } from './compare-view';

function openItem(key: string) {
  useChecklistView.getState().setCurrent(key);
  useChecklistView.getState().setMode('item');
  useNavigation.getState().openTab('checklist');
}

export function ItemChanges({ comparison, side, language }: { comparison: AssessmentComparison; side: 'older' | 'newer'; language: Language }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ItemFilter>('changed');
  const shown = comparison.items.filter((i) => matchesFilter(i, filter));
  const count = (f: ItemFilter) => comparison.items.filter((i) => matchesFilter(i, f)).length;
  const before = (item: ItemChange) => (item.class === 'new' && item.reason ? t(`compare.reasons.before.${item.reason}`) : item.older === null ? t('compare.reasons.before.edition') : t(`answers.${item.older}`));
  const after = (item: ItemChange) => (item.class === 'removed' && item.reason ? t(`compare.reasons.after.${item.reason}`) : item.newer === null ? t('compare.reasons.after.edition') : t(`answers.${item.newer}`));
  const catalogTitle = (catalogId: string) => comparison.catalogs.find((c) => c.catalogId === catalogId)?.title[language] ?? comparison.quickCheck.find((q) => q.catalogId === catalogId)?.title[language] ?? catalogId;

  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id="compare-filter-label">
          {t('compare.show')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="compare-filter-label"
          value={filter}
          onChange={(value) => setFilter(value as ItemFilter)}
          data={itemFilters.map((f) => ({ value: f, label: `${t(`compare.filters.${f}`)} ${count(f)}` }))}
          data-testid="compare-filter"
        />
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="compare-no-items">
          {t('compare.noItems')}
        </Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={4} data-testid="compare-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('compare.class')}</Table.Th>
              <Table.Th>{t('compare.item')}</Table.Th>
              <Table.Th w={190}>{t('compare.earlier')}</Table.Th>
              <Table.Th w={190}>{t('compare.later')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((item) => (
              <Table.Tr key={item.key} data-testid="compare-item" data-item={item.key} data-class={item.class}>
                <Table.Td>
                  <Badge color={classColour[item.class]} variant="light" size="sm" tt="none">
                    {t(`compare.classes.${item.class}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {openable(item, side) ? (
                    <UnstyledButton onClick={() => openItem(item.key)} title={t('compare.openItem')} data-testid="compare-open-item">
                      <Text size="xs" c="dimmed">
                        {item.itemId} · {catalogTitle(item.catalogId)}
                      </Text>
                      <Text size="sm" c="teal.9" td="underline">
                        {item.title[language]}
                      </Text>
                    </UnstyledButton>
                  ) : (
                    <>
                      <Text size="xs" c="dimmed">
                        {item.itemId} · {catalogTitle(item.catalogId)}
                      </Text>
                      <Text size="sm">{item.title[language]}</Text>
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {before(item)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={item.class === 'improved' || item.class === 'regressed' ? 700 : 400} c={item.class === 'regressed' ? 'red.9' : undefined}>
                    {after(item)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
