// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', 'test-artifacts/**', 'bench-results/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Config fields list known API values beside `string` on purpose: documentation for readers, open to new values.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    // The GitHub Action's step script and the build scripts run as plain JavaScript: lint them without type information.
    files: ['action/**/*.mjs', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Checks are pure: they see only the model, the NPRM catalog and the check API.
    files: ['checks/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@aws-sdk/*', '@azure/*', '@google-cloud/*', 'node:*', '**/providers/**', '**/reports/**', '**/cli/**'], message: 'checks may import only src/model, src/nprm and src/engine/check-api' },
        ],
      }],
    },
  },
  {
    files: ['providers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/checks/**', '**/reports/**', '**/cli/**'], message: 'providers produce resources; they know nothing of checks or reports' }] }],
    },
  },
  {
    files: ['reports/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/checks/**', '**/providers/**', '**/cli/**', 'node:fs', 'node:fs/*'], message: 'reporters are pure functions of the JSON report' }] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
