// Where the user is in the checklist and what they are looking at: the current item, one item or the
// domain's list, the filter and the search. Kept apart from the answers so that moving between items
// re-renders only what shows the position.
import { create } from 'zustand';
import type { ItemFilter } from './items';

export type ChecklistView = {
  currentKey: string | null;
  mode: 'item' | 'list';
  filter: ItemFilter;
  query: string;
  /** Which field to focus after the next render (a shortcut, or an answer that needs a reason). */
  focus: 'note' | 'reason' | 'alternative' | 'search' | null;
  /** Who is writing: the company its answers, or the auditor verdicts beside them (auditor mode). */
  writer: 'company' | 'auditor';
  setWriter(writer: 'company' | 'auditor'): void;
  setCurrent(key: string | null): void;
  setMode(mode: 'item' | 'list'): void;
  setFilter(filter: ItemFilter): void;
  setQuery(query: string): void;
  requestFocus(field: ChecklistView['focus']): void;
  reset(): void;
};

export const useChecklistView = create<ChecklistView>((set) => ({
  currentKey: null,
  mode: 'item',
  filter: 'all',
  query: '',
  focus: null,
  writer: 'company',
  setWriter: (writer) => set({ writer }),
  setCurrent: (currentKey) => set({ currentKey }),
  setMode: (mode) => set({ mode }),
  setFilter: (filter) => set({ filter }),
  setQuery: (query) => set({ query }),
  requestFocus: (focus) => set({ focus }),
  reset: () => set({ currentKey: null, mode: 'item', filter: 'all', query: '', focus: null, writer: 'company' }),
}));
