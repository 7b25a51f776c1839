import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const realClock = [
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Inject a Clock; never read the real clock here.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject a Clock; never read the real clock here.' },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'src/web/dist', 'screenshots', '*.config.*', '.dependency-cruiser.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (DESIGN.md naming).' }],
    },
  },
  {
    // DESIGN: core is pure. No I/O, no real clock, no environment.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }, ...realClock],
      'no-restricted-globals': ['error', { name: 'process', message: 'core reads no environment.' }, { name: 'fetch', message: 'core does no I/O.' }],
      'no-restricted-imports': ['error', { patterns: ['node:fs', 'node:net', 'node:http', 'node:child_process', 'fs', 'pg', '@electric-sql/*', 'fastify', 'drizzle-orm*'] }],
    },
  },
  {
    // views: the API's response shapes, shared by the presenters and the web. Types only
    // (erased from both builds) and browser-safe: relative imports of core types, nothing else.
    files: ['src/views/**/*.ts'],
    ignores: ['src/views/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "ImportDeclaration[importKind='value']", message: 'views are type-only: use `import type`.' },
        { selector: "ExportNamedDeclaration[exportKind='value'], ExportAllDeclaration[exportKind='value']", message: 'views are type-only: export types and interfaces only.' },
        { selector: 'Program > :matches(VariableDeclaration, FunctionDeclaration, ClassDeclaration, ExpressionStatement, TSEnumDeclaration)', message: 'views are type-only: no runtime code.' },
      ],
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\.\\.?/)', message: 'views import only core types (relative paths); no packages or Node built-ins.' }] }],
    },
  },
  {
    // Use cases and jobs take the clock from deps.
    files: ['src/usecases/**/*.ts', 'src/presenters/**/*.ts', 'src/jobs/**/*.ts', 'src/mail/**/*.ts', 'src/storage/**/*.ts', 'src/server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }, ...realClock] },
  },
  {
    // The web app: React's hooks rules (issue 15 item 7), the plugin's recommended set.
    files: ['src/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
