// The backups of one assessment, newest first, and putting one back. A restore asks first and says that the
// current state is backed up before it is replaced; once done, that backup is offered as "Undo restore", so
// a wrong choice costs nothing.
import { Alert, Button, Center, Group, Loader, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, Language } from '../../../../assessments';
import type { ChannelOutputs } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { formatDate, formatKilobytes, errorText } from '../../i18n';
import { useHomeStore } from '../../store/home-store';

type Backup = ChannelOutputs['listBackups'][number];
type Outcome = { kind: 'restored'; backup: Backup; undo: Backup | null } | { kind: 'undone' };

const message = (e: unknown) => errorText(e);

export function BackupsDialog({
  assessment,
  language,
  onClose,
}: {
  assessment: AssessmentSummary;
  language: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const restoreBackup = useHomeStore((state) => state.restoreBackup);
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  // Bumped to list the backups again after a restore (which adds one).
  const [listed, setListed] = useState(0);

  useEffect(() => {
    let live = true;
    call('listBackups', { assessmentId: assessment.id }).then(
      (list) => {
        if (!live) return;
        setBackups(list);
        setLoadError(null);
      },
      (e: unknown) => {
        if (live) setLoadError(message(e));
      },
    );
    return () => {
      live = false;
    };
  }, [assessment.id, listed]);
  // The question appears above the table; keyboard users land on its answer instead of hunting for it.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const restore = async (backup: Backup, undoing: boolean) => {
    setBusy(true);
    setRestoreError(null);
    try {
      const result = await restoreBackup(assessment.id, backup.name);
      setOutcome(undoing ? { kind: 'undone' } : { kind: 'restored', backup: result.restored, undo: result.undo });
      setConfirming(null);
    } catch (e) {
      setRestoreError(message(e));
    } finally {
      setBusy(false);
    }
    setListed((n) => n + 1);
  };

  const date = (backup: Backup) => formatDate(backup.takenAt, language, { seconds: true });

  return (
    <Modal opened onClose={onClose} title={t('backups.dialogTitle', { title: assessment.title })} size="xl" centered>
      <Stack data-testid="backups-dialog">
        <Text size="sm" c="dimmed">
          {t('backups.intro')}
        </Text>
        {outcome?.kind === 'restored' ? (
          <Alert color="teal" title={t('backups.restored', { date: date(outcome.backup) })} data-testid="restore-done">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('backups.restoredText')}</Text>
              {outcome.undo ? (
                <Button
                  size="xs"
                  variant="white"
                  color="teal"
                  loading={busy}
                  onClick={() => outcome.undo && void restore(outcome.undo, true)}
                  data-testid="undo-restore"
                >
                  {t('backups.undo')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {outcome?.kind === 'undone' ? (
          <Alert color="teal" title={t('backups.undone')} data-testid="restore-undone">
            <Text size="sm">{t('backups.undoneText')}</Text>
          </Alert>
        ) : null}
        {confirming ? (
          <Alert color="orange" title={t('backups.confirmTitle', { date: date(confirming) })} data-testid="restore-confirm">
            <Stack gap="sm">
              <Text size="sm">{t('backups.confirmText')}</Text>
              <Group gap="xs">
                <Button
                  ref={confirmButton}
                  size="xs"
                  color="orange"
                  loading={busy}
                  onClick={() => void restore(confirming, false)}
                  data-testid="confirm-restore"
                >
                  {t('backups.confirm')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(null)} disabled={busy}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {restoreError ? (
          <Alert color="red" title={t('backups.restoreFailed')} data-testid="restore-error">
            {restoreError}
          </Alert>
        ) : null}
        {loadError ? (
          <Alert color="red" title={t('backups.loadFailed')}>
            {loadError}
          </Alert>
        ) : backups === null ? (
          <Center py="lg" aria-label={t('common.loading')}>
            <Loader color="teal" size="sm" />
          </Center>
        ) : backups.length === 0 ? (
          <Text size="sm" ta="center" py="lg" c="dimmed" data-testid="backups-empty">
            {t('backups.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560} maxHeight={420}>
            <Table striped highlightOnHover stickyHeader verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.takenAt')}</Table.Th>
                  <Table.Th>{t('backups.reason')}</Table.Th>
                  <Table.Th ta="right">{t('backups.size')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('backups.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.map((backup) => (
                  <Table.Tr
                    key={backup.name}
                    bg={confirming?.name === backup.name ? 'orange.0' : undefined}
                    data-testid="backup-row"
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(backup)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`backups.reasons.${backup.reason}`)}</Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {t('backups.sizeKb', { size: formatKilobytes(backup.size, language) })}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="light"
                        disabled={busy}
                        onClick={() => {
                          setRestoreError(null);
                          setConfirming(backup);
                        }}
                        aria-label={t('backups.restoreLabel', { date: date(backup) })}
                        data-testid="restore-backup"
                      >
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
