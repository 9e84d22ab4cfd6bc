// What a new user sees first: what the app does and the three steps to a first assessment.
import { Button, Card, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function EmptyState({ onAddOrganisation }: { onAddOrganisation: () => void }) {
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
        <div>
          <Button size="md" color="teal" onClick={onAddOrganisation} data-testid="add-organisation">
            {t('home.addOrganisation')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
