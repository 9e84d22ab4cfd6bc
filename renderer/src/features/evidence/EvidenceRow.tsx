// One evidence file: its label, size and SHA-256, and what can be done with it — open, save a copy, rename the
// label, detach from this item (when shown on an item) or remove from the assessment.
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFile } from '../../../../assessments/model/evidence';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorText, formatKilobytes } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { useHomeStore } from '../../store/home-store';

export function EvidenceRow({ file, itemKey, usedBy }: { file: EvidenceFile; itemKey?: string; usedBy?: number }) {
  const { t } = useTranslation();
  const language = useHomeStore((s) => s.language);
  const assessmentId = useAssessment((s) => s.assessment!.id);
  // Signed off: the files can still be opened and copied, not renamed, detached or removed.
  const signed = useAssessment((s) => Boolean(s.assessment!.signOff));
  const { link, renameEvidence, removeEvidence } = useAssessment.getState();
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [label, setLabel] = useState(file.name);
  const fail = (error: unknown) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) });

  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="evidence-row" data-hash={file.hash}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate="end">
          {file.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ fontFamily: 'monospace', wordBreak: 'break-all' }} title={file.hash} data-testid="evidence-sha256">
          {t('evidence.sha256')} {file.hash}
        </Text>
        <Text size="xs" c="dimmed">
          {t('evidence.size', { size: formatKilobytes(file.size, language) })}
          {usedBy !== undefined ? ` · ${t('evidence.usedBy', { count: usedBy })}` : ''}
        </Text>
      </Stack>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('evidence.actions', { name: file.name })} data-testid="evidence-menu">
            <Text fw={700} lh={1} aria-hidden>
              …
            </Text>
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => call('openEvidence', { assessmentId, hash: file.hash }).catch(fail)} data-testid="evidence-open">
            {t('evidence.open')}
          </Menu.Item>
          <Menu.Item onClick={() => call('saveEvidenceCopy', { assessmentId, hash: file.hash }).catch(fail)}>{t('evidence.saveCopy')}</Menu.Item>
          {signed ? null : (
            <Menu.Item onClick={() => setRenaming(true)} data-testid="evidence-rename">
              {t('evidence.rename')}
            </Menu.Item>
          )}
          {itemKey && !signed ? (
            <Menu.Item onClick={() => link(itemKey, file.hash, false).catch(fail)} data-testid="evidence-detach">
              {t('evidence.detach')}
            </Menu.Item>
          ) : null}
          {signed ? null : (
            <Menu.Item color="red.9" onClick={() => setRemoving(true)}>
              {t('evidence.remove')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {renaming ? (
        <Modal opened onClose={() => setRenaming(false)} title={t('evidence.rename')} centered>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              renameEvidence(file.hash, label.trim())
                .then(() => setRenaming(false))
                .catch(fail);
            }}
          >
            <Stack>
              <TextInput data-autofocus label={t('evidence.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} maxLength={255} data-testid="evidence-label" />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setRenaming(false)}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" disabled={label.trim() === ''}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('evidence.remove')}
          message={t('evidence.removeConfirm', { name: file.name })}
          confirmLabel={t('evidence.remove')}
          onConfirm={async () => {
            await removeEvidence(file.hash).catch(fail);
          }}
          onClose={() => setRemoving(false)}
        />
      ) : null}
    </Group>
  );
}
