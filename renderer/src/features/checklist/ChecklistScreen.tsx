// The screen a user lives in: the catalogs and their domains (with progress) on the left, one item at a
// time — or a domain's list — on the right, filters and search, and the whole checklist usable from the
// keyboard (number keys answer, J/K move, N note, F flag, E evidence, L list, / search, Ctrl+Z undo).
import { Badge, Box, Group, Kbd, Modal, ScrollArea, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../assessments/model/language';
import { verdictCodes } from '../../../../assessments/model/verdict-codes';
import { EMPTY_ANSWER, useAssessment } from '../../store/assessment-store';
import { QuickCheckResult } from '../dashboard/QuickCheckResult';
import { scaleFor } from './AnswerButtons';
import { DomainList } from './DomainList';
import { ItemView } from './ItemView';
import { DomainNav } from './DomainNav';
import { type ItemFilter, type ItemRef, itemsInScope, matchesFilter, matchesQuery } from './items';
import { useChecklistView } from './view-store';

/** Keys typed into a field belong to the field. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A checkbox or a switch just clicked keeps the focus, but takes no typing: the shortcuts still work.
  if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')) return target.closest('[role="dialog"]') !== null;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="dialog"]') !== null;
}

/** Arrow keys on a radio group (the answer-or-verdict switch) move its choice, not the checklist. */
function arrowsBelongTo(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'radio';
}

export const ChecklistScreen = memo(function ChecklistScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const profile = useAssessment((s) => s.assessment!.profile);
  const catalogs = useAssessment((s) => s.catalogs);
  const currentKey = useChecklistView((s) => s.currentKey);
  const mode = useChecklistView((s) => s.mode);
  const filter = useChecklistView((s) => s.filter);
  const query = useChecklistView((s) => s.query);
  const focus = useChecklistView((s) => s.focus);
  const { setCurrent, requestFocus } = useChecklistView.getState();
  // The answers matter here only while a filter or a search narrows the list: otherwise answering (hundreds
  // of times an hour) does not re-render the screen.
  const narrowed = filter !== 'all' || query.trim() !== '';
  const pending = useAssessment((s) => (narrowed ? s.pending : null));
  const answers = useAssessment((s) => (narrowed ? s.assessment!.answers : null));
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const valueOf = (key: string) => (pending ?? {})[key] ?? (answers ?? {})[key] ?? EMPTY_ANSWER;
  const all = useMemo(() => itemsInScope(catalogs, profile), [catalogs, profile]);
  const visible = narrowed ? all.filter((ref) => ref.key === currentKey || (matchesFilter(valueOf(ref.key), filter) && matchesQuery(ref, valueOf(ref.key), query, language))) : all;
  const index = Math.max(0, visible.findIndex((ref) => ref.key === currentKey));
  const current = visible[index];

  useEffect(() => {
    if (!currentKey && all[0]) setCurrent(all[0].key);
  }, [currentKey, all, setCurrent]);
  // A new search or filter goes to its first match. (The item on screen stays listed while it is answered,
  // so answering under "unanswered" does not pull it away mid-answer.)
  const firstMatch = all.find((ref) => matchesFilter(valueOf(ref.key), filter) && matchesQuery(ref, valueOf(ref.key), query, language))?.key ?? null;
  const currentMatches = current ? matchesFilter(valueOf(current.key), filter) && matchesQuery(current, valueOf(current.key), query, language) : false;
  useEffect(() => {
    if (!currentMatches && firstMatch) setCurrent(firstMatch);
    // Only when the search or the filter changes, not when an answer does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, filter]);
  useEffect(() => {
    if (focus === 'search') {
      searchRef.current?.focus();
      requestFocus(null);
    }
  }, [focus, requestFocus]);

  const move = (delta: number) => {
    const next = visible[Math.min(visible.length - 1, Math.max(0, index + delta))];
    if (next) setCurrent(next.key);
  };
  // Stable callbacks for the memoised children, reading the latest list through a ref.
  const latest = useRef({ move, visible, all });
  useLayoutEffect(() => {
    latest.current = { move, visible, all };
  });
  const stableMove = useCallback((delta: number) => latest.current.move(delta), []);
  const openDomain = useCallback(
    (catalogId: string, domainId: string) => {
      const inDomain = (ref: ItemRef) => ref.catalog.id === catalogId && ref.domain.id === domainId;
      const first = latest.current.visible.find(inDomain) ?? latest.current.all.find(inDomain);
      if (first) setCurrent(first.key);
    },
    [setCurrent],
  );

  // The keyboard: read through a ref so the listener is installed once, not on every render.
  const keys = useRef({ move, current, visible });
  useLayoutEffect(() => {
    keys.current = { move, current, visible };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && event.target instanceof HTMLElement && typingIn(event.target) && !event.target.closest('[role="dialog"]')) {
        event.target.blur();
        return;
      }
      if (event.defaultPrevented || typingIn(event.target) || event.altKey || event.metaKey) return;
      const { current: ref, move: go } = keys.current;
      const store = useAssessment.getState();
      const view = useChecklistView.getState();
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        const key = store.undo();
        notifications.show({ message: key ? t('checklist.undone') : t('checklist.nothingToUndo'), autoClose: 1500 });
        if (key) view.setCurrent(key);
        return;
      }
      if (event.ctrlKey) return;
      if (!ref) return;
      const digit = Number(event.key);
      if (view.writer === 'auditor') {
        // Auditor mode: the number keys give the verdict (1 conforming … 6 good practice).
        if (Number.isInteger(digit) && digit >= 1 && digit <= verdictCodes.length) {
          event.preventDefault();
          const current = store.verdictOf(ref.key);
          store.changeVerdict(ref.key, { code: verdictCodes[digit - 1]!, comment: current?.comment ?? '', evidenceChecked: current?.evidenceChecked ?? [] }, 'code');
          return;
        }
      }
      const scale = view.writer === 'auditor' ? [] : scaleFor(ref.catalog.kind, ref.catalog.notApplicablePoints);
      if (Number.isInteger(digit) && digit >= 1 && digit <= scale.length) {
        event.preventDefault();
        const status = scale[digit - 1]!;
        const before = store.answerOf(ref.key);
        store.change(ref.key, { status }, 'status');
        if (status === 'not-applicable' && before.reason.trim() === '') view.requestFocus('reason');
        else if (status === 'alternative' && before.alternative.trim() === '') view.requestFocus('alternative');
        else if (view.mode === 'item') go(1);
        return;
      }
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          if (event.key === 'ArrowDown' && arrowsBelongTo(event.target)) break;
          event.preventDefault();
          go(1);
          break;
        case 'k':
        case 'ArrowUp':
          if (event.key === 'ArrowUp' && arrowsBelongTo(event.target)) break;
          event.preventDefault();
          go(-1);
          break;
        case 'n':
          event.preventDefault();
          view.setMode('item');
          view.requestFocus('note');
          break;
        case 'f': {
          event.preventDefault();
          if (view.writer === 'auditor') break;
          store.change(ref.key, { flagged: !store.answerOf(ref.key).flagged }, 'flagged');
          break;
        }
        case 'e':
          event.preventDefault();
          document.querySelector<HTMLButtonElement>('[data-testid="attach-evidence"]')?.click();
          break;
        case 'l':
          event.preventDefault();
          view.setMode(view.mode === 'item' ? 'list' : 'item');
          break;
        case '/':
          event.preventDefault();
          view.requestFocus('search');
          break;
        case '?':
          event.preventDefault();
          setHelpOpen(true);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const currentDomainItems = current ? visible.filter((ref) => ref.catalog.id === current.catalog.id && ref.domain.id === current.domain.id) : [];

  return (
    <Group align="flex-start" gap="lg" wrap="nowrap" data-testid="checklist">
      {/* Each column lays itself out: a change in one does not re-lay the other. */}
      <Box w={300} style={{ flexShrink: 0, contain: 'layout style' }}>
        <Stack gap="xs">
          <SearchAndFilter searchRef={searchRef} />
          {/* Focusable, so a keyboard user can scroll a long list of domains (three checklists overflow it). */}
          <ScrollArea.Autosize mah="calc(100dvh - 260px)" type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t('checklist.navigation') }}>
            <DomainNav catalogs={catalogs} all={all} activeDomain={current ? `${current.catalog.id}/${current.domain.id}` : null} language={language} onOpen={openDomain} />
          </ScrollArea.Autosize>
        </Stack>
      </Box>
      <Box style={{ flex: 1, minWidth: 0, contain: 'layout style' }}>
        <ModeBar onHelp={openHelp} />
        {current?.catalog.kind === 'quick-check' ? <QuickCheckResult catalog={current.catalog} compact /> : null}
        {!current ? (
          <Text c="dimmed">{t('checklist.noItems')}</Text>
        ) : mode === 'list' ? (
          <DomainList items={currentDomainItems} language={language} />
        ) : (
          <ItemView item={current} position={index + 1} total={visible.length} onMove={stableMove} language={language} />
        )}
      </Box>
      <Modal opened={helpOpen} onClose={() => setHelpOpen(false)} title={t('checklist.shortcuts')} centered>
        <Text size="sm">{t('checklist.shortcutsList')}</Text>
      </Modal>
    </Group>
  );
});

