// Whether the user's last changes are safe: saved (and when, to the minute), saving, waiting for a reason to
// be typed, or not saved — with a retry. Announced to screen readers as it changes. A save that returns
// quickly (nearly all of them) does not flash "saving…": that is shown only once a save has taken a moment,
// so answering item after item keeps the header still.
import { Box, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../store/assessment-store';
import { useHomeStore } from '../../store/home-store';

const SHOW_SAVING_AFTER_MS = 400;

export function SaveIndicator() {
  const { t } = useTranslation();
  const save = useAssessment((s) => s.save);
  const retry = useAssessment((s) => s.retry);
  const language = useHomeStore((s) => s.language);
  const [slow, setSlow] = useState(false);
  const saving = save.kind === 'saving';
  useEffect(() => {
    if (!saving) return;
    const timer = setTimeout(() => setSlow(true), SHOW_SAVING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [saving]);
  const lastSaved = useAssessment((s) => s.savedAt);
  const time = (iso: string) => new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  const shown = saving && !slow ? 'saved' : save.kind;
  return (
    <Box style={{ contain: 'content' }}>
      <Group gap="xs" role="status" aria-live="polite" data-testid="save-state" data-state={save.kind} wrap="nowrap">
        {shown === 'saved' ? (
          <Text size="sm" c="teal.9">
            ✓ {lastSaved ? t('save.savedAt', { time: time(lastSaved) }) : t('save.saved')}
          </Text>
        ) : shown === 'saving' ? (
          <Text size="sm" c="dimmed">
            {t('save.saving')}
          </Text>
        ) : save.kind === 'waiting-for-text' ? (
          <Text size="sm" c="#8a4b00" fw={600}>
            {t('save.waiting')}
          </Text>
        ) : save.kind === 'failed' ? (
          <>
            <Text size="sm" c="red.9" fw={600}>
              {t('save.failed', { message: save.message })}
            </Text>
            <Button size="compact-xs" variant="light" color="red" onClick={retry}>
              {t('save.retry')}
            </Button>
          </>
        ) : null}
      </Group>
    </Box>
  );
}
