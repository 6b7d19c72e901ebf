import js from '@eslint/js'
import { readdirSync } from 'node:fs'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Imports flow one way: domain -> store/browser -> features/components -> app. Each layer names what it may not
// import. A later block's no-restricted-imports replaces an earlier one's, so every block carries the zod rule too.
const ZOD_MINI_ONLY = {
  regex: '^zod(?!/mini$)(/|$)',
  message:
    "Import zod as 'zod/mini' (through src/domain/common/zod-setup.ts): classic zod would add about 23 kB to the page.",
}
const loadsLocaleData = (name) =>
  `${name} loads locale data on first use: write counts with formatCount (src/domain/common/format-count.ts) and dates with long-date.ts.`
const layerRule = (patterns) => ['error', { patterns: [...patterns, ZOD_MINI_ONLY] }]
const upward = (names, message) => ({ regex: `(^|/)(${names.join('|')})(/|$)`, message })
const subfolders = (folder) =>
  readdirSync(new URL(folder, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

const DOMAIN_ONLY = [
  {
    regex: '^(?!zod(/|$)|papaparse$|\\.\\.?/)',
    message: 'src/domain may import only zod, pure data libraries (papaparse) and other domain modules.',
  },
  upward(['store', 'browser', 'features', 'components', 'app'], 'src/domain may import only itself.'),
]

// Domain folders in the order they may import: a file imports its own folder or an earlier one, never a later one.
const DOMAIN_ORDER = [
  'common',
  'live',
  'dora',
  'bank',
  'routes',
  'scoring',
  'formats',
  'team',
  'exports',
  'plan',
  'coach',
  'storage',
]
const unordered = subfolders('./src/domain').filter((folder) => !DOMAIN_ORDER.includes(folder))
if (unordered.length > 0) {
  throw new Error(`eslint.config.js: give src/domain/${unordered.join(', ')} a place in DOMAIN_ORDER`)
}
const domainOrderBlocks = DOMAIN_ORDER.map((folder, index) => {
  const later = DOMAIN_ORDER.slice(index + 1)
  return {
    files: [`src/domain/${folder}/**/*.ts`],
    // Tests may cross the order: a fixture or round-trip test reads a format through the modules that use it.
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layerRule([
        ...DOMAIN_ONLY,
        ...(later.length === 0
          ? []
          : [
              {
                regex: `^(\\.\\./)+(${later.join('|')})(/|$)`,
                message: `src/domain/${folder} may import only itself and the domain folders before it, in the order ${DOMAIN_ORDER.join(' -> ')}.`,
              },
            ]),
      ]),
    },
  }
})

// One block per feature: a feature imports no other feature; what two share moves to components/ or below.
const featureBlocks = subfolders('./src/features').map((feature, _index, features) => {
  const others = features.filter((other) => other !== feature)
  return {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': layerRule([
        upward(['app'], 'Features and components may not import the app.'),
        {
          regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)`,
          message: `src/features/${feature} may not import another feature: move what both need to src/components or to a module both may import.`,
        },
      ]),
    },
  }
})

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'tests/.artifacts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A question's fieldset is a radio group, the role that can carry aria-invalid (jsx-a11y's recommended set
      // allows it; its strict set does not).
      'jsx-a11y/no-noninteractive-element-to-interactive-role': ['error', { fieldset: ['radiogroup'] }],
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': layerRule([]) },
  },
  {
    // The first use of locale formatting in a page loads locale data in the task that asks for it: 35-90 ms for
    // numbers, about 150 ms for dates on a slow phone (docs/performance.md). The app writes English only, by hand.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].map((property) => ({
          property,
          message: loadsLocaleData(property),
        })),
      ],
      'no-restricted-globals': ['error', { name: 'Intl', message: loadsLocaleData('Intl') }],
    },
  },
  {
    files: ['vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The domain is plain TypeScript: only zod, pure data libraries and its own modules.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': layerRule(DOMAIN_ONLY) },
  },
  ...domainOrderBlocks,
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule([
        upward(['features', 'components', 'app'], 'The store may import only the domain.'),
        { regex: '^(react-dom|recharts|react-hook-form)', message: 'The store holds state, not UI.' },
      ]),
    },
  },
  {
    // Browser glue (the hash router, file downloads): no UI of its own, so it sits below features and components.
    files: ['src/browser/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule([
        upward(['store', 'features', 'components', 'app'], 'src/browser may import only the domain.'),
      ]),
    },
  },
  ...featureBlocks,
  {
    // Shared pieces serve every feature, so they never depend on one.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule([
        upward(['app'], 'Features and components may not import the app.'),
        upward(['features'], 'Components are shared by features and may not import one.'),
      ]),
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
)
