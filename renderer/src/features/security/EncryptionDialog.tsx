// Turning on encryption at rest for this data folder: a passphrase (typed twice), and the user's explicit
// acknowledgement that a forgotten passphrase cannot be recovered.
import { Alert, Button, Checkbox, Group, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSecurityStore } from '../../store/security-store';
import { errorText } from '../../i18n';

const MIN_LENGTH = 8;

export function EncryptionDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { status, enableEncryption } = useSecurityStore();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const tooShort = passphrase.length > 0 && [...passphrase].length < MIN_LENGTH;
  const mismatch = confirm.length > 0 && confirm !== passphrase;
  const ready = [...passphrase].length >= MIN_LENGTH && confirm === passphrase && understood;

  const close = () => {
    setPassphrase('');
    setConfirm('');
    setUnderstood(false);
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await enableEncryption(passphrase);
      notifications.show({ color: 'teal', message: t('security.enabled') });
      close();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('security.dialogTitle')} centered size="lg">
      {status?.encrypted ? (
        <Stack>
          <Alert color="teal" title={t('security.isEncrypted')}>
            {t('security.isEncryptedText')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Text size="sm">{t('security.intro')}</Text>
            <List size="sm" spacing={4}>
              <List.Item>{t('security.pointSealed')}</List.Item>
              <List.Item>{t('security.pointLocked')}</List.Item>
              <List.Item>{t('security.pointIndex')}</List.Item>
            </List>
            <PasswordInput
              data-autofocus
              label={t('security.newPassphrase')}
              description={t('security.passphraseHint', { count: MIN_LENGTH })}
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              error={tooShort ? t('security.tooShort', { count: MIN_LENGTH }) : null}
              data-testid="encryption-passphrase"
            />
            <PasswordInput
              label={t('security.confirmPassphrase')}
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              error={mismatch ? t('security.mismatch') : null}
              data-testid="encryption-confirm"
            />
            <Checkbox
              checked={understood}
              onChange={(event) => setUnderstood(event.currentTarget.checked)}
              label={t('security.understand')}
              data-testid="encryption-understood"
            />
            {error ? <Alert color="red">{error}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="teal" disabled={!ready} loading={busy} data-testid="encryption-enable">
                {t('security.enable')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
