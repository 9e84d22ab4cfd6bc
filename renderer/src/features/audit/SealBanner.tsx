// What a signed assessment says at the top: who signed it and when, that it is read only, its content hash
// (to compare with the one printed on a report, or with `mamori verify`), and the way to a new version.
// An assessment that continues an earlier one says which.
import { Alert, Anchor, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { useHomeStore } from '../../store/home-store';
import { useNavigation } from '../../store/navigation';

export function SealBanner() {
  const { t } = useTranslation();
  const signOff = useAssessment((s) => s.assessment?.signOff);
  const basedOn = useAssessment((s) => s.assessment?.basedOn);
  const title = useAssessment((s) => s.assessment?.title ?? '');
  const [reopening, setReopening] = useState(false);
  const exists = useHomeStore((s) => (basedOn ? s.assessments.some((a) => a.id === basedOn.id && !a.deletedAt) : false));
  const openAssessment = useNavigation((s) => s.openAssessment);

  return (
    <>
      {signOff ? (
        <Alert color="teal" variant="light" title={t('audit.signed')} data-testid="seal-banner">
          <Stack gap={6}>
            <Text size="sm">{t('audit.signedBy', { date: signOff.date, assessor: signOff.assessor, reviewer: signOff.reviewer })}</Text>
            <Group gap="xs" wrap="nowrap" align="center">
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {t('audit.contentHash')}
              </Text>
              <Code data-testid="seal-hash" style={{ wordBreak: 'break-all' }}>
                {signOff.contentHash}
              </Code>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => {
                  void navigator.clipboard?.writeText(signOff.contentHash).then(() => notifications.show({ message: t('audit.hashCopied'), autoClose: 2000 }));
                }}
              >
                {t('audit.copyHash')}
              </Button>
            </Group>
            <Group>
              <Button size="xs" variant="white" color="teal.9" onClick={() => setReopening(true)} data-testid="reopen">
                {t('audit.reopen')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {basedOn ? (
        <Text size="xs" c="dimmed" data-testid="based-on">
          {t(basedOn.how === 'reopened' ? 'audit.basedOnReopened' : 'audit.basedOnPrevious', { title: basedOn.title })}{' '}
          {exists ? (
            <Anchor component="button" type="button" size="xs" onClick={() => openAssessment(basedOn.id)}>
              {t('audit.openBasedOn')}
            </Anchor>
          ) : null}
        </Text>
      ) : null}
      {reopening ? <ReopenDialog title={title} onClose={() => setReopening(false)} /> : null}
    </>
  );
}

function ReopenDialog({ title, onClose }: { title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(t('audit.reopenedTitle', { title }).slice(0, 200));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const openAssessment = useNavigation((s) => s.openAssessment);
  const submit = async () => {
    if (!draft.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const summary = await useAssessment.getState().reopen(draft.trim());
      await useHomeStore.getState().refresh();
      notifications.show({ color: 'teal', message: t('audit.reopened') });
      onClose();
      openAssessment(summary.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('audit.reopenTitle')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('audit.reopenIntro')}</Text>
          <TextInput data-autofocus label={t('assessment.title')} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} maxLength={200} withAsterisk error={draft.trim() ? null : t('common.required')} data-testid="reopen-title" />
          {error ? <Alert color="red">{error}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="reopen-confirm">
              {t('audit.reopenTitle')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
