// @ts-check
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import tseslint from 'typescript-eslint';

/**
 * The layout's arrows (shared/STYLE.md): app -> features -> components/lib/contract -> domain,
 * mocks -> contract and domain. Inside lib, by concern: scheduling (when code runs and loads)
 * needs nothing; the API client needs scheduling; live updates need the API client, and language
 * the API client and scheduling;
 * the provider (lib's own files) ties them all together. The credits query (features/credits/api)
 * is the one part of a feature the others read: one query for every reader. Everything not
 * allowed below is an error.
 */
const elements = [
  { type: 'domain', pattern: 'src/domain', partialMatch: false },
  { type: 'contract', pattern: 'src/contract', partialMatch: false },
  { type: 'mocks', pattern: 'src/mocks', partialMatch: false },
  { type: 'lib-scheduling', pattern: 'src/lib/scheduling', partialMatch: false },
  { type: 'lib-api', pattern: 'src/lib/api', partialMatch: false },
  { type: 'lib-live', pattern: 'src/lib/live', partialMatch: false },
  { type: 'lib-i18n', pattern: 'src/lib/i18n', partialMatch: false },
  { type: 'lib', pattern: 'src/lib', partialMatch: false },
  { type: 'components', pattern: 'src/components', partialMatch: false },
  { type: 'credits-api', pattern: 'src/features/credits/api', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['name'] },
  { type: 'app', pattern: 'src/app', partialMatch: false },
  { type: 'testing', pattern: 'src/testing', partialMatch: false },
  // The package's stylesheets (tokens, shared helpers): CSS only, loaded by the provider and the app.
  { type: 'styles', pattern: 'src/styles', partialMatch: false },
  // Last, so it only claims files straight under src/ (the entry, ambient declarations).
  { type: 'app', pattern: 'src', partialMatch: false },
];

/** Every part of lib, and what every layer above the domain may read. */
const LIB = ['lib', 'lib-scheduling', 'lib-api', 'lib-live', 'lib-i18n'];
const base = ['contract', 'domain'];

const to = (/** @type {string[]} */ ...types) => ({ to: { element: { types: { anyOf: types } } } });

const layerPolicies = [
  { from: { element: { type: 'domain' } }, allow: to('domain') },
  { from: { element: { type: 'contract' } }, allow: to('domain') },
  { from: { element: { type: 'lib-scheduling' } }, allow: to('lib-scheduling') },
  { from: { element: { type: 'lib-api' } }, allow: to('lib-api', 'lib-scheduling', ...base) },
  { from: { element: { type: 'lib-live' } }, allow: to('lib-live', 'lib-api', ...base) },
  {
    from: { element: { type: 'lib-i18n' } },
    allow: to('lib-i18n', 'lib-api', 'lib-scheduling', ...base),
  },
  { from: { element: { type: 'lib' } }, allow: to(...LIB, ...base, 'styles') },
  { from: { element: { type: 'credits-api' } }, allow: to('credits-api', ...LIB, ...base) },
  { from: { element: { type: 'components' } }, allow: to(...LIB, 'domain') },
  { from: { element: { type: 'mocks' } }, allow: to('contract', 'domain') },
  {
    from: { element: { type: 'feature' } },
    allow: [
      to('components', 'credits-api', ...LIB, ...base),
      // Only its own folder: features never import each other (the credits query aside, above).
      {
        to: {
          element: { type: 'feature', captured: { name: '{{ from.element.captured.name }}' } },
        },
      },
    ],
  },
  {
    from: { element: { type: 'app' } },
    allow: to('app', 'feature', 'credits-api', 'components', ...LIB, ...base, 'mocks', 'styles'),
  },
  {
    from: { element: { type: 'testing' } },
    allow: to('testing', 'feature', 'credits-api', 'components', ...LIB, ...base, 'mocks', 'app'),
  },
  // Stories and tests sit beside the code they cover and may also reach the mock and test kit.
  { from: { file: { categories: 'test-or-story' } }, allow: to('mocks', 'testing') },
];

export default defineConfig(
  globalIgnores([
    'dist',
    'dist-*',
    'storybook-static',
    'playwright-report',
    'test-results',
    'coverage',
    'reports',
    'public/mockServiceWorker.js',
    // The host app's own sources are checked against the installed tarball by its own compiler
    // (scripts/host-example.ts prepare); before that step they cannot resolve the package.
    'examples/host/node_modules',
    'examples/host/src',
    // Likewise the Next.js host's app and config, checked by `next build` (its tsconfig.json);
    // its Playwright spec (e2e/) is linted here.
    'examples/next-host/node_modules',
    'examples/next-host/.next',
    'examples/next-host/app',
    'examples/next-host/*.ts',
  ]),
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // One order for imports, fixable by `eslint --fix`: packages, then our `@/` modules, then
    // parent and sibling files, each alphabetised. Side-effect imports (the CSS) stay where they
    // are: their order is the order of the styles.
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/internal-regex': '^@/' },
    rules: {
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'ignore',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  // This config is the only JavaScript file and sits in no tsconfig.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['src/**/*.{ts,tsx}', '.storybook/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs['flat/recommended']],
  },
  {
    // .storybook, e2e and scripts stand outside the layers and may import any of them.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': elements,
      'boundaries/files': [
        { category: 'test-or-story', pattern: ['**/*.test.{ts,tsx}', '**/*.stories.{ts,tsx}'] },
      ],
      'boundaries/legacy-templates': false,
      // Dynamic imports too: the app loads the mock lazily, and nothing else may.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
  {
    // The app is the package's first consumer: it reaches the components, hooks and mock only
    // through the public entries, exactly as a host app does (src/index.ts, src/mock-browser.ts).
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.stories.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/(features|lib|components|contract|domain|mocks|testing)(/|$)',
              message:
                "The app imports only what the package exports: use '@/index' (or '@/mock-browser' for the mock backend).",
            },
          ],
        },
      ],
    },
  },
  {
    // Every word a person sees or hears comes from a message catalog (issue 25): text in JSX and
    // the attributes that are read out or shown. Stories and tests may write the words they look for.
    files: ['src/**/*.tsx'],
    ignores: ['**/*.test.tsx', '**/*.stories.tsx', 'src/docs/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-valuetext',
              'aria-roledescription',
              'title',
              'alt',
              'placeholder',
              'label',
            ],
          },
        },
      ],
    },
  },
  storybook.configs['flat/recommended'],
);
