// An assessment's details, for the report cover: title, assessor, the period assessed, and whether it is a
// draft or in review. Renaming an imported copy makes it the user's own (it stops saying it is a copy).
import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetails } from '../../../../assessments/model/assessment';
import { errorText } from '../../i18n';

export function AssessmentDetailsDialog({
  details,
  copyNotice,
  onClose,
  onSave,
}: {
  details: AssessmentDetails;
  /** Says it is an imported copy (until renamed); null for the user's own. */
  copyNotice: string | null;
  onClose: () => void;
  onSave: (details: AssessmentDetails) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AssessmentDetails>(details);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const periodError = draft.periodFrom && draft.periodTo && draft.periodTo < draft.periodFrom ? t('assessmentDetails.periodOrder') : null;
  const titleError = draft.title.trim() === '' ? t('common.required') : null;

  const submit = async () => {
    if (periodError || titleError) return;
    setBusy(true);
    setError(null);
    try {
      await onSave({ ...draft, title: draft.title.trim(), assessor: draft.assessor.trim() });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('assessmentDetails.dialogTitle')} size="lg" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            data-autofocus
            label={t('assessment.title')}
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
            maxLength={200}
            withAsterisk
            error={titleError}
            description={copyNotice ?? undefined}
            data-testid="details-title"
          />
          <TextInput
            label={t('assessmentDetails.assessor')}
            value={draft.assessor}
            onChange={(event) => setDraft({ ...draft, assessor: event.currentTarget.value })}
            maxLength={200}
            data-testid="details-assessor"
          />
          <SimpleGrid cols={2}>
            <TextInput type="date" label={t('assessmentDetails.periodFrom')} value={draft.periodFrom} onChange={(event) => setDraft({ ...draft, periodFrom: event.currentTarget.value })} data-testid="details-period-from" />
            <TextInput type="date" label={t('assessmentDetails.periodTo')} value={draft.periodTo} onChange={(event) => setDraft({ ...draft, periodTo: event.currentTarget.value })} error={periodError} data-testid="details-period-to" />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="details-status-label">
              {t('assessmentDetails.status')}
            </Text>
            <SegmentedControl
              aria-labelledby="details-status-label"
              value={draft.status}
              onChange={(status) => setDraft({ ...draft, status: status as AssessmentDetails['status'] })}
              data={(['draft', 'in-review'] as const).map((status) => ({ value: status, label: t(`records.statuses.${status}`) }))}
              data-testid="details-status"
            />
          </Stack>
          {error ? <Alert color="red">{error}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="details-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
