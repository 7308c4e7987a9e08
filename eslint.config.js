// @ts-check
// ESLint flat config: typescript-eslint's type-checked rules over every TypeScript file of the
// repository, typed by the project service from tsconfig.json. Prettier owns the layout, so
// eslint-config-prettier comes last and turns off every stylistic rule that could disagree with it.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Installed code, and what runs write (reports/ is output only).
    ignores: ['node_modules/', 'dist/', 'test-results/', 'scratch/', 'blob-report/', 'reports/'],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      // An eslint-disable comment that no longer silences anything is an error, so none outlives its reason.
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Kept on, but an empty object pattern is allowed as a parameter: Playwright reads a test
      // function's first parameter as its fixtures and requires a destructuring there (`async ({}, testInfo) =>`).
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Kept on, with the convention tsc's noUnusedLocals/noUnusedParameters already follow here: a
      // leading underscore marks a binding left unused on purpose (`const { id: _id, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The config files are JavaScript, outside tsconfig.json's include: linted without type information.
    files: ['**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // dependency-cruiser reads its configuration as CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  prettier,
);
