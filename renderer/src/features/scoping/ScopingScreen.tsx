// The Scope tab: the scoping answers of an open assessment, which can be revisited at any time. A change is
// saved once every question has an answer; answers to items that stop applying stay in the file.
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../assessments/model/language';
import { errorText } from '../../i18n';
import { TEXT_SAVE_DELAY_MS, useAssessment } from '../../store/assessment-store';
import { draftOf, profileOf, type ScopingDraft, unanswered } from './draft';
import { ScopeSummaryView } from './ScopeSummaryView';
import { ScopingForm } from './ScopingForm';

export function ScopingScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const assessment = useAssessment((s) => s.assessment!);
  const catalogs = useAssessment((s) => s.catalogs);
  const updateProfile = useAssessment((s) => s.updateProfile);
  const signed = useAssessment((s) => Boolean(s.assessment!.signOff));
  const [draft, setDraft] = useState<ScopingDraft>(() => draftOf(assessment.profile));
  const profile = useMemo(() => profileOf(draft), [draft]);
  // What is stored, in the form the draft gives it back (its key order), so opening the tab saves nothing.
  const saved = useRef(JSON.stringify(profileOf(draftOf(assessment.profile))));

  // Saved a moment after the last change (typing a count is one change), and at once when the tab closes.
  const latest = useRef(profile);
  useEffect(() => {
    latest.current = profile;
  });
  useEffect(() => {
    if (!profile || signed || JSON.stringify(profile) === saved.current) return;
    const timer = setTimeout(() => {
      const text = JSON.stringify(profile);
      updateProfile(profile).then(
        () => {
          saved.current = text;
        },
        (error: unknown) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) }),
      );
    }, TEXT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [profile, updateProfile, t, signed]);
  useEffect(
    () => () => {
      const last = latest.current;
      if (last && !signed && JSON.stringify(last) !== saved.current) void updateProfile(last).catch(() => undefined);
    },
    [updateProfile, signed],
  );

  return (
    <Grid gutter="xl" data-testid="scope-screen">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('scoping.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('scoping.intro')}
          </Text>
          {/* Signed off: the answers show, and cannot be changed (a disabled fieldset disables every input in it). */}
          <fieldset disabled={signed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} data-testid="scoping-fieldset">
            <ScopingForm draft={draft} onChange={setDraft} showMissing />
          </fieldset>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md" radius="sm" style={{ position: 'sticky', top: 80 }}>
          <ScopeSummaryView catalogs={catalogs} profile={profile} missing={unanswered(draft).length} answers={assessment.answers} language={language} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
