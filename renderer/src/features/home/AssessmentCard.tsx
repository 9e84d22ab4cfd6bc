// One assessment on the home screen: its title, pinned checklists and dates, and a menu for what can be done
// with the file as a whole (backups, export). A component of its own so that its menu keeps its state when
// the home screen re-renders.
import { ActionIcon, Badge, Card, Group, Menu, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, CatalogSummary, Language } from '../../../../assessments';
import { formatDate } from '../../i18n';

export function AssessmentCard({
  assessment,
  catalogs,
  language,
  onBackups,
  onExport,
}: {
  assessment: AssessmentSummary;
  catalogs: CatalogSummary[];
  language: Language;
  /** `from` is the menu's button, which gets focus back when the dialog closes. */
  onBackups: (assessment: AssessmentSummary, from: HTMLElement | null) => void;
  onExport: (assessment: AssessmentSummary, from: HTMLElement | null) => void;
}) {
  const { t } = useTranslation();
  const menuButton = useRef<HTMLButtonElement>(null);
  // A chosen item opens a dialog, which takes focus (and gives it back to this button when it closes); a menu
  // closed without a choice gives focus back itself. Mantine's own return of focus would come 10 ms later
  // and pull it out of the dialog.
  const chosen = useRef(false);
  return (
    <Card withBorder radius="sm" padding="md" data-testid="assessment-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text fw={600} tabIndex={-1} data-focus-id={`assessment-${assessment.id}`}>
          {assessment.title}
        </Text>
        <Menu
          position="bottom-end"
          shadow="md"
          width={200}
          returnFocus={false}
          onClose={() => {
            if (!chosen.current) setTimeout(() => menuButton.current?.focus());
            chosen.current = false;
          }}
        >
          <Menu.Target>
            <ActionIcon
              ref={menuButton}
              variant="subtle"
              color="gray"
              aria-label={t('home.assessmentActions', { title: assessment.title })}
              data-testid="assessment-menu"
            >
              <Text fw={700} lh={1} aria-hidden>
                …
              </Text>
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              onClick={() => {
                chosen.current = true;
                onBackups(assessment, menuButton.current);
              }}
              data-testid="menu-backups"
            >
              {t('home.backups')}
            </Menu.Item>
            <Menu.Item
              onClick={() => {
                chosen.current = true;
                onExport(assessment, menuButton.current);
              }}
              data-testid="menu-export"
            >
              {t('home.export')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap={6} mt={6}>
        {assessment.catalogs.map((pinned) => {
          const catalog = catalogs.find((c) => c.id === pinned.id);
          return (
            <Badge key={pinned.id} variant="light" color="teal" size="sm" tt="none">
              {t('home.catalogVersion', { title: catalog ? catalog.title[language] : pinned.id, version: pinned.version })}
            </Badge>
          );
        })}
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {t('home.createdOn', { date: formatDate(assessment.createdAt, language) })}
        {assessment.updatedAt !== assessment.createdAt
          ? ` · ${t('home.updatedOn', { date: formatDate(assessment.updatedAt, language) })}`
          : null}
      </Text>
    </Card>
  );
}
