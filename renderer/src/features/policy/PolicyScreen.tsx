// The Policy tab: the company's published privacy policy checked against this assessment. Paste it or open
// it from a file; then the text, with the passages the check found highlighted, beside the results — the
// disclosures APPI requires (present, missing or not applicable, and the rule that decided each), the
// safeguards it claims (those the answers do not back flagged, their items a click away), and the comparison
// with the public statement the answers support. Kept with the assessment, exported as JSON or Markdown.
// Main does the checking (the same engine as the CLI and the audit report); this screen only shows it.
// Loaded with its tab.
import { Alert, Badge, Button, Center, Grid, Group, Loader, Menu, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerStatus } from '../../../../assessments/model/answer';
import type { Language } from '../../../../assessments/model/language';
import type { PolicyCheckView } from '../../../../assessments/policy/assessment-check';
import { MAX_POLICY_FILE_BYTES, MAX_POLICY_TEXT_BYTES, PolicyInputError, utf8Length } from '../../../../assessments/policy/input';
import { policyInputProblem } from '../../../../assessments/policy/problems';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorText, formatDate, problemText } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { useNavigation } from '../../store/navigation';
import { useChecklistView } from '../checklist/view-store';
import { ClaimResults } from './ClaimResults';
import { ElementResults } from './ElementResults';
import type { Focus, HighlightRange } from './highlight';
import { PolicyInput } from './PolicyInput';
import { PolicyText } from './PolicyText';
import { StatementResults } from './StatementResults';

type Loaded = { state: 'loading' } | { state: 'ready'; view: PolicyCheckView | null } | { state: 'failed'; message: string };
type ResultTab = 'elements' | 'claims' | 'statement';

/** Header, tabs and toolbar above the two panes: what is left of the window is theirs. */
const PANE_HEIGHT = 'max(300px, calc(100dvh - 360px))';

function rangesOf(view: PolicyCheckView): HighlightRange[] {
  const { result } = view;
  return [
    ...result.elements.filter((e) => e.status === 'present').flatMap((e) => e.evidence.map((q) => ({ start: q.start, end: q.end, kind: 'evidence' as const }))),
    ...result.claims.map((c) => ({ start: c.start, end: c.end, kind: c.backing === 'not-backed' ? ('not-backed' as const) : ('claim' as const) })),
  ];
}

