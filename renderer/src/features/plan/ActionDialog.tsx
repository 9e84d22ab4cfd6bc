// One improvement action's choices: who does it (a role from the list, or a name), by when, how far it has
// got, how big it is, notes — and, for an accepted risk, why. Enter saves; a missing reason is said in place.
import { Alert, Autocomplete, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerRole } from '../../../../assessments/catalog/schema';
import type { Language } from '../../../../assessments/model/language';
import type { ActionStateInput } from '../../../../assessments/model/plan-state';
import { actionStatusLabels, ownerLabel, ownerRoleLabels } from '../../../../assessments/plan/labels';
import type { PlanAction } from '../../../../assessments/plan/plan';
import { errorText } from '../../i18n';

const editableStatuses = ['open', 'in-progress', 'done', 'risk-accepted'] as const;

/** The owner as stored: a role's id when the text is a role's name (in either language), the text otherwise. */
function ownerValue(text: string): string {
  const trimmed = text.trim();
  const role = (Object.keys(ownerRoleLabels) as OwnerRole[]).find((r) => ownerRoleLabels[r].ja === trimmed || ownerRoleLabels[r].en === trimmed);
  return role ?? trimmed;
}

export function ActionDialog({ action, language, onClose, onSave }: { action: PlanAction; language: Language; onClose: () => void; onSave: (state: ActionStateInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState(ownerLabel(action, language));
  const [dueDate, setDueDate] = useState(action.dueDate);
  const [status, setStatus] = useState<ActionStateInput['status']>(action.status === 'done-by-answer' ? 'done' : action.status);
  const [reason, setReason] = useState(action.reason);
  const [effort, setEffort] = useState<string>(action.effortOverridden ? action.effort : 'default');
  const [notes, setNotes] = useState(action.notes);
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const reasonMissing = status === 'risk-accepted' && reason.trim() === '';

  const submit = async () => {
    setTried(true);
    if (reasonMissing) return;
    setBusy(true);
    setError(null);
    try {
      await onSave({ owner: ownerValue(owner), dueDate, status, reason: status === 'risk-accepted' ? reason.trim() : reason, effort: effort === 'default' ? null : (effort as 'S' | 'M' | 'L'), notes });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('plan.editTitle', { item: action.itemId })} size="lg" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {action.itemTitle[language]}
          </Text>
          <Text size="sm">{action.text[language]}</Text>
          {action.status === 'done-by-answer' ? (
            <Alert color="teal" variant="light" p="xs">
              {t('plan.doneByAnswer')}
            </Alert>
          ) : null}
          <SimpleGrid cols={2}>
            <Autocomplete
              data-autofocus
              label={t('plan.owner')}
              description={t('plan.ownerHint')}
              data={(Object.keys(ownerRoleLabels) as OwnerRole[]).map((role) => ownerRoleLabels[role][language])}
              value={owner}
              onChange={setOwner}
              maxLength={200}
              data-testid="action-owner"
            />
            <TextInput type="date" label={t('plan.dueDate')} value={dueDate} onChange={(event) => setDueDate(event.currentTarget.value)} data-testid="action-due" />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label={t('plan.status')}
              data={editableStatuses.map((s) => ({ value: s, label: actionStatusLabels[s][language] }))}
              value={status}
              onChange={(value) => value && setStatus(value as ActionStateInput['status'])}
              allowDeselect={false}
              data-testid="action-status"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="action-effort-label">
                {t('plan.effort')}
              </Text>
              <SegmentedControl
                aria-labelledby="action-effort-label"
                value={effort}
                onChange={setEffort}
                data={[
                  { value: 'default', label: action.effortOverridden ? t('plan.effortDefaultPlain') : t('plan.effortDefault', { effort: t(`plan.efforts.${action.effort}`) }) },
                  ...(['S', 'M', 'L'] as const).map((e) => ({ value: e, label: t(`plan.efforts.${e}`) })),
                ]}
                size="xs"
              />
            </Stack>
          </SimpleGrid>
          {status === 'risk-accepted' ? (
            <Textarea
              label={t('plan.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={tried && reasonMissing ? t('plan.reasonRequired') : null}
              withAsterisk
              rows={2}
              maxLength={2000}
              data-testid="action-reason"
            />
          ) : null}
          <Textarea label={t('plan.notes')} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} rows={2} maxLength={5000} data-testid="action-notes" />
          {error ? <Alert color="red">{error}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="action-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
