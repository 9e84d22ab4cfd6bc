// Every item of one domain in a compact table, for answering quickly: the title, the answer buttons and the
// flag. An answer that needs a reason or a description opens the item itself to ask for it.
import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerStatus } from '../../../../assessments/model/answer';
import type { Language } from '../../../../assessments/model/language';
import { EMPTY_ANSWER, useAssessment } from '../../store/assessment-store';
import { VerdictBadge } from '../audit/VerdictBadge';
import { AnswerButtons } from './AnswerButtons';
import type { ItemRef } from './items';
import { useChecklistView } from './view-store';

export function DomainList({ items, language }: { items: ItemRef[]; language: Language }) {
  const { t } = useTranslation();
  const answers = useAssessment((s) => s.assessment!.answers);
  const pending = useAssessment((s) => s.pending);
  const change = useAssessment((s) => s.change);
  const signed = useAssessment((s) => Boolean(s.assessment!.signOff));
  const verdicts = useAssessment((s) => s.assessment!.verdicts);
  const auditor = useChecklistView((s) => s.writer === 'auditor');
  // In auditor mode the company's answers show but are not the auditor's to change.
  const readOnly = signed || auditor;
  const { setCurrent, setMode, requestFocus } = useChecklistView.getState();
  const openItem = (key: string, focus?: 'reason' | 'alternative') => {
    setCurrent(key);
    setMode('item');
    if (focus) requestFocus(focus);
  };

  return (
    <Table striped highlightOnHover verticalSpacing="xs" data-testid="domain-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('checklist.listHeaders.item')}</Table.Th>
          <Table.Th>{t('checklist.listHeaders.answer')}</Table.Th>
          <Table.Th>{t('checklist.listHeaders.flag')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((ref) => {
          const value = pending[ref.key] ?? answers[ref.key] ?? EMPTY_ANSWER;
          const answer = (status: AnswerStatus) => {
            change(ref.key, { status }, 'status');
            if (status === 'not-applicable' && value.reason.trim() === '') openItem(ref.key, 'reason');
            if (status === 'alternative' && value.alternative.trim() === '') openItem(ref.key, 'alternative');
          };
          return (
            <Table.Tr key={ref.key} data-testid="list-row" data-item={ref.key}>
              <Table.Td>
                <UnstyledButton onClick={() => openItem(ref.key)}>
                  <Text size="xs" c="dimmed">
                    {ref.item.id}
                  </Text>
                  <Text size="sm">{ref.item.title[language]}</Text>
                  {verdicts?.[ref.key] ? <VerdictBadge code={verdicts[ref.key]!.code} /> : null}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <AnswerButtons kind={ref.catalog.kind} notApplicablePoints={ref.catalog.notApplicablePoints} value={value.status} onAnswer={answer} compact label={ref.item.title[language]} disabled={readOnly} />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${t('checklist.flag')}: ${ref.item.title[language]}`}
                  checked={value.flagged}
                  disabled={readOnly}
                  onChange={(event) => change(ref.key, { flagged: event.currentTarget.checked }, 'flagged')}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
