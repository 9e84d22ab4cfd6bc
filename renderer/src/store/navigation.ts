// Where the user is: the home screen, or one assessment with one of its tabs open. A small state machine
// rather than a router: the app has no URLs to share, and every screen is reached by a click or a key.
import { create } from 'zustand';

export type AssessmentTab = 'checklist' | 'scope' | 'dashboard' | 'evidence' | 'findings' | 'plan' | 'reports' | 'policy' | 'compare';

export type View = { name: 'home' } | { name: 'assessment'; id: string; tab: AssessmentTab };

export type NavigationState = {
  view: View;
  goHome(): void;
  openAssessment(id: string, tab?: AssessmentTab): void;
  openTab(tab: AssessmentTab): void;
};

export const useNavigation = create<NavigationState>((set) => ({
  view: { name: 'home' },
  goHome: () => set({ view: { name: 'home' } }),
  openAssessment: (id, tab = 'checklist') => set({ view: { name: 'assessment', id, tab } }),
  openTab: (tab) => set((state) => (state.view.name === 'assessment' ? { view: { ...state.view, tab } } : state)),
}));
