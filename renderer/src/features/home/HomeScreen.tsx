// The home screen: the empty state for a new user, otherwise each organisation with its assessments, and the
// trash; and the dialogs reached from it (organisation, new assessment, details, backups, export, import,
// and the confirmations before anything goes to the trash).
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetails, AssessmentSummary, Organisation } from '../../../../assessments';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFocusReturn } from '../../components/use-focus-return';
import { errorText, formatDate } from '../../i18n';
import { useHomeStore } from '../../store/home-store';
import { useNavigation } from '../../store/navigation';
import { AssessmentDetailsDialog } from '../assessment/AssessmentDetailsDialog';
import { BackupsDialog } from '../backups/BackupsDialog';
import { ExportDialog } from '../exchange/ExportDialog';
import { type ImportChoice, ImportDialog } from '../exchange/ImportDialog';
import { type AssessmentAction, AssessmentCard } from './AssessmentCard';
import { EmptyState } from './EmptyState';
import { NewAssessmentDialog } from './NewAssessmentDialog';
import { OrganisationDialog } from './OrganisationDialog';
import { OrganisationMenu } from './OrganisationMenu';
import { TrashSection } from './TrashSection';

type Dialog =
  | { kind: 'organisation'; organisation?: Organisation }
  | { kind: 'delete-organisation'; organisation: Organisation }
  | { kind: 'backups' | 'export' | 'delete'; assessment: AssessmentSummary }
  | { kind: 'details'; assessment: AssessmentSummary; details: AssessmentDetails }
  | { kind: 'empty-trash' }
  | { kind: 'import'; choice: ImportChoice };

