// The app shell: header with the language switch, and the home screen once data has loaded.
import { Alert, AppShell, Button, Center, Container, Loader, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../assessments';
import { AppHeader } from './components/AppHeader';
import { HomeScreen } from './features/home/HomeScreen';
import { useHomeStore } from './store/home-store';

export function App() {
  const { t, i18n } = useTranslation();
  const { status, loadError, language, load, setLanguage } = useHomeStore();

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const switchLanguage = (next: Language) => {
    void i18n.changeLanguage(next);
    void setLanguage(next);
  };

  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <AppShell.Header>
        <AppHeader language={language} onLanguage={switchLanguage} />
      </AppShell.Header>
      <AppShell.Main bg="gray.0">
        <Container size="lg">
          {status === 'loading' ? (
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
          ) : (
            <HomeScreen />
          )}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
