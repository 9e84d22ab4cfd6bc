// The Reports tab: the audit report, the improvement plan or the comparison with another assessment of the
// organisation as PDF — language, date, era, label and the assessment compared with chosen here — rendered
// by main's report worker while this screen shows how far it has got (the window stays usable), then saved
// where the user says and opened; and the draft of the public safeguards statement, shown, copied, or saved
// as text or Markdown. Loaded with its tab.
import { Alert, Button, Card, Group, Progress, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../assessments/model/language';
import { draftStatement, statementToText } from '../../../../assessments/statement/index';
import { call } from '../../api/client';
import { errorText, formatKilobytes } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { useHomeStore } from '../../store/home-store';
import { today } from '../plan/today';

type Job =
  | { state: 'idle' }
  | { state: 'running'; jobId: string; phase: string; fraction: number }
  | { state: 'done'; jobId: string; bytes: number; savedTo: string | null }
  | { state: 'failed'; message: string };

const POLL_MS = 150;

export default function ReportsScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const assessmentId = useAssessment((s) => s.assessment!.id);
  const organisationId = useAssessment((s) => s.assessment!.organisationId);
  // The organisation's other assessments (not in the trash), newest first: what a report may compare with.
  const others = useHomeStore((s) => s.assessments)
    .filter((a) => a.organisationId === organisationId && a.id !== assessmentId && !a.deletedAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [kind, setKind] = useState<'audit' | 'plan' | 'sheets' | 'comparison'>('audit');
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const hasFindings = useAssessment((s) => Object.values(s.assessment!.verdicts ?? {}).some((v) => v.code !== 'conforming'));
  const comparedWith = kind === 'plan' || kind === 'sheets' ? null : kind === 'comparison' ? (compareWith ?? others[0]?.id ?? null) : compareWith;
  const [reportLanguage, setReportLanguage] = useState<Language>(language);
  const [reportDate, setReportDate] = useState(today);
  const [era, setEra] = useState(false);
  const [classification, setClassification] = useState('');
  const [job, setJob] = useState<Job>({ state: 'idle' });
  const polling = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(polling.current ?? undefined), []);

  const follow = (jobId: string) => {
    polling.current = setTimeout(() => {
      call('reportProgress', { jobId }).then(
        (status) => {
          if (status.state === 'done') setJob({ state: 'done', jobId, bytes: status.bytes, savedTo: status.savedTo });
          else {
            setJob({ state: 'running', jobId, phase: status.phase, fraction: status.fraction });
            follow(jobId);
          }
        },
        (error: unknown) => setJob({ state: 'failed', message: errorText(error) }),
      );
    }, POLL_MS);
  };
  const generate = async () => {
    clearTimeout(polling.current ?? undefined);
    setJob({ state: 'running', jobId: '', phase: 'prepare', fraction: 0 });
    try {
      const { jobId } = await call('startReport', {
        assessmentId,
        kind,
        language: reportLanguage,
        reportDate,
        era: reportLanguage === 'ja' && era,
        classification: classification.trim(),
        ...(comparedWith ? { compareWith: comparedWith } : {}),
      });
      follow(jobId);
    } catch (error) {
      setJob({ state: 'failed', message: errorText(error) });
    }
  };
  const save = async () => {
    if (job.state !== 'done') return;
    try {
      const result = await call('saveReport', { jobId: job.jobId });
      if (result.saved) setJob({ ...job, savedTo: result.file });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) });
    }
  };
  const open = () => {
    if (job.state === 'done') call('openReport', { jobId: job.jobId }).catch((error: unknown) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) }));
  };
  const running = job.state === 'running';

  return (
    <Stack gap="lg" data-testid="reports-screen">
      <Card withBorder padding="lg">
        <Title order={2} size="h4">
          {t('reports.reportSection')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('reports.reportIntro')}
        </Text>
        <Stack gap="sm">
          <Group gap="lg" align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="report-kind-label">
                {t('reports.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="report-kind-label"
                value={kind}
                onChange={(value) => setKind(value as 'audit' | 'plan' | 'sheets' | 'comparison')}
                data={[
                  ...(['audit', 'plan'] as const).map((k) => ({ value: k, label: t(`reports.kinds.${k}`) })),
                  // The auditor's tear-out sheets, one page per finding: offered once there are findings.
                  ...(hasFindings ? [{ value: 'sheets', label: t('reports.kinds.sheets') }] : []),
                  // Offered only when the organisation has another assessment to compare with.
                  ...(others.length > 0 ? [{ value: 'comparison', label: t('compare.reportKind') }] : []),
                ]}
                data-testid="report-kind"
              />
            </Stack>
            <Select
              w={160}
              label={t('reports.language')}
              data={[
                { value: 'ja', label: '日本語' },
                { value: 'en', label: 'English' },
              ]}
              value={reportLanguage}
              onChange={(value) => value && setReportLanguage(value as Language)}
              allowDeselect={false}
              data-testid="report-language"
            />
            <TextInput w={170} type="date" label={t('reports.date')} value={reportDate} onChange={(event) => setReportDate(event.currentTarget.value)} data-testid="report-date" />
            <TextInput
              w={200}
              label={t('reports.classification')}
              placeholder={t('reports.classificationPlaceholder')}
              value={classification}
              onChange={(event) => setClassification(event.currentTarget.value)}
              maxLength={40}
              data-testid="report-classification"
            />
          </Group>
          {others.length > 0 && kind !== 'plan' && kind !== 'sheets' ? (
            <Select
              w={420}
              label={t('compare.reportWith')}
              description={t('compare.reportWithHint')}
              data={[...(kind === 'audit' ? [{ value: '', label: t('compare.reportWithNone') }] : []), ...others.map((a) => ({ value: a.id, label: a.title }))]}
              value={comparedWith ?? ''}
              onChange={(value) => setCompareWith(value || null)}
              allowDeselect={false}
              data-testid="report-compare-with"
            />
          ) : null}
          <Switch label={t('reports.era')} checked={reportLanguage === 'ja' && era} disabled={reportLanguage !== 'ja'} onChange={(event) => setEra(event.currentTarget.checked)} data-testid="report-era" />
          <Group>
            <Button onClick={() => void generate()} loading={running} disabled={!reportDate} data-testid="report-generate">
              {t('reports.generate')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {job.state === 'running' ? (
              <Stack gap={4} data-testid="report-progress">
                <Text size="sm">{t(`reports.phases.${job.phase}` as 'reports.phases.prepare')}</Text>
                <Progress value={Math.round(job.fraction * 100)} size="md" animated aria-hidden />
              </Stack>
            ) : job.state === 'done' ? (
              <Stack gap="xs" data-testid="report-ready">
                <Text size="sm" fw={600}>
                  {t('reports.ready', { size: formatKilobytes(job.bytes, language) })}
                </Text>
                <Group>
                  <Button color="teal.9" onClick={() => void save()} data-testid="report-save">
                    {t('reports.save')}
                  </Button>
                  {job.savedTo ? (
                    <Button variant="default" onClick={open} data-testid="report-open">
                      {t('reports.open')}
                    </Button>
                  ) : null}
                </Group>
                {job.savedTo ? (
                  <Text size="xs" c="dimmed" data-testid="report-saved">
                    {t('reports.saved', { file: job.savedTo })}
                  </Text>
                ) : null}
              </Stack>
            ) : job.state === 'failed' ? (
              <Alert color="red" title={t('reports.failed')} data-testid="report-failed">
                {job.message}
              </Alert>
            ) : null}
          </div>
        </Stack>
      </Card>
      <StatementCard language={language} />
    </Stack>
  );
}

function StatementCard({ language }: { language: Language }) {
  const { t } = useTranslation();
  const assessment = useAssessment((s) => s.assessment!);
  const catalogs = useAssessment((s) => s.catalogs);
  const organisationName = useHomeStore((s) => s.organisations.find((o) => o.id === assessment.organisationId)?.name ?? '');
  const [statementLanguage, setStatementLanguage] = useState<Language>(language);
  const statement = useMemo(() => draftStatement(assessment, catalogs, statementLanguage, { organisationName }), [assessment, catalogs, statementLanguage, organisationName]);
  const text = statementToText(statement);
  const empty = statement.groups.length === 0;
  const save = async (format: 'text' | 'markdown') => {
    try {
      const result = await call('saveStatement', { assessmentId: assessment.id, language: statementLanguage, format });
      if (result.saved) notifications.show({ color: 'teal', message: t('reports.statementSaved', { file: result.file }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorText(error) });
    }
  };
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => notifications.show({ color: 'teal', message: t('reports.copied') }),
      (error: unknown) => notifications.show({ color: 'red', message: errorText(error) }),
    );
  return (
    <Card withBorder padding="lg" data-testid="statement-card">
      <Title order={2} size="h4">
        {t('reports.statementSection')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={860}>
        {t('reports.statementIntro')}
      </Text>
      <SimpleGrid cols={1} spacing="sm">
        <Group align="flex-end">
          <Select
            w={180}
            label={t('reports.statementLanguage')}
            data={[
              { value: 'ja', label: '日本語' },
              { value: 'en', label: 'English' },
            ]}
            value={statementLanguage}
            onChange={(value) => value && setStatementLanguage(value as Language)}
            allowDeselect={false}
            data-testid="statement-language"
          />
          <Button variant="default" onClick={() => void copy()} disabled={empty} data-testid="statement-copy">
            {t('reports.copy')}
          </Button>
          <Button variant="default" onClick={() => void save('text')} disabled={empty} data-testid="statement-save-text">
            {t('reports.saveText')}
          </Button>
          <Button variant="default" onClick={() => void save('markdown')} disabled={empty} data-testid="statement-save-markdown">
            {t('reports.saveMarkdown')}
          </Button>
        </Group>
        {empty ? (
          <Text size="sm" c="dimmed">
            {t('reports.statementEmpty')}
          </Text>
        ) : (
          <Textarea value={text} readOnly autosize minRows={8} maxRows={18} aria-label={t('reports.statementSection')} data-testid="statement-text" lang={statementLanguage} />
        )}
      </SimpleGrid>
    </Card>
  );
}
