// Moving the open assessment to the newest editions of its checklists, in four steps: the preview (per
// checklist: items added, retired and reworded, answers kept and answers set aside, with the changelog's reasons
// and sources), the confirmation, the move with its progress, and the result with an Undo that restores the
// backup the move took first. Nothing is written before the user confirms.
import { Alert, Badge, Button, Center, Group, Loader, Modal, Progress, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionComparison } from '../../../../assessments/catalog/editions';
import type { Language } from '../../../../assessments/model/language';
import type { ChannelOutputs } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { useAssessment } from '../../store/assessment-store';
import { reloadOpenAssessment } from './reload';

type Preview = ChannelOutputs['previewEditionMove'];
type Moved = ChannelOutputs['moveToEditions'];
type Step =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'preview'; preview: Preview; error: string | null }
  | { kind: 'moving'; preview: Preview }
  | { kind: 'done'; moved: Moved; titles: Record<string, string>; undoing: boolean; error: string | null }
  | { kind: 'undone' };

/** The changes of one checklist, in a region that scrolls on its own so the dialog itself never has to. */
function Details({ comparison, language }: { comparison: EditionComparison; language: Language }) {
  const { t } = useTranslation();
  const [sources, setSources] = useState(false);
  const list = (items: { id: string; title: { ja: string; en: string } }[], extra?: (id: string) => ReactNode) =>
    items.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('editions.none')}
      </Text>
    ) : (
      <Stack gap={2} component="ul" m={0} pl="md">
        {items.map((item) => (
          <Text key={item.id} size="sm" component="li">
            <Text span size="xs" c="dimmed" mr={6}>
              {item.id}
            </Text>
            {item.title[language]}
            {extra?.(item.id)}
          </Text>
        ))}
      </Stack>
    );
  const title = comparison.title[language];
  return (
    <Stack
      gap="xs"
      role="region"
      aria-label={t('editions.regionLabel', { title })}
      tabIndex={0}
      h={218}
      p="xs"
      style={{ overflowY: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
      data-testid={`edition-details-${comparison.catalogId}`}
    >
      {comparison.changelog.map((version) => (
        <div key={version.version}>
          <Title order={4} size="sm">
            {t('editions.summary')}
          </Title>
          <Text size="sm">{version.summary[language]}</Text>
        </div>
      ))}
      <Title order={4} size="sm">
        {t('editions.addedList', { count: comparison.added.length })}
      </Title>
      {list(comparison.added, (id) =>
        comparison.added.find((i) => i.id === id)?.applies === false ? (
          <Badge ml={6} size="xs" variant="outline" color="gray" tt="none">
            {t('editions.notForYou')}
          </Badge>
        ) : null,
      )}
      <Title order={4} size="sm">
        {t('editions.retiredList', { count: comparison.retired.length })}
      </Title>
      {list(comparison.retired)}
      <Title order={4} size="sm">
        {t('editions.rewordedList', { count: comparison.reworded.length })}
      </Title>
      {comparison.reworded.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editions.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" m={0} pl="md">
          {comparison.reworded.map((item) => (
            <Text key={item.id} size="sm" component="li">
              <Text span size="xs" c="dimmed" mr={6}>
                {item.id}
              </Text>
              {t('editions.before')}: {item.before[language]}
              <br />
              {t('editions.after')}: {item.after[language]}
            </Text>
          ))}
        </Stack>
      )}
      <Title order={4} size="sm">
        {t('editions.setAsideList', { count: comparison.noLongerApply.length })}
      </Title>
      {list(comparison.noLongerApply, (id) => (
        <Text span size="xs" c="dimmed" ml={6}>
          — {t(`editions.why.${comparison.noLongerApply.find((i) => i.id === id)!.why}`)}
        </Text>
      ))}
      {comparison.changelog.some((v) => v.sources.length > 0) ? (
        <div>
          <Button size="compact-xs" variant="subtle" px={0} onClick={() => setSources((s) => !s)} aria-expanded={sources}>
            {sources ? t('editions.hideSources') : t('editions.showSources')}
          </Button>
          {sources ? (
            <Stack gap={2} component="ul" m={0} pl="md" aria-label={t('editions.sources')}>
              {comparison.changelog.flatMap((v) =>
                v.sources.map((source) => (
                  // The sources are cited as a reader would look them up, mostly in English.
                  <Text key={source} size="xs" component="li" lang="en">
                    {source}
                  </Text>
                )),
              )}
            </Stack>
          ) : null}
        </div>
      ) : null}
    </Stack>
  );
}

