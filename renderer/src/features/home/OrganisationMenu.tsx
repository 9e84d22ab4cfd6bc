// The actions on an organisation as a whole: edit its details, or move it (and its assessments) to the trash.
import { ActionIcon, Menu, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../assessments';

export function OrganisationMenu({ organisation, onEdit, onDelete }: { organisation: Organisation; onEdit: (from: HTMLElement | null) => void; onDelete: (from: HTMLElement | null) => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const chosen = useRef(false);
  return (
    <Menu
      position="bottom-end"
      shadow="md"
      width={200}
      returnFocus={false}
      onClose={() => {
        if (!chosen.current) setTimeout(() => button.current?.focus());
        chosen.current = false;
      }}
    >
      <Menu.Target>
        <ActionIcon ref={button} variant="subtle" color="gray" aria-label={t('records.organisationActions', { name: organisation.name })} data-testid="organisation-menu">
          <Text fw={700} lh={1} aria-hidden>
            …
          </Text>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => {
            chosen.current = true;
            onEdit(button.current);
          }}
          data-testid="menu-edit-organisation"
        >
          {t('records.editOrganisation')}
        </Menu.Item>
        <Menu.Item
          color="red.9"
          onClick={() => {
            chosen.current = true;
            onDelete(button.current);
          }}
          data-testid="menu-delete-organisation"
        >
          {t('records.deleteOrganisation')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
