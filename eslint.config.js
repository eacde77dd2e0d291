import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Boundaries from docs/ARCHITECTURE.md, held by the linter rather than by memory.
const noElectron = { name: 'electron', message: 'The engine, shared code and hosts run in plain Node: no electron import.' }

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'tests/.tmp/**', 'tests/whatsapp-double/page/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // CommonJS on purpose: electron-builder loads its configuration and hooks with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ group: ['**/electron/**', '**/renderer/**', 'node:*'], message: 'shared/ is pure: no Node, no electron/, no renderer/.' }] },
      ],
    },
  },
  {
    files: ['electron/engine/**/*.ts', 'electron/shop/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/renderer/**'], message: 'The engine never reaches into the UI.' }] }],
    },
  },
  {
    // One injectable clock (shared/clock.ts) for the engine and the doubles of remote parties: a test that fixes
    // the engine's clock hands the same one to every double, so no result depends on the computer's calendar.
    files: ['electron/engine/**/*.ts', 'tests/payment-doubles/**/*.ts', 'tests/whatsapp-double/server.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the injected clock (shared/clock.ts), not new Date().' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Read the injected clock (shared/clock.ts), not Date.now.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/**'], message: 'The renderer talks to the engine only through the API client.' }] }],
    },
  },
)
