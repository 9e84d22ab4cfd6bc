// The trash: organisations and assessments moved there, each restorable, until the user empties it. An
// assessment whose organisation is in the trash comes back with it.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, Language, Organisation } from '../../../../assessments';
import { formatDate } from '../../i18n';

export function TrashSection({
  organisations,
  assessments,
  language,
  onRestoreOrganisation,
  onRestoreAssessment,
  onEmpty,
}: {
  organisations: Organisation[];
  assessments: AssessmentSummary[];
  language: Language;
  onRestoreOrganisation: (organisation: Organisation) => void;
  onRestoreAssessment: (assessment: AssessmentSummary) => void;
  onEmpty: () => void;
}) {
  const { t } = useTranslation();
  const trashedOrganisations = organisations.filter((o) => o.deletedAt);
  const inTrashedOrganisation = new Set(trashedOrganisations.map((o) => o.id));
  const trashedAssessments = assessments.filter((a) => a.deletedAt && !inTrashedOrganisation.has(a.organisationId));
  const count = trashedOrganisations.length + trashedAssessments.length;
  if (count === 0) return null;
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  return (
    <Card withBorder radius="md" padding="lg" bg="gray.1" component="section" aria-labelledby="trash-title" data-testid="trash">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={3} size="h4" id="trash-title">
            {t('records.trash')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('records.trashCount', { count })}
          </Text>
        </div>
        <Button variant="light" color="red" size="xs" onClick={onEmpty} data-testid="empty-trash">
          {t('records.emptyTrash')}
        </Button>
      </Group>
      <Stack gap="xs">
        {trashedOrganisations.map((organisation) => (
          <Group key={organisation.id} justify="space-between" wrap="nowrap" data-testid="trash-row">
            <div>
              <Text size="sm" fw={600}>
                {organisation.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t('home.assessmentCount', { count: assessments.filter((a) => a.organisationId === organisation.id && a.deletedAt === organisation.deletedAt).length })} ·{' '}
                {t('records.inTrashSince', { date: formatDate(organisation.deletedAt!, language) })}
              </Text>
            </div>
            <Button size="xs" variant="default" onClick={() => onRestoreOrganisation(organisation)} data-testid="restore-organisation">
              {t('records.restore')}
            </Button>
          </Group>
        ))}
        {trashedAssessments.map((assessment) => (
          <Group key={assessment.id} justify="space-between" wrap="nowrap" data-testid="trash-row">
            <div>
              <Text size="sm" fw={600}>
                {assessment.title}
              </Text>
              <Text size="xs" c="dimmed">
                {organisationName(assessment.organisationId)} · {t('records.inTrashSince', { date: formatDate(assessment.deletedAt!, language) })}
              </Text>
            </div>
            <Button size="xs" variant="default" onClick={() => onRestoreAssessment(assessment)} data-testid="restore-assessment">
              {t('records.restore')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