export function HomeScreen() {
  const { t } = useTranslation();
  const store = useHomeStore();
  const { organisations, assessments, catalogs, language, appInfo } = store;
  const openAssessment = useNavigation((s) => s.openAssessment);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [assessmentFor, setAssessmentFor] = useState<string | null | undefined>(undefined);
  const inUse = organisations.filter((o) => !o.deletedAt);
  const focusReturn = useFocusReturn();

  const open = (next: Dialog, from?: HTMLElement | null) => {
    focusReturn.remember(from ?? null);
    setDialog(next);
  };
  const close = () => {
    setDialog(null);
    focusReturn.restore();
  };
  const fail = (error: unknown) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) });

  // Where focus goes once a dialog has closed on something new: the new record, never the page body.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.querySelector<HTMLElement>(`[data-focus-id="${focusNext.current}"]`);
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });

  const onAssessment = (action: AssessmentAction, assessment: AssessmentSummary, from: HTMLElement | null) => {
    if (action === 'open') openAssessment(assessment.id);
    else if (action === 'duplicate') {
      store.duplicateAssessment(assessment.id, t('records.duplicateTitle', { title: assessment.title }).slice(0, 200)).then((copy) => {
        notifications.show({ color: 'teal', message: t('records.duplicated', { title: copy.title }) });
        focusNext.current = `assessment-${copy.id}`;
      }, fail);
    } else if (action === 'details') {
      // The card has the summary; the dialog needs the assessor and period too.
      call('getAssessment', { id: assessment.id }).then(({ title, assessor, periodFrom, periodTo, status }) => open({ kind: 'details', assessment, details: { title, assessor, periodFrom, periodTo, status } }, from), fail);
    } else open({ kind: action, assessment }, from);
  };

  // The example company, imported as a copy of its own, and opened.
  const openExample = async () => {
    try {
      const result = await call('openExample', {});
      await store.refresh();
      notifications.show({ color: 'teal', message: t('home.exampleOpened', { title: result.assessment.title }) });
      openAssessment(result.assessment.id, 'dashboard');
    } catch (e) {
      fail(e);
    }
  };

  // Main shows the open dialog; the renderer only ever sees a token for the chosen file, never its path.
  const startImport = async () => {
    try {
      const choice = await call('chooseImportFile', {});
      if (choice.chosen) open({ kind: 'import', choice });
    } catch (e) {
      notifications.show({ color: 'red', title: t('importDialog.chooseFailed'), message: errorText(e) });
    }
  };

  return (
    <Stack gap="lg">
      {inUse.length === 0 ? (
        <EmptyState onAddOrganisation={() => open({ kind: 'organisation' })} onImport={() => void startImport()} onOpenExample={() => void openExample()} />
      ) : (
        <>
          <Group justify="space-between">
            <Title order={2}>{t('home.title')}</Title>
            <Group>
              <Button variant="subtle" onClick={() => void openExample()} data-testid="open-example">
                {t('home.openExample')}
              </Button>
              <Button variant="default" onClick={() => void startImport()} data-testid="import-assessment">
                {t('home.import')}
              </Button>
              <Button variant="default" onClick={() => open({ kind: 'organisation' })} data-testid="add-organisation">
                {t('home.addOrganisation')}
              </Button>
              <Button
                color="teal"
                onClick={() => {
                  focusReturn.remember();
                  setAssessmentFor(inUse[0]?.id ?? null);
                }}
                data-testid="new-assessment"
              >
                {t('home.newAssessment')}
              </Button>
            </Group>
          </Group>
          {inUse.map((organisation) => {
            const own = assessments.filter((a) => a.organisationId === organisation.id && !a.deletedAt);
            const cover = [organisation.address, organisation.representative, organisation.industry].filter(Boolean).join(' · ');
            return (
              <Card key={organisation.id} withBorder radius="md" padding="lg" data-testid="organisation-card">
                <Group justify="space-between" mb="sm" wrap="nowrap">
                  <div>
                    <Title order={3} size="h4" tabIndex={-1} data-focus-id={`organisation-${organisation.id}`}>
                      {organisation.name}
                    </Title>
                    <Text size="xs" c="dimmed">
                      {t('home.assessmentCount', { count: own.length })}
                      {cover ? ` · ${cover}` : ''}
                    </Text>
                  </div>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      variant="light"
                      color="teal"
                      size="xs"
                      onClick={() => {
                        focusReturn.remember();
                        setAssessmentFor(organisation.id);
                      }}
                      data-testid="organisation-new-assessment"
                    >
                      {t('home.newAssessment')}
                    </Button>
                    <OrganisationMenu
                      organisation={organisation}
                      onEdit={(from) => open({ kind: 'organisation', organisation }, from)}
                      onDelete={(from) => open({ kind: 'delete-organisation', organisation }, from)}
                    />
                  </Group>
                </Group>
                {own.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('home.noAssessmentsYet')}
                  </Text>
                ) : (
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    {own.map((assessment) => (
                      <AssessmentCard key={assessment.id} assessment={assessment} catalogs={catalogs} language={language} onAction={onAssessment} />
                    ))}
                  </SimpleGrid>
                )}
              </Card>
            );
          })}
        </>
      )}
      <TrashSection
        organisations={organisations}
        assessments={assessments}
        language={language}
        onRestoreOrganisation={(organisation) =>
          store.restoreOrganisation(organisation.id).then(() => notifications.show({ color: 'teal', message: t('records.restored', { title: organisation.name }) }), fail)
        }
        onRestoreAssessment={(assessment) =>
          store.restoreAssessment(assessment.id).then(() => notifications.show({ color: 'teal', message: t('records.restored', { title: assessment.title }) }), fail)
        }
        onEmpty={() => open({ kind: 'empty-trash' })}
      />
      {appInfo ? (
        <Text size="xs" c="dimmed" ta="center">
          {t('home.storedIn', { folder: appInfo.dataFolder })}
        </Text>
      ) : null}
      {dialog?.kind === 'organisation' ? (
        <OrganisationDialog
          {...(dialog.organisation ? { organisation: dialog.organisation } : {})}
          others={inUse}
          onClose={close}
          onSubmit={async (details) => {
            if (dialog.organisation) {
              await store.updateOrganisation(dialog.organisation.id, details);
              notifications.show({ color: 'teal', message: t('organisationForm.saved') });
            } else {
              const organisation = await store.createOrganisation(details);
              notifications.show({ color: 'teal', message: t('organisation.created', { name: organisation.name }) });
              focusNext.current = `organisation-${organisation.id}`;
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'delete-organisation' ? (
        <ConfirmDialog
          title={t('records.deleteOrganisation')}
          message={t('records.deleteOrganisationConfirm', {
            name: dialog.organisation.name,
            count: assessments.filter((a) => a.organisationId === dialog.organisation.id && !a.deletedAt).length,
          })}
          confirmLabel={t('records.confirm')}
          onConfirm={() =>
            store.deleteOrganisation(dialog.organisation.id).then(() => notifications.show({ message: t('records.deleted', { title: dialog.organisation.name }) }), fail)
          }
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('records.delete')}
          message={t('records.deleteConfirm', { title: dialog.assessment.title })}
          confirmLabel={t('records.confirm')}
          onConfirm={() => store.deleteAssessment(dialog.assessment.id).then(() => notifications.show({ message: t('records.deleted', { title: dialog.assessment.title }) }), fail)}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'empty-trash' ? (
        <ConfirmDialog
          title={t('records.emptyTrash')}
          message={t('records.emptyTrashConfirm')}
          confirmLabel={t('records.emptyTrash')}
          onConfirm={() => store.emptyTrash().then(() => notifications.show({ message: t('records.trashEmptied') }), fail)}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'details' ? (
        <AssessmentDetailsDialog
          details={dialog.details}
          copyNotice={dialog.assessment.copyOf ? t('records.copyOf', { title: dialog.assessment.copyOf.title, date: formatDate(dialog.assessment.copyOf.importedAt, language) }) : null}
          onClose={close}
          onSave={async (details) => {
            await store.updateAssessment(dialog.assessment.id, details);
            notifications.show({ color: 'teal', message: t('assessmentDetails.saved') });
          }}
        />
      ) : null}
      {assessmentFor !== undefined ? (
        <NewAssessmentDialog
          opened
          onClose={() => {
            setAssessmentFor(undefined);
            focusReturn.restore();
          }}
          onCreate={async (input) => {
            const summary = await store.createAssessment(input);
            notifications.show({ color: 'teal', message: t('assessment.created', { title: summary.title }) });
            focusNext.current = `assessment-${summary.id}`;
          }}
          onImportCatalog={async (fileName, bytes) => {
            const summary = await store.importCatalog(fileName, bytes);
            notifications.show({ color: 'teal', message: t('assessment.importedCatalog', { title: summary.title[language] }) });
            return summary;
          }}
          organisations={inUse}
          catalogs={catalogs}
          language={language}
          initialOrganisationId={assessmentFor}
        />
      ) : null}
      {dialog?.kind === 'backups' ? <BackupsDialog assessment={dialog.assessment} language={language} onClose={close} /> : null}
      {dialog?.kind === 'export' ? <ExportDialog assessment={dialog.assessment} onClose={close} /> : null}
      {dialog?.kind === 'import' ? <ImportDialog choice={dialog.choice} catalogs={catalogs} language={language} onClose={close} /> : null}
    </Stack>
  );
}
