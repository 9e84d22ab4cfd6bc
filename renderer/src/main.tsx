// Renderer entry: loads the saved language before the first paint, so the app never flashes the other one.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/fonts.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { formatProblem } from '../../assessments/messages/problem';

const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: '"Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, system-ui, sans-serif' },
});

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
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <Notifications position="bottom-right" />
        <App />
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
