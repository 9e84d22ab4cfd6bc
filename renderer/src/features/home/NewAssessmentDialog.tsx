// Starts an assessment in three steps, each short enough to fit a small window: which organisation, a title
// and which checklists; the size of the business (which decides whether the small-business guidance comes
// first); and how it handles personal data (which decides which items apply). Every scoping question starts
// unanswered. Problems are shown next to the field they concern.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import type { CatalogSummary, Language, NewAssessment, Organisation } from '../../../../assessments';
import type { Catalog } from '../../../../assessments/catalog/schema';
import { call } from '../../api/client';
import { useHomeStore } from '../../store/home-store';
import { draftOf, emptyDraft, handlingQuestions, profileOf, type ScopingDraft, type ScopingQuestion, sizeQuestions, smallBusinessOf, unanswered } from '../scoping/draft';
import { ScopeSummaryView } from '../scoping/ScopeSummaryView';
import { ScopingForm } from '../scoping/ScopingForm';

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
  // Every scoping question starts unanswered: nothing about the company is assumed.
  const [draft, setDraft] = useState<ScopingDraft>(emptyDraft);
  // The scoping steps whose Next or Create was tried: their unanswered questions are marked.
  const [tried, setTried] = useState<ReadonlySet<number>>(new Set());
  const [chosenCatalogs, setChosenCatalogs] = useState<Catalog[] | null>(null);
  const profile = profileOf(draft);
  const missing = unanswered(draft).length;
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  // Start from an earlier assessment of the same organisation: its scoping answers and checklists come
  // pre-filled, and its answers are carried over to re-confirm.
  const [basedOn, setBasedOn] = useState<string | null>(null);
  const earlier = useHomeStore((s) => s.assessments).filter((a) => a.organisationId === organisationId && !a.deletedAt);
  const chooseBasedOn = (id: string | null) => {
    setBasedOn(id);
    if (!id) return;
    call('getAssessment', { id }).then(
      (previous) => {
        setDraft(draftOf(previous.profile));
        const available = new Set(catalogs.map((c) => c.id));
        setCatalogIds(previous.catalogs.map((c) => c.id).filter((c) => available.has(c)));
      },
      (e: unknown) => setError(errorText(e)),
    );
  };

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
    if (!organisationId || catalogIds.length === 0) return;
    setStep(1);
    // The chosen checklists in full, to show how many of their items the answers leave in.
    setChosenCatalogs(null);
    const pinned = catalogs.filter((c) => catalogIds.includes(c.id));
    Promise.all(pinned.map((c) => call('getCatalog', { id: c.id, version: c.version }))).then(setChosenCatalogs, (e: unknown) => setError(errorText(e)));
  };

  /** Marks the unanswered questions of this step and puts the cursor on the first; true when all are answered. */
  const stepAnswered = (questions: readonly ScopingQuestion[]) => {
    if (questions.every((q) => draft[q] !== undefined)) return true;
    setTried((steps) => new Set([...steps, step]));
    const first = questions.find((q) => draft[q] === undefined);
    setTimeout(() => document.querySelector<HTMLElement>(`input[data-testid="scoping-${first}"], [data-testid="scoping-${first}"] input`)?.focus());
    return false;
  };

  const submit = async () => {
    if (!organisationId || catalogIds.length === 0) {
      setStep(0);
      setChecked(true);
      return;
    }
    if (!stepAnswered(handlingQuestions) || !profile) return;
    setBusy(true);
    setError(null);
    try {
      const startFrom = basedOn && earlier.some((a) => a.id === basedOn) ? { basedOn } : {};
      await onCreate({ organisationId, title: title.trim() || t('assessment.defaultTitle', { date: today }), catalogIds, profile, ...startFrom });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const small = smallBusinessOf(draft);
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessment.dialogTitle')} size="xl" centered yOffset="2dvh">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 0) next();
          else if (step === 1) {
            if (stepAnswered(sizeQuestions)) setStep(2);
          } else void submit();
        }}
      >
        <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} allowNextStepsSelect={false} size="sm" mb="md">
          <Stepper.Step label={t('assessment.stepChecklists')} />
          <Stepper.Step label={t('scoping.stepSize')} />
          <Stepper.Step label={t('scoping.stepHandling')} />
        </Stepper>
        {step === 0 ? (
          <Stack>
            <SimpleGrid cols={earlier.length > 0 ? 3 : 2}>
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
              {earlier.length > 0 ? (
                <Select
                  label={t('assessment.startFrom')}
                  placeholder={t('assessment.startFresh')}
                  data={earlier.map((a) => ({ value: a.id, label: a.title }))}
                  value={basedOn}
                  onChange={chooseBasedOn}
                  clearable
                  data-testid="assessment-based-on"
                />
              ) : null}
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
        ) : step === 1 ? (
          <Stack>
            <Text size="sm" c="dimmed">
              {t('scoping.intro')}
            </Text>
            <ScopingForm draft={draft} onChange={setDraft} showMissing={tried.has(1)} questions={sizeQuestions} />
            {small !== null ? (
              <Alert color={small ? 'teal' : 'blue'} variant="light" p="xs" data-testid="small-business" data-small={small}>
                {small ? t('scoping.smallBusiness') : t('scoping.notSmallBusiness')}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('common.back')}
              </Button>
              <Button type="submit" data-testid="scoping-next">
                {t('common.next')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            <ScopingForm draft={draft} onChange={setDraft} showMissing={tried.has(2)} questions={handlingQuestions} />
            <ScopeSummaryView catalogs={chosenCatalogs} profile={profile} missing={missing} language={language} compact />
            {error ? <Alert color="red">{error}</Alert> : null}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(1)}>
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
