// Lint rules. The one that matters most: src/domain is pure — it may not import anything that does I/O,
// so every rule and state machine can be tested in microseconds and reasoned about without a database.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs',
  'fs/promises',
  'node:fs',
  'node:fs/promises',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https',
  'child_process',
  'node:child_process',
  'dgram',
  'node:dgram',
  'worker_threads',
  'node:worker_threads',
  'pg',
  'kysely',
  '@electric-sql/pglite',
  'kysely-pglite-dialect',
  'fastify',
  'pino',
  'commander',
  'pdfkit',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({ name, message: 'src/domain is pure: no I/O imports.' })),
          patterns: [
            {
              group: ['**/db/**', '**/api/**', '**/jobs/**', '**/cli/**'],
              message: 'src/domain may not import outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/domain is pure: no network.' },
        { name: 'process', message: 'src/domain is pure: pass configuration in.' },
      ],
    },
  },
);
