// The home screen: the empty state for a new user, otherwise each organisation with its assessments; and the
// dialogs reached from it (new organisation and assessment, backups, export, import).
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../assessments';
import { call } from '../../api/client';
import { useHomeStore } from '../../store/home-store';
import { BackupsDialog } from '../backups/BackupsDialog';
import { ExportDialog } from '../exchange/ExportDialog';
import { type ImportChoice, ImportDialog } from '../exchange/ImportDialog';
import { useFocusReturn } from '../../components/use-focus-return';
import { AssessmentCard } from './AssessmentCard';
import { EmptyState } from './EmptyState';
import { NewAssessmentDialog } from './NewAssessmentDialog';
import { NewOrganisationDialog } from './NewOrganisationDialog';
import { errorText } from '../../i18n';

export function HomeScreen() {
  const { t } = useTranslation();
  const { organisations, assessments, catalogs, language, appInfo, createOrganisation, createAssessment, importCatalog } =
    useHomeStore();
  const [organisationOpen, setOrganisationOpen] = useState(false);
  const [assessmentFor, setAssessmentFor] = useState<string | null | undefined>(undefined);
  const [backupsFor, setBackupsFor] = useState<AssessmentSummary | null>(null);
  const [exportFor, setExportFor] = useState<AssessmentSummary | null>(null);
  const [importChoice, setImportChoice] = useState<ImportChoice | null>(null);

  const focusReturn = useFocusReturn();
  const newAssessmentFor = (organisationId: string | null) => {
    focusReturn.remember();
    setAssessmentFor(organisationId);
  };
  const openBackups = (assessment: AssessmentSummary, from: HTMLElement | null) => {
    focusReturn.remember(from);
    setBackupsFor(assessment);
  };
  const openExport = (assessment: AssessmentSummary, from: HTMLElement | null) => {
    focusReturn.remember(from);
    setExportFor(assessment);
  };

  // Where focus goes once a dialog has closed on something new: the new record, never the page body.
  const focusNext = useRef<string | null>(null);
  const setFocusNext = (id: string) => {
    focusNext.current = id;
  };
  // After every render: the new record is on screen once the store has it.
  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.querySelector<HTMLElement>(`[data-focus-id="${focusNext.current}"]`);
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });

  const addOrganisation = async (name: string) => {
    const organisation = await createOrganisation(name);
    notifications.show({ color: 'teal', message: t('organisation.created', { name: organisation.name }) });
    setFocusNext(`organisation-${organisation.id}`);
  };

  // Main shows the open dialog; the renderer only ever sees a token for the chosen file, never its path.
  const startImport = async () => {
    try {
      const choice = await call('chooseImportFile', {});
      if (choice.chosen) {
        focusReturn.remember();
        setImportChoice(choice);
      }
    } catch (e) {
      notifications.show({ color: 'red', title: t('importDialog.chooseFailed'), message: errorText(e) });
    }
  };

  return (
    <Stack gap="lg">
      {organisations.length === 0 ? (
        <EmptyState onAddOrganisation={() => setOrganisationOpen(true)} onImport={() => void startImport()} />
      ) : (
        <>
          <Group justify="space-between">
            <Title order={2}>{t('home.title')}</Title>
            <Group>
              <Button variant="default" onClick={() => void startImport()} data-testid="import-assessment">
                {t('home.import')}
              </Button>
              <Button variant="default" onClick={() => setOrganisationOpen(true)} data-testid="add-organisation">
                {t('home.addOrganisation')}
              </Button>
              <Button color="teal" onClick={() => newAssessmentFor(organisations[0]?.id ?? null)} data-testid="new-assessment">
                {t('home.newAssessment')}
              </Button>
            </Group>
          </Group>
          {organisations.map((organisation) => {
            const own = assessments.filter((a) => a.organisationId === organisation.id);
            return (
              <Card key={organisation.id} withBorder radius="md" padding="lg" data-testid="organisation-card">
                <Group justify="space-between" mb="sm">
                  <div>
                    <Title order={3} size="h4" tabIndex={-1} data-focus-id={`organisation-${organisation.id}`}>
                      {organisation.name}
                    </Title>
                    <Text size="xs" c="dimmed">
                      {t('home.assessmentCount', { count: own.length })}
                    </Text>
                  </div>
                  <Button variant="light" color="teal" size="xs" onClick={() => newAssessmentFor(organisation.id)}>
                    {t('home.newAssessment')}
                  </Button>
                </Group>
                {own.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('home.noAssessmentsYet')}
                  </Text>
                ) : (
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    {own.map((assessment) => (
                      <AssessmentCard
                        key={assessment.id}
                        assessment={assessment}
                        catalogs={catalogs}
                        language={language}
                        onBackups={openBackups}
                        onExport={openExport}
                      />
                    ))}
                  </SimpleGrid>
                )}
              </Card>
            );
          })}
        </>
      )}
      {appInfo ? (
        <Text size="xs" c="dimmed" ta="center">
          {t('home.storedIn', { folder: appInfo.dataFolder })}
        </Text>
      ) : null}
      <NewOrganisationDialog
        opened={organisationOpen}
        onClose={() => setOrganisationOpen(false)}
        onCreate={addOrganisation}
      />
      {assessmentFor !== undefined ? (
        <NewAssessmentDialog
          opened
          onClose={() => {
            setAssessmentFor(undefined);
            focusReturn.restore();
          }}
          onCreate={async (input) => {
            const summary = await createAssessment(input);
            notifications.show({ color: 'teal', message: t('assessment.created', { title: summary.title }) });
            setFocusNext(`assessment-${summary.id}`);
          }}
          onImportCatalog={async (fileName, bytes) => {
            const summary = await importCatalog(fileName, bytes);
            notifications.show({ color: 'teal', message: t('assessment.importedCatalog', { title: summary.title[language] }) });
            return summary;
          }}
          organisations={organisations}
          catalogs={catalogs}
          language={language}
          initialOrganisationId={assessmentFor}
        />
      ) : null}
      {backupsFor ? (
        <BackupsDialog
          assessment={backupsFor}
          language={language}
          onClose={() => {
            setBackupsFor(null);
            focusReturn.restore();
          }}
        />
      ) : null}
      {exportFor ? (
        <ExportDialog
          assessment={exportFor}
          onClose={() => {
            setExportFor(null);
            focusReturn.restore();
          }}
        />
      ) : null}
      {importChoice ? (
        <ImportDialog
          choice={importChoice}
          catalogs={catalogs}
          language={language}
          onClose={() => {
            setImportChoice(null);
            focusReturn.restore();
          }}
        />
      ) : null}
    </Stack>
  );
}
