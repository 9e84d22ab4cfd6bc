// The app shell: header with the language switch, notices about the data folder, and — once data has
// loaded — the home screen or the open assessment.
import { Alert, AppShell, Box, Button, Center, Container, Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../assessments';
import { AppHeader } from './components/AppHeader';
import { AssessmentScreen } from './features/assessment/AssessmentScreen';
import { HomeScreen } from './features/home/HomeScreen';
import { NoticesBanner } from './features/notices/NoticesBanner';
import { EncryptionDialog } from './features/security/EncryptionDialog';
import { UnlockScreen } from './features/security/UnlockScreen';
import { useHomeStore } from './store/home-store';
import { useNavigation } from './store/navigation';
import { useSecurityStore } from './store/security-store';
import { errorText } from './i18n';

export function App() {
  const { t, i18n } = useTranslation();
  const { status, loadError, language, load, setLanguage, appInfo } = useHomeStore();
  const { status: security, check } = useSecurityStore();
  const [securityOpen, setSecurityOpen] = useState(false);
  const [dataFolder, setDataFolder] = useState<string | null>(null);
  const view = useNavigation((s) => s.view);

  // An encrypted folder opens locked: ask for the passphrase before loading anything else.
  useEffect(() => {
    void check().then(
      (encryption) => {
        if (!encryption.locked) void load();
      },
      () => void load(),
    );
    void useHomeStore.getState().appInfoOnly().then(setDataFolder, () => undefined);
  }, [check, load]);
  const locked = security?.locked === true;
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const switchLanguage = (next: Language) => {
    void i18n.changeLanguage(next);
    setLanguage(next).catch((error: unknown) => notifications.show({ color: 'red', message: errorText(error) }));
  };

  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <AppShell.Header>
        <AppHeader
          language={language}
          onLanguage={switchLanguage}
          encrypted={security?.encrypted === true}
          {...(locked || security === null ? {} : { onSecurity: () => setSecurityOpen(true) })}
        />
      </AppShell.Header>
      <AppShell.Main bg="gray.0">
        <Container size={view.name === 'assessment' ? 'xl' : 'lg'}>
          {locked ? (
            <UnlockScreen onUnlocked={() => void load()} dataFolder={appInfo?.dataFolder ?? dataFolder} />
          ) : null}
          {locked || status === 'loading' ? null : (
            <Box mb="lg">
              <NoticesBanner />
            </Box>
          )}
          {locked ? null : status === 'loading' ? (
            <Center mt="xl" aria-label={t('common.loading')}>
              <Loader color="teal" />
            </Center>
          ) : status === 'failed' ? (
            <Stack mt="xl">
              <Alert color="red" title={t('common.errorTitle')}>
                {loadError}
              </Alert>
              <div>
                <Button onClick={() => void load()}>{t('common.retry')}</Button>
              </div>
            </Stack>
          ) : view.name === 'assessment' ? (
            <AssessmentScreen id={view.id} tab={view.tab} language={language} />
          ) : (
            <HomeScreen />
          )}
        </Container>
      </AppShell.Main>
      <EncryptionDialog opened={securityOpen} onClose={() => setSecurityOpen(false)} />
    </AppShell>
  );
}
