import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Imports flow one way: domain -> store -> features/components -> app. Each layer names what it may not import.
const layerRule = (patterns) => ['error', { patterns }]
const upward = (names, message) => ({ regex: `(^|/)(${names.join('|')})(/|$)`, message })

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
    files: ['vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The domain is plain TypeScript: only zod, pure data libraries and its own modules.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layerRule([
        {
          regex: '^(?!zod(/|$)|papaparse$|\\.\\.?/)',
          message:
            'src/domain may import only zod, pure data libraries (papaparse) and other domain modules.',
        },
        upward(['store', 'browser', 'features', 'components', 'app'], 'src/domain may import only itself.'),
      ]),
    },
  },
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
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule([
        upward(['app'], 'Features and components may not import the app.'),
      ]),
    },
  },
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
