// Shown at start when the data folder is encrypted: the passphrase unlocks it. A wrong passphrase is said so
// plainly, and nothing is changed by a failed attempt.
import { Alert, Button, Card, PasswordInput, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSecurityStore } from '../../store/security-store';
import { errorText } from '../../i18n';

export function UnlockScreen({ onUnlocked, dataFolder }: { onUnlocked: () => void; dataFolder: string | null }) {
  const { t } = useTranslation();
  const unlock = useSecurityStore((s) => s.unlock);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (passphrase === '') {
      setError(t('security.passphraseRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await unlock(passphrase);
      onUnlocked();
    } catch (e) {
      setError(errorText(e));
      setPassphrase('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="md" padding="xl" maw={520} mx="auto" mt="xl" data-testid="unlock-screen">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <ThemeIcon size={44} radius="xl" color="teal" variant="light" aria-hidden>
            <Text fw={700}>鍵</Text>
          </ThemeIcon>
          <div>
            <Title order={2}>{t('security.unlockTitle')}</Title>
            <Text c="dimmed" mt="xs">
              {t('security.unlockIntro')}
            </Text>
          </div>
          <PasswordInput
            data-autofocus
            autoFocus
            label={t('security.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            data-testid="unlock-passphrase"
          />
          {error ? (
            <Alert color="red" title={t('security.unlockFailed')} data-testid="unlock-error">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" color="teal" loading={busy} data-testid="unlock">
            {t('security.unlock')}
          </Button>
          {dataFolder ? (
            <Text size="xs" c="dimmed">
              {t('home.storedIn', { folder: dataFolder })}
            </Text>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
