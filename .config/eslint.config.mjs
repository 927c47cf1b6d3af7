// ESLint flat config. Besides the usual checks it enforces the process
// boundaries: src-shared is pure TypeScript, the renderer never reaches
// Node, Electron or the main process, and main never imports the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

// An allow-list rather than a deny-list: a package not named here cannot be
// imported at all, so a new dependency cannot slip a Node or main-process
// module into pure code. Relative paths are allowed, except into the other
// processes' folders.
const allowOnly = (packages, foreignFolders, message) => {
  const allowed = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: `^(?!\\.{1,2}/|(${allowed})(/|$))`, message },
          { group: foreignFolders, message },
        ],
      },
    ],
  };
};

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
    rules: allowOnly(
      ['zod'],
      ['**/src-main/**', '**/src-renderer/**'],
      'src-shared holds pure TypeScript: no package but zod, no Node, no DOM, no other process.',
    ),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...allowOnly(
        ['react', 'react-dom', 'zod', 'chart.js', 'react-chartjs-2', '@tanstack/react-virtual'],
        ['**/src-main/**'],
        'The renderer imports only its UI packages and reaches main only through the IPC contract.',
      ),
    },
  },
  {
    files: ['src-main/**/*.{ts,mjs}'],
    rules: forbid(['**/src-renderer/**'], 'The main process never imports renderer code.'),
  },
);