export default function PolicyScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const assessmentId = useAssessment((s) => s.assessment!.id);
  const answers = useAssessment((s) => s.assessment!.answers);
  const pending = useAssessment((s) => s.pending);
  const catalogs = useAssessment((s) => s.catalogs);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [editing, setEditing] = useState(false);
  // Signed off: a stored check can be read and exported, not replaced or removed.
  const signed = useAssessment((s) => Boolean(s.assessment?.signOff));
  const [busy, setBusy] = useState<'check' | 'file' | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [tab, setTab] = useState<ResultTab>('elements');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const fetchView = useCallback(async (): Promise<Loaded> => {
    // Answers still on their way first: the claims are judged against what main has.
    await useAssessment.getState().flush();
    try {
      return { state: 'ready', view: await call('getPolicyCheck', { assessmentId }) };
    } catch (error) {
      return { state: 'failed', message: errorText(error) };
    }
  }, [assessmentId]);
  useEffect(() => {
    let live = true;
    void fetchView().then((next) => live && setLoaded(next));
    return () => {
      live = false;
    };
  }, [fetchView]);
  const retry = () => {
    setLoaded({ state: 'loading' });
    void fetchView().then(setLoaded);
  };

  const view = loaded.state === 'ready' ? loaded.view : null;
  const ranges = useMemo(() => (view ? rangesOf(view) : []), [view]);
  // Each item's answer as the user sees it (a change still on its way included), for the claims' item links.
  const statuses = useMemo(
    () => new Map<string, AnswerStatus>([...Object.entries(answers), ...Object.entries(pending)].map(([key, answer]) => [key, answer.status])),
    [answers, pending],
  );
  const statusOf = useCallback((key: string): AnswerStatus => statuses.get(key) ?? 'unanswered', [statuses]);

  const checked = (next: PolicyCheckView) => {
    setLoaded({ state: 'ready', view: next });
    setEditing(false);
    setFocus(null);
    setInputError(null);
    setTab('elements');
    notifications.show({ color: 'teal', message: t('policy.checkedNotice') });
  };
  const checkText = async (text: string) => {
    const bytes = utf8Length(text);
    // Far too large to send at all: said here, in the words main would use.
    if (bytes > MAX_POLICY_FILE_BYTES) {
      setInputError(problemText(policyInputProblem(new PolicyInputError('policy-too-large', { bytes, limit: MAX_POLICY_TEXT_BYTES }))));
      return;
    }
    setBusy('check');
    setInputError(null);
    try {
      checked(await call('checkPolicy', { assessmentId, source: { kind: 'text', text } }));
    } catch (error) {
      setInputError(errorText(error));
    } finally {
      setBusy(null);
    }
  };
  const openFile = async () => {
    setBusy('file');
    setInputError(null);
    try {
      const chosen = await call('choosePolicyFile', {});
      if (chosen.chosen) checked(await call('checkPolicy', { assessmentId, source: { kind: 'file', token: chosen.token } }));
    } catch (error) {
      setInputError(errorText(error));
    } finally {
      setBusy(null);
    }
  };
  const exportAs = async (format: 'json' | 'markdown') => {
    try {
      const saved = await call('exportPolicyCheck', { assessmentId, format, language });
      if (saved.saved) notifications.show({ color: 'teal', message: t('policy.exported', { file: saved.file }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };
  const showPassage = (next: Focus) => {
    setFocus(next);
    setAnnouncement(t('policy.announceFocus', { start: next.start + 1 }));
  };
  const openItem = (key: string) => {
    useChecklistView.getState().setCurrent(key);
    useChecklistView.getState().setMode('item');
    useNavigation.getState().openTab('checklist');
  };

  if (loaded.state === 'loading') {
    return (
      <Center mt="xl" aria-label={t('common.loading')}>
        <Loader color="teal" />
      </Center>
    );
  }
  if (loaded.state === 'failed') {
    return (
      <Alert color="red" title={t('policy.loadFailed')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{loaded.message}</Text>
          <Button size="xs" onClick={retry}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (!view && signed) {
    return (
      <Stack gap="sm" data-testid="policy-screen">
        <Title order={3} size="h4">
          {t('policy.title')}
        </Title>
        <Text c="dimmed" data-testid="signed-read-only">
          {t('audit.signedReadOnly')}
        </Text>
      </Stack>
    );
  }
  if (!view || editing) {
    return (
      <Stack gap="sm" data-testid="policy-screen">
        <Title order={3} size="h4">
          {t('policy.title')}
        </Title>
        <PolicyInput busy={busy} error={inputError} onCheckText={(text) => void checkText(text)} onOpenFile={() => void openFile()} onCancel={view ? () => setEditing(false) : null} />
      </Stack>
    );
  }

  const { result } = view;
  const count = (status: string) => result.elements.filter((e) => e.status === status).length;
  const notBacked = result.claims.filter((c) => c.backing === 'not-backed').length;
  return (
    <Stack gap="xs" data-testid="policy-screen">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={3} size="h4">
            {t('policy.title')}
          </Title>
          <Group gap="xs">
            <Text size="sm" fw={600} lineClamp={1} data-testid="policy-name">
              {view.name || t('policy.pasted')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('policy.checked', { date: formatDate(view.checkedAt, language) })}
            </Text>
          </Group>
          <Group gap={6} data-testid="policy-summary">
            <Badge color="teal.9" tt="none">
              {t('policy.summary.present', { count: count('present') })}
            </Badge>
            <Badge color="red.9" tt="none">
              {t('policy.summary.missing', { count: count('missing') })}
            </Badge>
            <Badge color="gray.7" variant="outline" tt="none">
              {t('policy.summary.notApplicable', { count: count('not-applicable') })}
            </Badge>
            <Badge color={notBacked > 0 ? 'red.9' : 'gray.7'} variant="outline" tt="none">
              {t('policy.summary.notBacked', { count: notBacked })}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {signed ? null : (
            <Button variant="default" size="xs" onClick={() => setEditing(true)} data-testid="policy-new">
              {t('policy.newCheck')}
            </Button>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" size="xs" data-testid="policy-export">
                {t('policy.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportAs('json')} data-testid="policy-export-json">
                {t('policy.exportJson')}
              </Menu.Item>
              <Menu.Item onClick={() => void exportAs('markdown')} data-testid="policy-export-markdown">
                {t('policy.exportMarkdown')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {signed ? null : (
            <Button variant="default" color="red" size="xs" onClick={() => setConfirmRemove(true)} data-testid="policy-remove">
              {t('policy.remove')}
            </Button>
          )}
        </Group>
      </Group>
      <Grid gutter="md">
        <Grid.Col span={6}>
          <PolicyText text={result.text} ranges={ranges} focus={focus} height={PANE_HEIGHT} />
        </Grid.Col>
        <Grid.Col span={6}>
          <Tabs value={tab} onChange={(value) => value && setTab(value as ResultTab)} keepMounted={false} variant="outline">
            <Tabs.List aria-label={t('policy.results')}>
              <Tabs.Tab value="elements" data-testid="policy-tab-elements">
                {t('policy.elementsTab', { count: count('missing') })}
              </Tabs.Tab>
              <Tabs.Tab value="claims" data-testid="policy-tab-claims">
                {t('policy.claimsTab', { count: notBacked })}
              </Tabs.Tab>
              <Tabs.Tab value="statement" data-testid="policy-tab-statement">
                {t('policy.statementTab', { count: result.statementGaps.length })}
              </Tabs.Tab>
            </Tabs.List>
            <div style={{ height: `calc(${PANE_HEIGHT} - 10px)`, overflowY: 'auto', paddingTop: 8, paddingRight: 4 }}>
              <Tabs.Panel value="elements">
                <ElementResults elements={result.elements} language={language} focus={focus} onFocus={showPassage} />
              </Tabs.Panel>
              <Tabs.Panel value="claims">
                <ClaimResults claims={result.claims} catalogs={catalogs} statusOf={statusOf} language={language} focus={focus} onFocus={showPassage} onOpenItem={openItem} />
              </Tabs.Panel>
              <Tabs.Panel value="statement">
                <StatementResults gaps={result.statementGaps} groups={result.policyGroups} language={language} focus={focus} onFocus={showPassage} />
              </Tabs.Panel>
            </div>
          </Tabs>
        </Grid.Col>
      </Grid>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {confirmRemove ? (
        <ConfirmDialog
          title={t('policy.removeTitle')}
          message={t('policy.removeConfirm')}
          confirmLabel={t('policy.removeConfirmButton')}
          onClose={() => setConfirmRemove(false)}
          onConfirm={async () => {
            try {
              await call('removePolicyCheck', { assessmentId });
              setLoaded({ state: 'ready', view: null });
              setFocus(null);
              notifications.show({ color: 'teal', message: t('policy.removed') });
            } catch (error) {
              notifications.show({ color: 'red', message: errorText(error) });
            }
          }}
        />
      ) : null}
    </Stack>
  );
}
