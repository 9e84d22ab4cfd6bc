// One open assessment: a header (back to the list, title, status, whether changes are saved, details) and
// its tabs — the checklist, the scope, the dashboard and the evidence files. The dashboard and its charts
// are loaded only when first opened.
import { Alert, Badge, Box, Button, Center, Group, Loader, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../assessments/model/language';
import { useFocusReturn } from '../../components/use-focus-return';
import { formatDate } from '../../i18n';
import { useShallow } from 'zustand/react/shallow';
import { useAssessment } from '../../store/assessment-store';
import { useHomeStore } from '../../store/home-store';
import { type AssessmentTab, useNavigation } from '../../store/navigation';
import { ChecklistScreen } from '../checklist/ChecklistScreen';
import { useChecklistView } from '../checklist/view-store';
import { EditionNotice } from '../editions/EditionNotice';
import { EvidenceLibrary } from '../evidence/EvidenceLibrary';
import { ScopingScreen } from '../scoping/ScopingScreen';
import { SealBanner } from '../audit/SealBanner';
import { SignOffDialog } from '../audit/SignOffDialog';
import { AssessmentDetailsDialog } from './AssessmentDetailsDialog';
import { installCloseGuard } from './close-guard';
import { SaveIndicator } from './SaveIndicator';

type LazyTab = Exclude<AssessmentTab, 'checklist' | 'scope' | 'evidence'>;
/** The tabs whose code (charts, PDF options, the policy reader …) is loaded only when first opened. */
const lazyTabs: Record<LazyTab, ComponentType<{ language: Language }>> = {
  dashboard: lazy(() => import('../dashboard/DashboardScreen')),
  findings: lazy(() => import('../audit/FindingsScreen')),
  plan: lazy(() => import('../plan/PlanScreen')),
  reports: lazy(() => import('../reports/ReportsScreen')),
  policy: lazy(() => import('../policy/PolicyScreen')),
  compare: lazy(() => import('../compare/CompareScreen')),
};

const tabs: readonly AssessmentTab[] = ['checklist', 'scope', 'dashboard', 'evidence', 'findings', 'plan', 'reports', 'policy', 'compare'];

export function AssessmentScreen({ id, tab, language }: { id: string; tab: AssessmentTab; language: Language }) {
  const { t } = useTranslation();
  // Only what this screen shows: an answer saved (hundreds an hour) must not re-render every tab.
  const header = useAssessment(
    useShallow((s) => ({
      status: s.status,
      loadError: s.loadError,
      id: s.assessment?.id,
      organisationId: s.assessment?.organisationId,
      title: s.assessment?.title,
      recordStatus: s.assessment?.status,
      copyOf: s.assessment?.copyOf,
      assessor: s.assessment?.assessor,
      periodFrom: s.assessment?.periodFrom,
      periodTo: s.assessment?.periodTo,
      signed: Boolean(s.assessment?.signOff),
      toReconfirm: s.assessment?.reconfirm?.length ?? 0,
    })),
  );
  const { status, loadError } = header;
  const assessment =
    header.id === undefined
      ? null
      : { id: header.id, organisationId: header.organisationId!, title: header.title!, status: header.recordStatus!, copyOf: header.copyOf ?? null, assessor: header.assessor!, periodFrom: header.periodFrom!, periodTo: header.periodTo! };
  const { load, close, updateDetails } = useAssessment.getState();
  const organisation = useHomeStore((s) => s.organisations.find((o) => o.id === assessment?.organisationId));
  const { goHome, openTab } = useNavigation();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [signingOff, setSigningOff] = useState(false);
  const writer = useChecklistView((s) => s.writer);
  const setWriter = useChecklistView((s) => s.setWriter);
  const focusReturn = useFocusReturn();

  useEffect(() => {
    useChecklistView.getState().reset();
    void load(id);
    return () => {
      void close().then(() => useHomeStore.getState().refresh());
    };
  }, [id, load, close]);
  useEffect(() => installCloseGuard(() => notifications.show({ color: 'orange', message: t('save.incompleteOnClose'), autoClose: 8000 })), [t]);

  if (status === 'failed') {
    return (
      <Stack mt="xl">
        <Alert color="red" title={t('nav.loadFailed')} data-testid="assessment-load-error">
          {loadError}
        </Alert>
        <Group>
          <Button onClick={() => void load(id)}>{t('common.retry')}</Button>
          <Button variant="default" onClick={goHome}>
            {t('nav.home')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (status !== 'ready' || !assessment || assessment.id !== id) {
    return (
      <Center mt="xl" aria-label={t('common.loading')}>
        <Loader color="teal" />
      </Center>
    );
  }

  return (
    <Stack gap="sm" data-testid="assessment-screen">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Box style={{ minWidth: 0 }}>
          <Button variant="subtle" size="compact-sm" px={0} onClick={goHome} data-testid="back-home">
            ← {t('nav.home')}
          </Button>
          <Group gap="xs" wrap="nowrap">
            <Title order={2} size="h3" lineClamp={1} data-testid="assessment-heading">
              {assessment.title}
            </Title>
            {header.signed ? null : (
              <Badge variant="outline" color={assessment.status === 'in-review' ? 'blue' : 'gray'} tt="none">
                {t(`records.statuses.${assessment.status}`)}
              </Badge>
            )}
            {header.toReconfirm > 0 ? (
              <Badge variant="outline" color="#8a5a00" tt="none" data-testid="reconfirm-count">
                {t('audit.reconfirmCount', { count: header.toReconfirm })}
              </Badge>
            ) : null}
            {header.signed ? (
              <Badge color="teal.9" tt="none" data-testid="signed-badge">
                {t('audit.signed')}
              </Badge>
            ) : null}
            {assessment.copyOf ? (
              <Badge color="#a63c06" tt="none">
                {t('records.copyBadge')}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {organisation?.name}
            {assessment.assessor ? ` · ${assessment.assessor}` : ''}
          </Text>
        </Box>
        <Group gap="sm" wrap="nowrap">
          <SaveIndicator />
          <SegmentedControl
            size="xs"
            aria-label={t('audit.writer')}
            value={writer}
            onChange={(value) => setWriter(value as 'company' | 'auditor')}
            data={[
              { value: 'company', label: t('audit.writers.company') },
              { value: 'auditor', label: t('audit.writers.auditor') },
            ]}
            color={writer === 'auditor' ? 'grape' : undefined}
            data-testid="writer-switch"
          />
          {header.signed ? null : (
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                focusReturn.remember();
                setSigningOff(true);
              }}
              data-testid="open-signoff"
            >
              {t('audit.signOff')}
            </Button>
          )}
          {header.signed ? null : (
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                focusReturn.remember();
                setDetailsOpen(true);
              }}
              data-testid="open-details"
            >
              {t('nav.details')}
            </Button>
          )}
        </Group>
      </Group>
      <SealBanner />
      {writer === 'auditor' && !header.signed ? (
        <Text size="xs" c="grape.9" data-testid="auditor-mode-hint">
          {t('audit.writerHint')}
        </Text>
      ) : null}
      {header.signed ? null : <EditionNotice language={language} />}
      <Tabs value={tab} onChange={(value) => value && openTab(value as AssessmentTab)} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name} data-testid={`tab-${name}`}>
              {t(`nav.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="checklist">
          <ChecklistScreen language={language} />
        </Tabs.Panel>
        <Tabs.Panel value="scope">
          <ScopingScreen language={language} />
        </Tabs.Panel>
        <Tabs.Panel value="evidence">
          <EvidenceLibrary />
        </Tabs.Panel>
        {Object.entries(lazyTabs).map(([name, Screen]) => (
          <Tabs.Panel key={name} value={name}>
            <Suspense fallback={<TabLoading />}>
              <Screen language={language} />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
      {signingOff ? (
        <SignOffDialog
          onClose={() => {
            setSigningOff(false);
            focusReturn.restore();
          }}
          onSigned={() => {
            setSigningOff(false);
            notifications.show({ color: 'teal', message: t('audit.signed') });
            void useHomeStore.getState().refresh();
          }}
        />
      ) : null}
      {detailsOpen ? (
        <AssessmentDetailsDialog
          details={{ title: assessment.title, assessor: assessment.assessor, periodFrom: assessment.periodFrom, periodTo: assessment.periodTo, status: assessment.status }}
          copyNotice={assessment.copyOf ? t('records.copyOf', { title: assessment.copyOf.title, date: formatDate(assessment.copyOf.importedAt, language) }) : null}
          onClose={() => {
            setDetailsOpen(false);
            focusReturn.restore();
          }}
          onSave={async (details) => {
            await updateDetails(details);
            notifications.show({ color: 'teal', message: t('assessmentDetails.saved') });
          }}
        />
      ) : null}
    </Stack>
  );
}

/** What a tab shows while its code loads (the first time it is opened). */
function TabLoading() {
  const { t } = useTranslation();
  return (
    <Center mt="xl" aria-label={t('common.loading')}>
      <Loader color="teal" />
    </Center>
  );
}
