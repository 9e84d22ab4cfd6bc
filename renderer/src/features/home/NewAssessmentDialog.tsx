// Starts an assessment in two steps, each short enough to fit a small window: which organisation, a title
// and which checklists; then the company's situation (the scoping profile), which decides which items apply
// and whether the small-business guidance comes first. Problems are shown next to the field they concern.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import {
  type CatalogSummary,
  defaultProfile,
  isSmallBusiness,
  type Language,
  type NewAssessment,
  type Organisation,
  profileFlags,
  type ScopingProfile,
} from '../../../../assessments';

export function NewAssessmentDialog({
  opened,
  onClose,
  onCreate,
  onImportCatalog,
  organisations,
  catalogs,
  language,
  initialOrganisationId,
}: {
  opened: boolean;
  onClose: () => void;
  onCreate: (input: NewAssessment) => Promise<void>;
  onImportCatalog: (fileName: string, bytes: ArrayBuffer) => Promise<CatalogSummary>;
  organisations: Organisation[];
  catalogs: CatalogSummary[];
  language: Language;
  initialOrganisationId: string | null;
}) {
  const { t } = useTranslation();
  const today = new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium' }).format(new Date());
  const [step, setStep] = useState(0);
  const [organisationId, setOrganisationId] = useState<string | null>(initialOrganisationId);
  const [title, setTitle] = useState('');
  const [catalogIds, setCatalogIds] = useState<string[]>(() => catalogs.slice(0, 1).map((c) => c.id));
  const [profile, setProfile] = useState<ScopingProfile>(defaultProfile);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  const organisationError = checked && !organisationId ? t('assessment.chooseOrganisation') : null;
  const catalogsError = checked && catalogIds.length === 0 ? t('assessment.catalogsHint') : null;

  const importFile = async (file: File | null) => {
    if (!file) return;
    setImportError(null);
    try {
      const summary = await onImportCatalog(file.name, await file.arrayBuffer());
      setCatalogIds((ids) => [...new Set([...ids, summary.id])]);
    } catch (e) {
      setImportError(errorText(e));
    }
  };

  const next = () => {
    setChecked(true);
    if (organisationId && catalogIds.length > 0) setStep(1);
  };

  const submit = async () => {
    if (!organisationId || catalogIds.length === 0) {
      setStep(0);
      setChecked(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onCreate({ organisationId, title: title.trim() || t('assessment.defaultTitle', { date: today }), catalogIds, profile });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const small = isSmallBusiness(profile);
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessment.dialogTitle')} size="xl" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 0) next();
          else void submit();
        }}
      >
        <Stepper active={step} onStepClick={(s) => (s === 0 ? setStep(0) : next())} size="sm" mb="md">
          <Stepper.Step label={t('assessment.stepChecklists')} />
          <Stepper.Step label={t('assessment.profile')} />
        </Stepper>
        {step === 0 ? (
          <Stack>
            <SimpleGrid cols={2}>
              <Select
                label={t('assessment.organisation')}
                data={organisations.map((o) => ({ value: o.id, label: o.name }))}
                value={organisationId}
                onChange={setOrganisationId}
                allowDeselect={false}
                withAsterisk
                error={organisationError}
                data-testid="assessment-organisation"
              />
              <TextInput
                data-autofocus
                label={t('assessment.title')}
                placeholder={t('assessment.defaultTitle', { date: today })}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                maxLength={200}
                data-testid="assessment-title"
              />
            </SimpleGrid>
            <Checkbox.Group
              label={t('assessment.catalogs')}
              value={catalogIds}
              onChange={setCatalogIds}
              withAsterisk
              error={catalogsError}
            >
              <Stack gap="xs" mt="xs">
                {catalogs.length === 0 ? <Text c="red">{t('assessment.noCatalogs')}</Text> : null}
                {catalogs.map((catalog) => (
                  <Checkbox
                    key={catalog.id}
                    value={catalog.id}
                    data-testid={`catalog-${catalog.id}`}
                    label={
                      <Group gap="xs">
                        <Text size="sm" fw={500}>
                          {catalog.title[language]}
                        </Text>
                        <Badge variant="light" color="gray" size="sm">
                          {t('assessment.itemCount', { count: catalog.itemCount })}
                        </Badge>
                        {catalog.source === 'custom' ? (
                          <Badge variant="outline" color="grape" size="sm">
                            {t('assessment.customCatalog')}
                          </Badge>
                        ) : null}
                      </Group>
                    }
                    description={catalog.description[language]}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <div>
              <FileButton onChange={(file) => void importFile(file)} accept=".yaml,.yml,.json,application/json,text/yaml">
                {(props) => (
                  <Button variant="subtle" size="compact-sm" px={0} {...props} data-testid="import-catalog">
                    {t('assessment.importCatalog')}
                  </Button>
                )}
              </FileButton>
              {/* The refusal takes the hint's place: what is wrong with the file matters more than the format. */}
              {importError ? (
                <Alert color="red" title={t('assessment.importFailed')} data-testid="import-error" p="xs" mt={4}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {importError}
                  </Text>
                </Alert>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('assessment.importCatalogHint')}
                </Text>
              )}
            </div>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" data-testid="assessment-next">
                {t('common.next')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            <Text size="sm" c="dimmed">
              {t('assessment.profileHint')}
            </Text>
            <SimpleGrid cols={2}>
              <NumberInput
                label={t('assessment.employees')}
                min={0}
                allowDecimal={false}
                thousandSeparator=","
                value={profile.employees}
                onChange={(value) => setProfile({ ...profile, employees: typeof value === 'number' ? value : 0 })}
              />
              <NumberInput
                label={t('assessment.individuals')}
                min={0}
                allowDecimal={false}
                thousandSeparator=","
                value={profile.individuals}
                onChange={(value) => setProfile({ ...profile, individuals: typeof value === 'number' ? value : 0 })}
              />
            </SimpleGrid>
            <SimpleGrid cols={2} spacing="xs">
              {profileFlags.map((flag) => (
                <Switch
                  key={flag}
                  label={t(`assessment.flags.${flag}`)}
                  checked={profile[flag]}
                  onChange={(event) => setProfile({ ...profile, [flag]: event.currentTarget.checked })}
                />
              ))}
            </SimpleGrid>
            <Alert color={small ? 'teal' : 'blue'} variant="light">
              {small ? t('assessment.smallBusiness') : t('assessment.notSmallBusiness')}
            </Alert>
            {error ? <Alert color="red">{error}</Alert> : null}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('common.back')}
              </Button>
              <Button type="submit" loading={busy} data-testid="create-assessment">
                {t('common.create')}
              </Button>
            </Group>
          </Stack>
        )}
      </form>
    </Modal>
  );
}
