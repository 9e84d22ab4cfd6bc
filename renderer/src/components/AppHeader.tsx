// The top bar: the app's name and what it is for, the data-security button (when the folder is open) and
// the language switch.
import { Badge, Button, Group, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../assessments';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({
  language,
  onLanguage,
  encrypted,
  onSecurity,
}: {
  language: Language;
  onLanguage: (language: Language) => void;
  encrypted: boolean;
  /** Absent while the folder is locked. */
  onSecurity?: () => void;
}) {
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
      <Group gap="sm" wrap="nowrap">
        {encrypted ? (
          <Badge color="teal" variant="light" data-testid="encrypted-badge">
            {t('security.encryptedBadge')}
          </Badge>
        ) : null}
        {onSecurity ? (
          <Button variant="subtle" color="gray" size="xs" onClick={onSecurity} data-testid="data-security">
            {t('security.button')}
          </Button>
        ) : null}
        <LanguageSwitch value={language} onChange={onLanguage} />
      </Group>
    </Group>
  );
}
