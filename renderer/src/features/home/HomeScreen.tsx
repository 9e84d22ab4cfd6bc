// The home screen: the empty state for a new user, otherwise each organisation with its assessments.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../assessments';
import { formatDate } from '../../i18n';
import { useHomeStore } from '../../store/home-store';
import { EmptyState } from './EmptyState';
import { NewAssessmentDialog } from './NewAssessmentDialog';
import { NewOrganisationDialog } from './NewOrganisationDialog';

export function HomeScreen() {
  const { t } = useTranslation();
  const { organisations, assessments, catalogs, language, appInfo, createOrganisation, createAssessment, importCatalog } =
    useHomeStore();
  const [organisationOpen, setOrganisationOpen] = useState(false);
  const [assessmentFor, setAssessmentFor] = useState<string | null | undefined>(undefined);

  const addOrganisation = async (name: string) => {
    const organisation = await createOrganisation(name);
    notifications.show({ color: 'teal', message: t('organisation.created', { name: organisation.name }) });
  };

  return (
    <Stack gap="lg">
      {organisations.length === 0 ? (
        <EmptyState onAddOrganisation={() => setOrganisationOpen(true)} />
      ) : (
        <>
          <Group justify="space-between">
            <Title order={2}>{t('home.title')}</Title>
            <Group>
              <Button variant="default" onClick={() => setOrganisationOpen(true)} data-testid="add-organisation">
                {t('home.addOrganisation')}
              </Button>
              <Button color="teal" onClick={() => setAssessmentFor(organisations[0]?.id ?? null)} data-testid="new-assessment">
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
                    <Title order={3} size="h4">
                      {organisation.name}
                    </Title>
                    <Text size="xs" c="dimmed">
                      {t('home.assessmentCount', { count: own.length })}
                    </Text>
                  </div>
                  <Button variant="light" color="teal" size="xs" onClick={() => setAssessmentFor(organisation.id)}>
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
                      <AssessmentCard key={assessment.id} assessment={assessment} />
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
          onClose={() => setAssessmentFor(undefined)}
          onCreate={async (input) => {
            const summary = await createAssessment(input);
            notifications.show({ color: 'teal', message: t('assessment.created', { title: summary.title }) });
          }}
          onImportCatalog={async (fileName, text) => {
            const summary = await importCatalog(fileName, text);
            notifications.show({ color: 'teal', message: t('assessment.importedCatalog', { title: summary.title[language] }) });
            return summary;
          }}
          organisations={organisations}
          catalogs={catalogs}
          language={language}
          initialOrganisationId={assessmentFor}
        />
      ) : null}
    </Stack>
  );

  function AssessmentCard({ assessment }: { assessment: AssessmentSummary }) {
    return (
      <Card withBorder radius="sm" padding="md" data-testid="assessment-card">
        <Text fw={600}>{assessment.title}</Text>
        <Group gap={6} mt={6}>
          {assessment.catalogs.map((pinned) => {
            const catalog = catalogs.find((c) => c.id === pinned.id);
            return (
              <Badge key={pinned.id} variant="light" color="teal" size="sm" tt="none">
                {t('home.catalogVersion', { title: catalog ? catalog.title[language] : pinned.id, version: pinned.version })}
              </Badge>
            );
          })}
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('home.createdOn', { date: formatDate(assessment.createdAt, language) })}
        </Text>
      </Card>
    );
  }
}