/** The search box and the filter: their own component, so moving between items does not re-render them. */
const SearchAndFilter = memo(function SearchAndFilter({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const query = useChecklistView((s) => s.query);
  const filter = useChecklistView((s) => s.filter);
  const { setQuery, setFilter } = useChecklistView.getState();
  return (
    <>
      <TextInput
        ref={searchRef}
        size="xs"
        placeholder={t('checklist.search')}
        aria-label={t('checklist.search')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        rightSection={<Kbd size="xs">/</Kbd>}
        data-testid="checklist-search"
      />
      <SegmentedControl
        size="xs"
        fullWidth
        aria-label={t('checklist.filter')}
        value={filter}
        onChange={(value) => setFilter(value as ItemFilter)}
        data={(['all', 'unanswered', 'gaps', 'flagged'] as const).map((f) => ({ value: f, label: t(`checklist.filters.${f}`) }))}
        data-testid="checklist-filter"
      />
    </>
  );
});

/** One item at a time or the domain's list, and the way to the keyboard shortcuts. */
const ModeBar = memo(function ModeBar({ onHelp }: { onHelp: () => void }) {
  const { t } = useTranslation();
  const mode = useChecklistView((s) => s.mode);
  const setMode = useChecklistView((s) => s.setMode);
  return (
    <Group justify="space-between" mb="sm">
      <SegmentedControl
        size="xs"
        value={mode}
        onChange={(value) => setMode(value as 'item' | 'list')}
        data={[
          { value: 'item', label: t('checklist.itemView') },
          { value: 'list', label: t('checklist.listView') },
        ]}
        data-testid="checklist-mode"
      />
      <Badge variant="default" tt="none" style={{ cursor: 'pointer' }} onClick={onHelp}>
        {t('checklist.shortcuts')} <Kbd size="xs">?</Kbd>
      </Badge>
    </Group>
  );
});
