// The improvement plan as a working list: one action per gap, most urgent first, with who, by when and how far;
// sorted and filtered; each action edited in a dialog and saved with its item, each item a click away; the
// plan exported as CSV or XLSX. An action whose gap the answers have closed stays, marked "done by answer".
// Loaded with its tab.
import { ActionIcon, Badge, Button, Card, Checkbox, Group, Menu, MultiSelect, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../../assessments/catalog/schema';
import type { Language } from '../../../../assessments/model/language';
import { actionStatusLabels, ownerLabel } from '../../../../assessments/plan/labels';
import { buildPlan, isActive, type PlanAction, type PlanActionStatus, planActionStatuses } from '../../../../assessments/plan/plan';
import { filterPlan, type PlanSortKey, sortPlan } from '../../../../assessments/plan/view';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { useNavigation } from '../../store/navigation';
import { useChecklistView } from '../checklist/view-store';
import { ActionDialog } from './ActionDialog';
import { today } from './today';

const priorities: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];
// Filled badges with white text at 4.5:1 or better (Mantine's own orange is 4.3:1).
const priorityColour: Record<Priority, string> = { P1: 'red', P2: '#a63c06', P3: 'blue', P4: 'gray' };
const statusColour: Record<PlanActionStatus, string> = { open: 'gray', 'in-progress': 'blue', done: 'teal', 'risk-accepted': 'grape', 'done-by-answer': 'teal' };