export function EditionMoveDialog({ assessmentId, language, onClose }: { assessmentId: string; language: Language; onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [tab, setTab] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const undoing = step.kind === 'done' && step.undoing;

  useEffect(() => {
    let live = true;
    (async () => {
      // Every answer on its way is saved first, so the preview counts what is really there.
      await useAssessment.getState().flush();
      return call('previewEditionMove', { assessmentId });
    })().then(
      (preview) => {
        if (!live) return;
        setStep({ kind: 'preview', preview, error: null });
        setTab(preview.comparisons[0]?.catalogId ?? null);
      },
      (e: unknown) => live && setStep({ kind: 'failed', message: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [assessmentId]);
  // Keyboard users land on the answer each step asks for.
  useEffect(() => {
    if (step.kind === 'preview') confirmButton.current?.focus();
    if (step.kind === 'done' && !undoing) undoButton.current?.focus();
    if (step.kind === 'undone') closeButton.current?.focus();
  }, [step.kind, undoing]);

  const move = async (preview: Preview) => {
    setStep({ kind: 'moving', preview });
    try {
      await useAssessment.getState().flush();
      const moved = await call('moveToEditions', { assessmentId, editions: preview.comparisons.map((c) => ({ id: c.catalogId, version: c.to })) });
      await reloadOpenAssessment(assessmentId);
      setStep({ kind: 'done', moved, titles: Object.fromEntries(preview.comparisons.map((c) => [c.catalogId, c.title[language]])), undoing: false, error: null });
    } catch (e) {
      setStep({ kind: 'preview', preview, error: errorText(e) });
    }
  };
  const undo = async (done: Extract<Step, { kind: 'done' }>) => {
    setStep({ ...done, undoing: true, error: null });
    try {
      await useAssessment.getState().flush();
      await call('restoreBackup', { assessmentId, backupName: done.moved.backup.name });
      await reloadOpenAssessment(assessmentId);
      setStep({ kind: 'undone' });
    } catch (e) {
      setStep({ ...done, undoing: false, error: errorText(e) });
    }
  };

  const busy = step.kind === 'moving' || undoing;
  const comparisons = step.kind === 'preview' || step.kind === 'moving' ? step.preview.comparisons : [];
  const count = (c: EditionComparison) => [c.added.length, c.retired.length, c.reworded.length, c.carried, c.noLongerApply.length];

  return (
    <Modal
      opened
      onClose={() => !busy && onClose()}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('editions.dialogTitle')}
      size={1040}
      yOffset="3vh"
    >
      <Stack gap="sm" data-testid="edition-dialog" data-step={step.kind}>
        {step.kind === 'loading' ? (
          <Center py="xl" aria-label={t('editions.loading')}>
            <Loader color="teal" />
          </Center>
        ) : null}
        {step.kind === 'failed' ? (
          <Alert color="red" title={t('editions.loadFailed')}>
            {step.message}
          </Alert>
        ) : null}
        {(step.kind === 'preview' || step.kind === 'moving') && comparisons.length === 0 ? <Text>{t('editions.upToDate')}</Text> : null}
        {(step.kind === 'preview' || step.kind === 'moving') && comparisons.length > 0 ? (
          <>
            <Text size="sm">{t('editions.intro')}</Text>
            <Table withTableBorder striped verticalSpacing={4} fz="sm" aria-label={t('editions.summaryLabel')} data-testid="edition-summary">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('editions.catalog')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('editions.edition')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('editions.added')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('editions.retired')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('editions.reworded')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('editions.carried')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('editions.noLongerApply')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparisons.map((c) => (
                  <Table.Tr key={c.catalogId} data-testid={`edition-row-${c.catalogId}`}>
                    <Table.Td>{c.title[language]}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('editions.fromTo', { from: c.from, to: c.to })}</Table.Td>
                    {count(c).map((n, i) => (
                      <Table.Td key={i} ta="right" data-testid={`edition-count-${['added', 'retired', 'reworded', 'carried', 'set-aside'][i]}`}>
                        {n}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List aria-label={t('editions.detailsLabel')}>
                {comparisons.map((c) => (
                  <Tabs.Tab key={c.catalogId} value={c.catalogId} fz="sm" px="sm" data-testid={`edition-tab-${c.catalogId}`}>
                    {c.title[language]}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {comparisons.map((c) => (
                <Tabs.Panel key={c.catalogId} value={c.catalogId} pt="xs">
                  <Details comparison={c} language={language} />
                </Tabs.Panel>
              ))}
            </Tabs>
            <Text size="xs" c="dimmed">
              {t('editions.keepNote')}
            </Text>
            {step.kind === 'preview' && step.error ? (
              <Alert color="red" title={t('editions.moveFailed')} data-testid="edition-error" py="xs">
                {step.error}
              </Alert>
            ) : null}
            {step.kind === 'moving' ? (
              <Stack gap={4} role="status" aria-live="polite">
                <Text size="sm">{t('editions.moving')}</Text>
                <Progress value={100} animated striped aria-label={t('editions.moving')} />
              </Stack>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button
                ref={confirmButton}
                onClick={() => (step.kind === 'preview' ? void move(step.preview) : undefined)}
                loading={step.kind === 'moving'}
                data-testid="confirm-edition-move"
              >
                {t('editions.confirm')}
              </Button>
            </Group>
          </>
        ) : null}
        {step.kind === 'done' ? (
          <>
            <Alert color="teal" title={t('editions.done')} data-testid="edition-done" role="status">
              <Stack gap="xs">
                <Stack gap={2} component="ul" m={0} pl="md">
                  {step.moved.moved.map((m) => (
                    <Text key={m.id} size="sm" component="li">
                      {t('editions.movedItem', { title: step.titles[m.id] ?? m.id, from: m.from, to: m.to })}
                    </Text>
                  ))}
                </Stack>
                <Text size="sm">{t('editions.doneText')}</Text>
              </Stack>
            </Alert>
            {step.error ? (
              <Alert color="red" title={t('editions.undoFailed')} py="xs">
                {step.error}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button ref={undoButton} variant="default" onClick={() => void undo(step)} loading={step.undoing} data-testid="undo-edition-move">
                {t('editions.undo')}
              </Button>
              <Button onClick={onClose} disabled={step.undoing} data-testid="close-edition-dialog">
                {t('common.close')}
              </Button>
            </Group>
          </>
        ) : null}
        {step.kind === 'undone' ? (
          <>
            <Alert color="teal" title={t('editions.undone')} data-testid="edition-undone" role="status">
              <Text size="sm">{t('editions.undoneText')}</Text>
            </Alert>
            <Group justify="flex-end">
              <Button ref={closeButton} onClick={onClose} data-testid="close-edition-dialog">
                {t('common.close')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
