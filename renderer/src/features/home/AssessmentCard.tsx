// One assessment on the home screen: its title (a button that opens it; a click anywhere on the card does
// too), status, whether it is an imported copy, how far it has got and its score, when it was last saved,
// and a menu for what can be done with it as a whole. A component of its own so that its menu keeps its
// state when the home screen re-renders.
import { ActionIcon, Badge, Card, Group, Menu, Progress, Text, UnstyledButton } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, CatalogSummary, Language } from '../../../../assessments';
import { formatDate } from '../../i18n';

export type AssessmentAction = 'open' | 'details' | 'duplicate' | 'backups' | 'export' | 'delete';

export function AssessmentCard({
  assessment,
  catalogs,
  language,
  onAction,
}: {
  assessment: AssessmentSummary;
  catalogs: CatalogSummary[];
  language: Language;
  /** `from` is the menu's button, which gets focus back when a dialog closes. */
  onAction: (action: AssessmentAction, assessment: AssessmentSummary, from: HTMLElement | null) => void;
}) {
  const { t } = useTranslation();
  const menuButton = useRef<HTMLButtonElement>(null);
  // A chosen item opens a dialog, which takes focus (and gives it back to this button when it closes); a menu
  // closed without a choice gives focus back itself. Mantine's own return of focus would come 10 ms later
  // and pull it out of the dialog.
  const chosen = useRef(false);
  const choose = (action: AssessmentAction) => {
    chosen.current = action !== 'open';
    onAction(action, assessment, menuButton.current);
  };
  const { answered, applicable, score } = assessment.progress;
  const completion = applicable > 0 ? Math.round((answered / applicable) * 100) : 0;
  return (
    <Card
      withBorder
      radius="sm"
      padding="md"
      data-testid="assessment-card"
      data-assessment={assessment.id}
      style={{ cursor: 'pointer' }}
      onClick={() => onAction('open', assessment, null)}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <UnstyledButton
          onClick={(event) => {
            event.stopPropagation();
            onAction('open', assessment, null);
          }}
          data-focus-id={`assessment-${assessment.id}`}
          data-testid="assessment-open"
          aria-label={t('records.openTitle', { title: assessment.title })}
        >
          <Text fw={600} c="teal.9" td="underline" style={{ textUnderlineOffset: 3 }}>
            {assessment.title}
          </Text>
        </UnstyledButton>
        {/* The menu handles its own clicks: React passes a click on its items (rendered elsewhere in the page)
            up through here, and it must not reach the card. */}
        <div onClick={(event) => event.stopPropagation()}>
          <Menu
            position="bottom-end"
            shadow="md"
            width={220}
            returnFocus={false}
            onClose={() => {
              if (!chosen.current) setTimeout(() => menuButton.current?.focus());
              chosen.current = false;
            }}
          >
            <Menu.Target>
              <ActionIcon ref={menuButton} variant="subtle" color="gray" aria-label={t('home.assessmentActions', { title: assessment.title })} data-testid="assessment-menu">
                <Text fw={700} lh={1} aria-hidden>
                  …
                </Text>
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => choose('open')} data-testid="menu-open">
                {t('records.open')}
              </Menu.Item>
              <Menu.Item onClick={() => choose('details')} data-testid="menu-details">
                {t('records.details')}
              </Menu.Item>
              <Menu.Item onClick={() => choose('duplicate')} data-testid="menu-duplicate">
                {t('records.duplicate')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => choose('backups')} data-testid="menu-backups">
                {t('home.backups')}
              </Menu.Item>
              <Menu.Item onClick={() => choose('export')} data-testid="menu-export">
                {t('home.export')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red.9" onClick={() => choose('delete')} data-testid="menu-delete">
                {t('records.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </div>
      </Group>
      <Group gap={6} mt={6}>
        {/* Signed off, the seal says where it stands: "draft" or "in review" beside it would contradict it. */}
        {assessment.signedOff ? null : (
          <Badge variant="outline" color={assessment.status === 'in-review' ? 'blue' : 'gray'} size="sm" tt="none" data-testid="assessment-status">
            {t(`records.statuses.${assessment.status}`)}
          </Badge>
        )}
        {assessment.signedOff ? (
          <Badge variant="filled" color="teal.9" size="sm" tt="none" title={`SHA-256 ${assessment.signedOff.contentHash}`} data-testid="signed-badge">
            {t('audit.signed')} {assessment.signedOff.date}
          </Badge>
        ) : null}
        {assessment.copyOf ? (
          <Badge variant="filled" color="#a63c06" size="sm" tt="none" title={t('records.copyOf', { title: assessment.copyOf.title, date: formatDate(assessment.copyOf.importedAt, language) })} data-testid="copy-badge">
            {t('records.copyBadge')}
          </Badge>
        ) : null}
        {assessment.catalogs.map((pinned) => {
          const catalog = catalogs.find((c) => c.id === pinned.id);
          return (
            <Badge key={pinned.id} variant="light" color="teal" size="sm" tt="none">
              {t('home.catalogVersion', { title: catalog ? catalog.title[language] : pinned.id, version: pinned.version })}
            </Badge>
          );
        })}
      </Group>
      <Group gap="sm" mt="sm" wrap="nowrap">
        <Progress value={completion} size="sm" style={{ flex: 1 }} aria-hidden color="teal" />
        <Text size="xs" data-testid="assessment-progress">
          {t('records.progress', { answered, applicable })}
        </Text>
        {answered > 0 && score !== null ? (
          <Text size="xs" fw={700} data-testid="assessment-score">
            {t('records.score', { score })}
          </Text>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" mt="xs" data-testid="assessment-saved">
        {t('home.createdOn', { date: formatDate(assessment.createdAt, language) })}
        {assessment.updatedAt !== assessment.createdAt ? ` · ${t('home.updatedOn', { date: formatDate(assessment.updatedAt, language) })}` : null}
      </Text>
    </Card>
  );
}