export default function PlanScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const assessment = useAssessment((s) => s.assessment!);
  const pending = useAssessment((s) => s.pending);
  const catalogs = useAssessment((s) => s.catalogs);
  const updatePlanAction = useAssessment((s) => s.updatePlanAction);
  const [sortBy, setSortBy] = useState<PlanSortKey>('priority');
  const [descending, setDescending] = useState(false);
  const [chosenPriorities, setChosenPriorities] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [activeOnly, setActiveOnly] = useState(true);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<PlanAction | null>(null);
  // Signed off: the plan as agreed can be read, sorted and exported, not edited.
  const signed = useAssessment((s) => Boolean(s.assessment?.signOff));
  const day = today();

  // The answers as the user sees them, changes still on their way included.
  const plan = useMemo(() => {
    const answers = { ...assessment.answers };
    for (const [key, value] of Object.entries(pending)) answers[key] = { ...value, updatedAt: assessment.updatedAt };
    return buildPlan({ ...assessment, answers }, catalogs, { today: day });
  }, [assessment, pending, catalogs, day]);
  const shown = sortPlan(
    filterPlan(plan, { priorities: chosenPriorities as Priority[], statuses: statuses as PlanActionStatus[], activeOnly, overdueOnly, text }),
    { by: sortBy, descending },
    language,
  );
  const active = plan.filter((a) => isActive(a.status)).length;
  const overdue = plan.filter((a) => a.overdue).length;

  const openItem = (key: string) => {
    useChecklistView.getState().setCurrent(key);
    useChecklistView.getState().setMode('item');
    useNavigation.getState().openTab('checklist');
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    try {
      const result = await call('exportPlan', { assessmentId: assessment.id, format, language, reportDate: day });
      if (result.saved) notifications.show({ color: 'teal', message: t('plan.exported', { count: result.actions, file: result.file }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) });
    }
  };

  return (
    <Stack gap="md" data-testid="plan-screen">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {t('plan.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('plan.intro')}
          </Text>
          <Text size="sm" fw={600} mt={4} data-testid="plan-summary">
            {t('plan.summary', { active, overdue, closed: plan.filter((a) => a.status === 'done' || a.status === 'done-by-answer').length })}
          </Text>
        </div>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" data-testid="plan-export">
              {t('plan.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void exportAs('xlsx')} data-testid="plan-export-xlsx">
              {t('plan.exportXlsx')}
            </Menu.Item>
            <Menu.Item onClick={() => void exportAs('csv')} data-testid="plan-export-csv">
              {t('plan.exportCsv')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Card withBorder padding="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput size="xs" w={260} label={t('plan.search')} value={text} onChange={(event) => setText(event.currentTarget.value)} data-testid="plan-search" />
          <MultiSelect size="xs" w={170} label={t('plan.priority')} data={[...priorities]} value={chosenPriorities} onChange={setChosenPriorities} clearable data-testid="plan-priorities" />
          <MultiSelect
            size="xs"
            w={220}
            label={t('plan.status')}
            data={planActionStatuses.map((s) => ({ value: s, label: actionStatusLabels[s][language] }))}
            value={statuses}
            onChange={setStatuses}
            clearable
          />
          <Select
            size="xs"
            w={160}
            label={t('plan.sort')}
            data={(['priority', 'dueDate', 'status', 'owner', 'catalog'] as const).map((k) => ({ value: k, label: t(`plan.sortBy.${k}`) }))}
            value={sortBy}
            onChange={(value) => value && setSortBy(value as PlanSortKey)}
            allowDeselect={false}
            data-testid="plan-sort"
          />
          <Checkbox size="xs" label={t('plan.descending')} checked={descending} onChange={(event) => setDescending(event.currentTarget.checked)} mb={6} />
          <Checkbox size="xs" label={t('plan.activeOnly')} checked={activeOnly} onChange={(event) => setActiveOnly(event.currentTarget.checked)} mb={6} data-testid="plan-active-only" />
          <Checkbox size="xs" label={t('plan.overdueOnly')} checked={overdueOnly} onChange={(event) => setOverdueOnly(event.currentTarget.checked)} mb={6} />
        </Group>
      </Card>
      {plan.length === 0 ? (
        <Text c="dimmed">{t('plan.noGaps')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('plan.empty')}</Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="plan-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.columns.priority')}</Table.Th>
              <Table.Th>{t('plan.columns.item')}</Table.Th>
              <Table.Th>{t('plan.columns.action')}</Table.Th>
              <Table.Th>{t('plan.columns.owner')}</Table.Th>
              <Table.Th>{t('plan.columns.due')}</Table.Th>
              <Table.Th>{t('plan.columns.status')}</Table.Th>
              <Table.Th>{t('plan.columns.effort')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((action) => (
              <Table.Tr key={action.key} data-testid="plan-row" data-item={action.key}>
                <Table.Td>
                  <Badge color={priorityColour[action.priority]} variant="filled" size="sm">
                    {action.priority}
                  </Badge>
                </Table.Td>
                <Table.Td maw={220}>
                  <UnstyledButton onClick={() => openItem(action.key)} title={t('plan.openItem')}>
                    <Text size="xs" c="dimmed">
                      {action.itemId}
                    </Text>
                    <Text size="sm" c="teal.9" td="underline">
                      {action.itemTitle[language]}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td maw={380}>
                  <Text size="sm">{action.text[language]}</Text>
                  {action.notes ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {action.notes}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{ownerLabel(action, language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={action.overdue ? 'red.9' : undefined} fw={action.overdue ? 700 : undefined}>
                    {action.dueDate || t('plan.noDate')}
                    {action.overdue ? ` (${t('plan.overdue')})` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColour[action.status]} variant="light" size="sm" tt="none" data-testid="plan-status">
                    {actionStatusLabels[action.status][language]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`plan.efforts.${action.effort}`)}</Text>
                </Table.Td>
                <Table.Td>
                  {signed ? null : (
                    <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(action)} aria-label={`${t('plan.edit')}: ${action.itemId}`} data-testid="plan-edit">
                      <Text fw={700} lh={1} aria-hidden>
                        ✎
                      </Text>
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing ? (
        <ActionDialog
          action={editing}
          language={language}
          onClose={() => setEditing(null)}
          onSave={async (state) => {
            await updatePlanAction(editing.key, state);
            notifications.show({ color: 'teal', message: t('plan.saved') });
          }}
        />
      ) : null}
    </Stack>
  );
}
