// The banner at the top of the home screen that tells the user what main found when it opened the data
// folder — a damaged file restored from a backup, one beyond repair, an old file updated, crash leftovers
// removed — in their language, until they dismiss it. Nothing is ever repaired silently.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, Language } from '../../../../assessments';
import { errorText, formatDate, problemText } from '../../i18n';
import { type Notice, type NoticeAbout, useHomeStore } from '../../store/home-store';

const colors = { recovered: 'yellow', unrecoverable: 'red', migrated: 'blue', 'temp-files-removed': 'blue', 'catalog-quarantined': 'yellow' } as const;
const titles = {
  recovered: 'notices.titles.recovered',
  unrecoverable: 'notices.titles.unrecoverable',
  migrated: 'notices.titles.migrated',
  'temp-files-removed': 'notices.titles.tempFilesRemoved',
  'catalog-quarantined': 'notices.titles.catalogQuarantined',
} as const;

// Main says what a notice is about by kind and id; the user knows their assessments by title.

type T = ReturnType<typeof useTranslation>['t'];

function subjectOf(about: NoticeAbout, assessments: AssessmentSummary[], t: T): string {
  if (about.kind === 'index') return t('notices.subjectIndex');
  const { id } = about;
  const assessment = assessments.find((a) => a.id === id);
  return assessment ? t('notices.subjectAssessment', { title: assessment.title }) : t('notices.subjectAssessmentId', { id });
}

function sentenceOf(notice: Notice, assessments: AssessmentSummary[], language: Language, t: T): string {
  switch (notice.kind) {
    case 'recovered':
    case 'unrecoverable': {
      const subject = subjectOf(notice.about, assessments, t);
      const first =
        notice.kind === 'recovered'
          ? t('notices.recovered', { subject, date: formatDate(notice.backupTakenAt, language) })
          : t('notices.unrecoverable', { subject });
      return notice.quarantinedTo ? `${first}${language === 'ja' ? '' : ' '}${t('notices.quarantined', { path: notice.quarantinedTo })}` : first;
    }
    case 'migrated':
      return t('notices.migrated', {
        subject: subjectOf(notice.about, assessments, t),
        from: notice.fromVersion,
        to: notice.toVersion,
      });
    case 'temp-files-removed':
      return t('notices.tempFilesRemoved', { count: notice.count });
    case 'catalog-quarantined':
      return t('notices.catalogQuarantined', { file: notice.file.split(/[\\/]/).pop() ?? notice.file, path: notice.quarantinedTo });
  }
}

export function NoticesBanner() {
  const { t } = useTranslation();
  const { notices, assessments, language, dismissNotices } = useHomeStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (notices.length === 0) return null;

  const dismiss = async () => {
    setBusy(true);
    setError(null);
    try {
      await dismissNotices();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const dismissButton = (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" size="xs" loading={busy} onClick={() => void dismiss()} data-testid="dismiss-notices">
        {notices.length > 1 ? t('notices.dismissAll') : t('notices.dismiss')}
      </Button>
    </Group>
  );

  return (
    <Stack component="section" gap="sm" aria-label={t('notices.label')} data-testid="notices">
      {notices.map((notice, index) => (
        <Alert
          key={`${notice.kind}-${notice.at}-${index}`}
          color={colors[notice.kind]}
          variant="light"
          title={t(titles[notice.kind])}
          data-testid={`notice-${notice.kind}`}
        >
          <Text size="sm">{sentenceOf(notice, assessments, language, t)}</Text>
          {'reason' in notice ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('notices.details', { reason: problemText(notice.reason) })}
            </Text>
          ) : null}
          {/* One button clears them all (main keeps them as one list), so it closes the list, not a notice. */}
          {index === notices.length - 1 ? dismissButton : null}
        </Alert>
      ))}
      {error ? (
        <Alert color="red" title={t('notices.dismissFailed')}>
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
