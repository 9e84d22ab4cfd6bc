// Every evidence file of the assessment, with how many items each backs: the auditor's index of what was
// shown, and the place to rename or remove a file once.
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../store/assessment-store';
import { EvidenceRow } from './EvidenceRow';

export function EvidenceLibrary() {
  const { t } = useTranslation();
  const assessment = useAssessment((s) => s.assessment!);
  const files = Object.values(assessment.evidence).sort((a, b) => a.name.localeCompare(b.name));
  const usedBy = (hash: string) => Object.values(assessment.answers).filter((a) => a.evidence.includes(hash)).length;
  return (
    <Stack data-testid="evidence-library">
      <Title order={2} size="h3">
        {t('evidence.library')}
      </Title>
      {files.length === 0 ? (
        <Text c="dimmed">{t('evidence.libraryEmpty')}</Text>
      ) : (
        <Card withBorder padding="md">
          <Stack gap="md">
            {files.map((file) => (
              <EvidenceRow key={file.hash} file={file} usedBy={usedBy(file.hash)} />
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
