// Giving Mamori the policy: paste its text, or open a .txt, .md or .html file through main's dialog (the
// window never sees the file's path). Refusals — too large, not text, an unknown kind of file — are shown
// here in the user's words.
import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function PolicyInput({ busy, error, onCheckText, onOpenFile, onCancel }: { busy: 'check' | 'file' | null; error: string | null; onCheckText: (text: string) => void; onOpenFile: () => void; onCancel: (() => void) | null }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Paper withBorder p="md" data-testid="policy-input">
      <Stack gap="sm">
        <Text size="sm">{t('policy.intro')}</Text>
        <Textarea
          label={t('policy.pasteLabel')}
          placeholder={t('policy.pastePlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={6}
          maxRows={12}
          data-testid="policy-paste"
          disabled={busy !== null}
        />
        {error ? (
          <Alert color="red" data-testid="policy-input-error" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="space-between" align="flex-start">
          <Text size="xs" c="dimmed" maw={560}>
            {t('policy.fileHint')}
          </Text>
          <Group gap="xs">
            {onCancel ? (
              <Button variant="default" onClick={onCancel} disabled={busy !== null}>
                {t('common.cancel')}
              </Button>
            ) : null}
            <Button variant="default" onClick={onOpenFile} loading={busy === 'file'} disabled={busy === 'check'} data-testid="policy-open-file">
              {t('policy.openFile')}
            </Button>
            <Button onClick={() => onCheckText(text)} loading={busy === 'check'} disabled={busy === 'file' || text.trim() === ''} data-testid="policy-check">
              {t('policy.check')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
