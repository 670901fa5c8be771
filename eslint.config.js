// Lint rules, including the one-runtime-per-folder boundaries (as VS Code's and Signal's layer rules do):
// shared/ is pure, renderer/ is browser-only, the preload touches only contextBridge/ipcRenderer and shared/,
// and electron/core/ is plain Node with no Electron so it can run in the CLI and in tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeGlobals = ['process', 'require', 'Buffer', '__dirname', '__filename', 'global', 'setImmediate'];
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'dist-cli/',
      'release/',
      'release-smoke/',
      'out/',
      'coverage/',
      'test-results/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is pure: no Electron.' },
            ...nodeModules.map((name) => ({ name, message: 'shared/ is pure: no Node.' })),
          ],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals, ...domGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.prayerDesk.' },
            ...nodeModules.map((name) => ({ name, message: 'The renderer is sandboxed: no Node.' })),
          ],
          patterns: [
            { group: ['**/electron/**'], message: 'The renderer imports only renderer/ and shared/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowImportNames: ['contextBridge', 'ipcRenderer'],
              message: 'The preload uses only contextBridge and ipcRenderer.',
            },
          ],
          patterns: [
            {
              // A regex, because negated gitignore-style groups never let '../../shared/x' through.
              regex: '^(?!electron$|\\.\\./\\.\\./shared/[^/]+$)',
              message: 'The preload imports only electron (contextBridge, ipcRenderer) and shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'electron/core/ is plain Node (CLI, worker, tests): keep Electron in electron/main/.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/main/**'],
              message: 'electron/core/ must not depend on the shell or the UI.',
            },
          ],
        },
      ],
    },
  },
);
