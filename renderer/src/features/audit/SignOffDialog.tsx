// Signing an assessment off: the assessor's and the reviewer's names and the day, after saying plainly what
// signing does (locks it; records a content hash printed on the reports; changes go into a new version).
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { today } from '../plan/today';

export function SignOffDialog({ onClose, onSigned }: { onClose: () => void; onSigned: () => void }) {
  const { t } = useTranslation();
  const assessor0 = useAssessment((s) => s.assessment!.assessor);
  const signOff = useAssessment((s) => s.signOff);
  const [assessor, setAssessor] = useState(assessor0);
  const [reviewer, setReviewer] = useState('');
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const missing = (value: string) => (tried && value.trim() === '' ? t('common.required') : null);

  const submit = async () => {
    setTried(true);
    if (!assessor.trim() || !reviewer.trim() || !date) return;
    setBusy(true);
    setError(null);
    try {
      await signOff({ assessor: assessor.trim(), reviewer: reviewer.trim(), date });
      onSigned();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('audit.signOffTitle')} size="lg" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('audit.signOffIntro')}</Text>
          <TextInput data-autofocus label={t('audit.assessor')} value={assessor} onChange={(e) => setAssessor(e.currentTarget.value)} maxLength={200} withAsterisk error={missing(assessor)} data-testid="signoff-assessor" />
          <TextInput label={t('audit.reviewer')} value={reviewer} onChange={(e) => setReviewer(e.currentTarget.value)} maxLength={200} withAsterisk error={missing(reviewer)} data-testid="signoff-reviewer" />
          <TextInput type="date" label={t('audit.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} withAsterisk error={missing(date)} data-testid="signoff-date" />
          {error ? (
            <Alert color="red" data-testid="signoff-error">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal.9" loading={busy} data-testid="signoff-confirm">
              {t('audit.confirmSignOff')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
