// What a new user sees first: what the app does and the three steps to a first assessment, or, for someone
// moving to a new computer, importing an exported assessment.
import { Button, Card, Group, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function EmptyState({ onAddOrganisation, onImport, onOpenExample }: { onAddOrganisation: () => void; onImport: () => void; onOpenExample: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="xl" maw={720} mx="auto" mt="xl">
      <Stack gap="lg">
        <div>
          <Title order={2}>{t('home.emptyTitle')}</Title>
          <Text c="dimmed" mt="xs">
            {t('home.emptyIntro')}
          </Text>
        </div>
        <Timeline active={0} bulletSize={28} lineWidth={2}>
          {(['Organisation', 'Assessment', 'Answer'] as const).map((step, index) => (
            <Timeline.Item
              key={step}
              bullet={
                <ThemeIcon size={28} radius="xl" variant={index === 0 ? 'filled' : 'light'} color="teal">
                  <Text size="sm" fw={700}>
                    {index + 1}
                  </Text>
                </ThemeIcon>
              }
              title={t(`home.step${step}`)}
            >
              <Text size="sm" c="dimmed">
                {t(`home.step${step}Hint`)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        <Group justify="space-between" align="center">
          <Button size="md" color="teal" onClick={onAddOrganisation} data-testid="add-organisation">
            {t('home.addOrganisation')}
          </Button>
          {/* Moving to a new computer starts here too: an exported assessment brings its organisation along. */}
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" maw={300}>
              {t('home.importHint')}
            </Text>
            <Button variant="default" onClick={onImport} data-testid="import-assessment">
              {t('home.import')}
            </Button>
          </Group>
        </Group>
        {/* Seeing the whole value first: a fully answered example, with its reports a click away. */}
        <Group gap="xs" wrap="nowrap" justify="flex-end">
          <Text size="xs" c="dimmed" maw={420}>
            {t('home.exampleHint')}
          </Text>
          <Button variant="light" onClick={onOpenExample} data-testid="open-example">
            {t('home.openExample')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
