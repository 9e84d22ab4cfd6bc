// Adds or edits an organisation: the name, and what the report cover shows (address, representative,
// industry, staff, sites). Enter submits. A name another organisation already has is allowed (two branches
// may share it) but warned about; main's refusal of a field is shown as it is.
import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationDetails } from '../../../../assessments';
import { errorText } from '../../i18n';

type Draft = { name: string; address: string; representative: string; industry: string; employees: number | null; sites: string };

const blank: Draft = { name: '', address: '', representative: '', industry: '', employees: null, sites: '' };

/** Names compared as a person reads them: width, case and surrounding spaces do not make two names differ. */
const sameName = (a: string, b: string) => a.normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();

export function OrganisationDialog({
  organisation,
  others,
  onClose,
  onSubmit,
}: {
  /** The organisation being edited; absent to add one. */
  organisation?: Organisation;
  /** Every other organisation in use, for the same-name warning. */
  others: readonly Organisation[];
  onClose: () => void;
  onSubmit: (details: OrganisationDetails) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => (organisation ? { ...blank, ...pick(organisation) } : blank));
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const duplicate = draft.name.trim() !== '' && others.some((o) => o.id !== organisation?.id && sameName(o.name, draft.name));
  const text = (field: 'address' | 'representative' | 'industry' | 'sites') => ({
    value: draft[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [field]: event.currentTarget.value }),
  });

  const submit = async () => {
    if (draft.name.trim() === '') {
      setNameError(t('common.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...draft, name: draft.name.trim(), address: draft.address.trim(), representative: draft.representative.trim(), industry: draft.industry.trim(), sites: draft.sites.trim() });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={organisation ? t('organisationForm.editTitle') : t('organisation.dialogTitle')} size="lg" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            data-autofocus
            label={t('organisation.name')}
            placeholder={t('organisation.namePlaceholder')}
            value={draft.name}
            onChange={(event) => {
              setDraft({ ...draft, name: event.currentTarget.value });
              setNameError(null);
            }}
            error={nameError}
            maxLength={200}
            withAsterisk
            data-testid="organisation-name"
          />
          {duplicate ? (
            <Alert color="yellow" variant="light" p="xs" data-testid="organisation-duplicate">
              {t('organisationForm.duplicateName', { name: draft.name.trim() })}
            </Alert>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('organisationForm.coverHint')}
          </Text>
          <TextInput label={t('organisationForm.address')} maxLength={300} {...text('address')} data-testid="organisation-address" />
          <SimpleGrid cols={2}>
            <TextInput label={t('organisationForm.representative')} maxLength={200} {...text('representative')} data-testid="organisation-representative" />
            <TextInput label={t('organisationForm.industry')} maxLength={200} {...text('industry')} data-testid="organisation-industry" />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('organisationForm.employees')}
              min={0}
              max={10_000_000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              value={draft.employees ?? ''}
              onChange={(value) => setDraft({ ...draft, employees: typeof value === 'number' ? value : null })}
              data-testid="organisation-employees"
            />
            <TextInput label={t('organisationForm.sites')} placeholder={t('organisationForm.sitesPlaceholder')} maxLength={500} {...text('sites')} data-testid="organisation-sites" />
          </SimpleGrid>
          {error ? (
            <Alert color="red" data-testid="organisation-error">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={busy} data-testid="create-organisation">
              {organisation ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function pick(o: Organisation): Draft {
  return { name: o.name, address: o.address, representative: o.representative, industry: o.industry, employees: o.employees, sites: o.sites };
}
