// ESLint flat config. Besides the usual checks it enforces the process
// boundaries: src-shared is pure TypeScript, the renderer never reaches
// Node, Electron or the main process, and main never imports the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const forbid = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', 'test-output/', 'bench-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: forbid(
      [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely', 'react', 'react-dom'],
      ['**/src-main/**', '**/src-renderer/**', 'node:*'],
      'src-shared holds pure TypeScript: no Node, no Electron, no DOM, no other process.',
    ),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely'],
        ['**/src-main/**', 'node:*'],
        'The renderer reaches the main process only through the IPC contract.',
      ),
    },
  },
  {
    files: ['src-main/**/*.{ts,mjs}'],
    rules: forbid([], ['**/src-renderer/**'], 'The main process never imports renderer code.'),
  },
);
