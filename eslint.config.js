// Lint: TypeScript rules, React hooks rules, our conventions (no enum), and the import boundaries that
// keep each folder in its process: a misplaced import fails `npm run lint`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
];
const mainSideLibraries = ['electron', 'electron/*', 'electron-store', 'conf', 'pdfmake', 'pdfmake/*', 'atomically'];
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'react/*', '@mantine/*', 'zustand', 'i18next', 'react-i18next'];

const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/.artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: {
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a union of string literals (or z.enum), not enum.' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts run as plain ES modules (npm start, the CLI build).
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { fetch: 'readonly', AbortSignal: 'readonly', setTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['assessments/**/*.ts'],
    rules: restrict([
      { group: [...nodeBuiltins, ...mainSideLibraries, ...uiLibraries], message: 'assessments/ is the domain core: no Electron, Node-only or React imports.' },
      { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'assessments/ imports nothing from the app around it.' },
    ]),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', 'electron-store'], message: 'Services and the CLI run in plain Node: pass what you need from main in as a parameter.' },
      { group: [...uiLibraries], message: 'Services and the CLI never import UI code.' },
      { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'Services and the CLI never import main, preload or renderer code.' },
    ]),
  },
  {
    files: ['electron/ipc/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', 'electron-store'], message: 'The IPC contract and dispatcher are shared with the test bridge: no Electron import.' },
      { group: [...uiLibraries], message: 'The IPC contract never imports UI code.' },
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      { group: ['**/services/**', '**/main/**', '**/ipc/contract*', '**/ipc/dispatch*', '**/assessments/**', 'zod'], allowTypeImports: true, message: 'The sandboxed preload imports only the channel list (types excepted).' },
      { group: [...nodeBuiltins, ...uiLibraries, 'electron-store', 'conf'], message: 'The sandboxed preload cannot use Node modules or UI code.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict([
      { group: [...nodeBuiltins, ...mainSideLibraries], message: 'The renderer is a sandboxed web page: no Node or main-process modules.' },
      { group: ['**/electron/main/**', '**/electron/services/**', '**/electron/preload/**', '**/electron/cli/**', '**/electron/ipc/dispatch*', '**/electron/ipc/sender*'], message: 'The renderer never imports main-side code; it talks to main through the typed client.' },
      { group: ['**/electron/ipc/contract*', '**/electron/ipc/channels*'], allowTypeImports: true, message: 'Only types may be imported from the IPC contract.' },
    ]),
  },
);
