// Imports an exported assessment: the passphrase first if the file is encrypted, then what the file holds,
// then how to import it — as a new copy (the safe default) or in place of the same assessment, which has to
// be confirmed. Main checks everything and writes all or nothing; its refusal is shown and the dialog stays.
import { Alert, Badge, Button, Center, Checkbox, Group, Loader, Modal, PasswordInput, Radio, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSummary, Language } from '../../../../assessments';
import type { ChannelOutputs } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { errorText, formatDate, problemText } from '../../i18n';
import { type ImportMode, useHomeStore } from '../../store/home-store';
import { MIN_PASSPHRASE } from './ExportDialog';

export type ImportChoice = { token: string; fileName: string; encrypted: boolean };
type Preview = ChannelOutputs['previewImport'];
type Failure = { title: string; message: string };

const message = (e: unknown) => errorText(e);

export function ImportDialog({
  choice,
  catalogs,
  language,
  onClose,
}: {
  choice: ImportChoice;
  catalogs: CatalogSummary[];
  language: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const importAssessment = useHomeStore((state) => state.importAssessment);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reading, setReading] = useState(!choice.encrypted);
  const [mode, setMode] = useState<ImportMode>('copy');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const fetchPreview = useCallback(
    (secret?: string) => call('previewImport', secret ? { token: choice.token, passphrase: secret } : { token: choice.token }),
    [choice.token],
  );
  const previewFailed = useCallback((e: unknown) => ({ title: t('importDialog.previewFailed'), message: message(e) }), [t]);

  // An unencrypted file is read as soon as the dialog opens; an encrypted one waits for its passphrase.
  useEffect(() => {
    if (choice.encrypted) return;
    let live = true;
    fetchPreview()
      .then(
        (value) => live && setPreview(value),
        (e: unknown) => live && setFailure(previewFailed(e)),
      )
      .finally(() => live && setReading(false));
    return () => {
      live = false;
    };
  }, [choice.encrypted, fetchPreview, previewFailed]);

  const readFile = async (secret: string) => {
    setReading(true);
    setFailure(null);
    try {
      setPreview(await fetchPreview(secret));
    } catch (e) {
      setFailure(previewFailed(e));
    } finally {
      setReading(false);
    }
  };

  const unlock = () => {
    if (passphrase.length < MIN_PASSPHRASE) {
      setPassphraseError(t('importDialog.tooShort'));
      return;
    }
    setPassphraseError(null);
    void readFile(passphrase);
  };

  const submit = async () => {
    if (!preview || (mode === 'replace' && !understood)) return;
    setBusy(true);
    setFailure(null);
    try {
      const { assessment, notes } = await importAssessment(choice.token, mode, choice.encrypted ? passphrase : undefined);
      notifications.show({ color: 'teal', message: t('importDialog.imported', { title: assessment.title }) });
      // E.g. the organisation id was taken here by another name, so a new organisation was made: say so.
      for (const note of notes) notifications.show({ color: 'blue', autoClose: false, message: problemText(note) });
      onClose();
    } catch (e) {
      setFailure({ title: t('importDialog.failed'), message: message(e) });
      setBusy(false);
    }
  };

  const catalogLabel = (pinned: string) => {
    // Main describes each checklist as "<id> v<version>"; show the installed checklist's title when known.
    const match = /^(.+) v(\d+)$/.exec(pinned);
    const catalog = match ? catalogs.find((c) => c.id === match[1]) : undefined;
    return catalog && match ? t('home.catalogVersion', { title: catalog.title[language], version: match[2] }) : pinned;
  };

  const failureAlert = failure ? (
    <Alert color="red" title={failure.title} data-testid="import-failure">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {failure.message}
      </Text>
    </Alert>
  ) : null;

  return (
    <Modal opened onClose={onClose} title={t('importDialog.title')} size="lg" centered>
      <Stack data-testid="import-dialog">
        <Text size="sm" c="dimmed">
          {t('importDialog.file', { name: choice.fileName })}
        </Text>
        {choice.encrypted && !preview ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              unlock();
            }}
          >
            <Stack>
              <Text size="sm">{t('importDialog.encrypted')}</Text>
              <PasswordInput
                data-autofocus
                label={t('importDialog.passphrase')}
                value={passphrase}
                onChange={(event) => setPassphrase(event.currentTarget.value)}
                error={passphraseError}
                autoComplete="current-password"
                withAsterisk
                data-testid="import-passphrase"
              />
              {failureAlert}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="teal" loading={reading} data-testid="import-unlock">
                  {t('importDialog.unlock')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : reading ? (
          <Center py="lg">
            <Group gap="sm">
              <Loader color="teal" size="sm" />
              <Text size="sm">{t('importDialog.reading')}</Text>
            </Group>
          </Center>
        ) : !preview ? (
          <>
            {failureAlert}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
            </Group>
          </>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Stack>
              <Table variant="vertical" layout="fixed" withTableBorder data-testid="import-preview">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={160}>{t('importDialog.fields.title')}</Table.Th>
                    <Table.Td fw={600}>{preview.title}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('importDialog.fields.organisation')}</Table.Th>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">{preview.organisation}</Text>
                        {preview.organisationExists ? null : (
                          <Badge variant="light" color="blue" size="sm" tt="none">
                            {t('importDialog.newOrganisation')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('importDialog.fields.answers')}</Table.Th>
                    <Table.Td>{t('importDialog.count', { count: preview.answers })}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('importDialog.fields.evidence')}</Table.Th>
                    <Table.Td>{t('importDialog.count', { count: preview.evidence })}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('importDialog.fields.catalogs')}</Table.Th>
                    <Table.Td>
                      <Group gap={6}>
                        {preview.catalogs.map((pinned) => (
                          <Badge key={pinned} variant="light" color="teal" size="sm" tt="none">
                            {catalogLabel(pinned)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('importDialog.fields.exportedAt')}</Table.Th>
                    <Table.Td>{formatDate(preview.exportedAt, language)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Radio.Group
                label={t('importDialog.mode')}
                value={mode}
                onChange={(value) => {
                  setMode(value === 'replace' ? 'replace' : 'copy');
                  setUnderstood(false);
                }}
              >
                <Stack gap="sm" mt="xs">
                  <Radio value="copy" label={t('importDialog.copy')} description={t('importDialog.copyHint')} data-testid="mode-copy" />
                  <Radio
                    value="replace"
                    label={t('importDialog.replace')}
                    description={preview.assessmentExists ? t('importDialog.replaceHint') : t('importDialog.replaceUnavailable')}
                    disabled={!preview.assessmentExists}
                    data-testid="mode-replace"
                  />
                </Stack>
              </Radio.Group>
              {mode === 'replace' ? (
                <Checkbox
                  color="orange"
                  label={t('importDialog.replaceConfirm')}
                  checked={understood}
                  onChange={(event) => setUnderstood(event.currentTarget.checked)}
                  data-testid="replace-confirm"
                />
              ) : null}
              {failureAlert}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button
                  type="submit"
                  color={mode === 'replace' ? 'orange' : 'teal'}
                  loading={busy}
                  disabled={mode === 'replace' && !understood}
                  data-testid="import-submit"
                >
                  {t('importDialog.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
