// The evidence files behind one item: attach from the file dialog or by dropping files on the panel (copied
// into the data folder's vault under their SHA-256; the original name kept as a label), link a file already
// in the assessment, and open, save a copy, rename, detach. One file may back several items.
import { Button, Card, FileButton, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EVIDENCE_BYTES } from '../../../../assessments/model/limits';
import { errorText } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { EvidenceRow } from './EvidenceRow';

export const MAX_EVIDENCE_MB = MAX_EVIDENCE_BYTES / 1024 / 1024;

/** Attaches files, refusing too-large ones with a message before anything is read. */
export function useAttach() {
  const { t } = useTranslation();
  const attach = useAssessment((s) => s.attach);
  return async (files: File[], key?: string) => {
    const fitting = files.filter((file) => {
      if (file.size <= MAX_EVIDENCE_BYTES) return true;
      notifications.show({ color: 'red', message: t('evidence.tooLarge', { name: file.name, limit: MAX_EVIDENCE_MB }) });
      return false;
    });
    if (fitting.length === 0) return;
    try {
      const attached = await attach(fitting, key);
      notifications.show({ color: 'teal', message: t('evidence.attached', { count: attached.length }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) });
    }
  };
}

export function EvidencePanel({ itemKey, linked }: { itemKey: string; linked: readonly string[] }) {
  const { t } = useTranslation();
  const evidence = useAssessment((s) => s.assessment!.evidence);
  const link = useAssessment((s) => s.link);
  const signed = useAssessment((s) => Boolean(s.assessment!.signOff));
  const attach = useAttach();
  const [dragging, setDragging] = useState(false);
  const files = linked.flatMap((hash) => (evidence[hash] ? [evidence[hash]] : []));
  const others = Object.values(evidence).filter((file) => !linked.includes(file.hash));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (signed) return;
    void attach([...event.dataTransfer.files], itemKey);
  };

  return (
    <Card
      withBorder
      radius="sm"
      padding="md"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={dragging ? { outline: '2px dashed var(--mantine-color-teal-9)' } : undefined}
      data-testid="evidence-panel"
    >
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('evidence.title')}
        </Text>
        {signed ? null : (
          <FileButton multiple onChange={(chosen) => void attach(chosen, itemKey)}>
            {(props) => (
              <Button size="compact-sm" variant="light" {...props} data-testid="attach-evidence">
                {t('evidence.attach')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      <Stack gap="xs">
        {files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('evidence.none')}
          </Text>
        ) : (
          files.map((file) => <EvidenceRow key={file.hash} file={file} itemKey={itemKey} />)
        )}
        {signed ? null : (
          <Text size="xs" c="dimmed">
            {t('evidence.dropHere')}
          </Text>
        )}
        {others.length > 0 && !signed ? (
          <Select
            size="xs"
            placeholder={t('evidence.linkExisting')}
            aria-label={t('evidence.linkExisting')}
            data={others.map((file) => ({ value: file.hash, label: file.name }))}
            value={null}
            onChange={(hash) => {
              if (hash) link(itemKey, hash, true).catch((error: unknown) => notifications.show({ color: 'red', message: errorText(error) }));
            }}
            data-testid="link-evidence"
          />
        ) : null}
      </Stack>
    </Card>
  );
}
