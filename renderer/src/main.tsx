// Renderer entry: loads the saved language before the first paint, so the app never flashes the other one.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
// Noto Sans JP in unicode-range subsets with font-display: swap: the window paints at once in a fallback
// font and fetches only the subsets its text uses (a few hundred KB, not two 5.5 MB files up front).
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { useHomeStore } from './store/home-store';
import { formatProblem } from '../../assessments/messages/problem';
import { ThemeProvider } from './theme';

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  let language: 'ja' | 'en' = navigator.language.startsWith('ja') ? 'ja' : 'en';
  const api = window.mamori;
  if (api) {
    const settings = await api.getSettings({});
    if (settings.ok) language = settings.value.language;
  } else {
    root.textContent = formatProblem({ code: 'ipc.unreachable' }, language);
    return;
  }
  await initI18n(language);
  // The store starts in the saved language too: the unlock screen of an encrypted folder is shown before
  // anything else loads, and must not fall back to a default.
  useHomeStore.setState({ language });
  document.documentElement.lang = language;
  createRoot(root).render(
    <StrictMode>
      <ThemeProvider>
        <App />
      </ThemeProvider>
    </StrictMode>,
  );
}

void start();
