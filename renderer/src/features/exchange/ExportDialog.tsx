// Exports one assessment to a .mamori file. It says what the file holds (answers, notes, evidence — personal
// data, often), offers a passphrase to encrypt it, and leaves choosing where to save to main's save dialog.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../assessments';
import { call } from '../../api/client';
import { errorText } from '../../i18n';

/** Main refuses shorter ones too; checking here lets the message be in the user's language. */
export const MIN_PASSPHRASE = 8;

export function ExportDialog({ assessment, onClose }: { assessment: AssessmentSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Shown once the user has tried to export, then kept up to date as they type.
  const passphraseError = protect && checked && passphrase.length < MIN_PASSPHRASE ? t('exportDialog.tooShort') : null;
  const confirmationError =
    protect && checked && !passphraseError && confirmation !== passphrase ? t('exportDialog.mismatch') : null;

  const submit = async () => {
    setChecked(true);
    setError(null);
    if (protect && (passphrase.length < MIN_PASSPHRASE || confirmation !== passphrase)) return;
    setBusy(true);
    try {
      const result = await call(
        'exportAssessment',
        protect ? { assessmentId: assessment.id, passphrase } : { assessmentId: assessment.id },
      );
      if (result.saved) {
        notifications.show({
          color: 'teal',
          title: t('exportDialog.savedTitle'),
          message: t('exportDialog.saved', { file: result.file }),
          autoClose: 8000,
        });
      }
      onClose();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('exportDialog.title', { title: assessment.title })} size="lg" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        data-testid="export-dialog"
      >
        <Stack>
          <Text size="sm">{t('exportDialog.intro')}</Text>
          <Switch
            label={t('exportDialog.protect')}
            description={t('exportDialog.protectHint')}
            checked={protect}
            onChange={(event) => setProtect(event.currentTarget.checked)}
            color="teal"
            data-testid="export-protect"
          />
          {protect ? (
            <Stack gap="sm" pl={54}>
              <PasswordInput
                data-autofocus
                label={t('exportDialog.passphrase')}
                description={t('exportDialog.passphraseHint')}
                value={passphrase}
                onChange={(event) => setPassphrase(event.currentTarget.value)}
                error={passphraseError}
                autoComplete="new-password"
                withAsterisk
                data-testid="export-passphrase"
              />
              <PasswordInput
                label={t('exportDialog.confirm')}
                value={confirmation}
                onChange={(event) => setConfirmation(event.currentTarget.value)}
                error={confirmationError}
                autoComplete="new-password"
                withAsterisk
                data-testid="export-passphrase-confirm"
              />
            </Stack>
          ) : (
            <Alert color="yellow" variant="light">
              {t('exportDialog.plainWarning')}
            </Alert>
          )}
          {error ? (
            <Alert color="red" title={t('exportDialog.failed')} data-testid="export-error">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={busy} data-testid="export-submit">
              {t('exportDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
