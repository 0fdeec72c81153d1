// Lint rules. The ones that matter most are the dependency map (docs/ARCHITECTURE.md draws the same map): src/domain
// is pure — it may not import anything that does I/O, so every rule and state machine can be tested in microseconds
// and reasoned about without a database — and each outer layer imports only the layers beneath it.
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

// Our layers, and the ones each may import besides itself (npm packages aside). A layer is a folder of src/ (or
// web/src). server.ts and cli/ are composition roots: they build the dependencies and may reach every layer they
// wire together. Type-only imports of config.ts are allowed where the dependencies carry the configuration.
const LAYERS = {
  domain: { files: ['src/domain/**/*.ts'], may: [] },
  db: { files: ['src/db/**/*.ts'], may: ['domain'] },
  'policy-data': { files: ['src/policy-data/**/*.ts'], may: ['domain'] },
  jobs: { files: ['src/jobs/**/*.ts'], ignores: ['src/jobs/schedulers/**'], may: ['domain', 'db'] },
  app: { files: ['src/app/**/*.ts'], may: ['domain', 'db', 'policy-data', 'jobs'] },
  schedulers: { files: ['src/jobs/schedulers/**/*.ts'], may: ['domain', 'app'] },
  api: { files: ['src/api/**/*.ts'], may: ['domain', 'app'] },
};

// How an import names each layer: relative specifiers, matched gitignore-style.
const LAYER_PATTERNS = {
  domain: ['**/domain/**'],
  db: ['**/db/**'],
  'policy-data': ['**/policy-data/**'],
  jobs: ['**/jobs/**'],
  schedulers: ['**/jobs/schedulers/**', '**/schedulers/**'],
  app: ['**/app/**'],
  api: ['**/api/**'],
  cli: ['**/cli/**'],
  server: ['**/server.ts'],
};

function layerRules(name, { files, ignores = [], may }) {
  const refused = Object.keys(LAYER_PATTERNS).filter((l) => l !== name && !may.includes(l));
  const patterns = refused.map((l) => ({
    group: LAYER_PATTERNS[l],
    message: `dependency map: src/${name} may import only ${[name, ...may].join(', ')} (docs/ARCHITECTURE.md).`,
  }));
  patterns.push({
    group: ['**/config.ts'],
    allowTypeImports: true,
    message: 'configuration reaches use cases through their dependencies (AppDeps.config), not by import.',
  });
  const paths =
    name === 'domain'
      ? ioModules.map((n) => ({ name: n, message: 'src/domain is pure: no I/O imports.' }))
      : [];
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

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
  ...Object.entries(LAYERS).map(([name, layer]) => layerRules(name, layer)),
  {
    // The web app runs in the browser: of our server code it may import only the domain's shared schemas and rules.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['api', 'app', 'db', 'jobs', 'cli', 'policy-data'].map((l) => `**/src/${l}/**`),
              message:
                'dependency map: web may import only src/domain (shared schemas), never src/api, src/app, src/db.',
            },
            {
              group: ['**/src/server.ts', '**/src/config.ts'],
              message: 'dependency map: web may import only src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/domain is pure: no network.' },
        { name: 'process', message: 'src/domain is pure: pass configuration in.' },
      ],
    },
  },
);
