// The top bar: the app's name and what it is for, and the language switch.
import { Group, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../assessments';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ language, onLanguage }: { language: Language; onLanguage: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={34} radius="md" variant="filled" color="teal" aria-hidden>
          <Text fw={700} size="lg" c="white">守</Text>
        </ThemeIcon>
        <div>
          <Title order={1} size="h4" lh={1.1}>
            {t('app.name')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('app.tagline')}
          </Text>
        </div>
      </Group>
      <LanguageSwitch value={language} onChange={onLanguage} />
    </Group>
  );
}
