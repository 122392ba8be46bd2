import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      // All WebCrypto goes through one module, so its algorithms, parameters and
      // non-extractable keys are reviewed in one place (packages/core/src/crypto/README.md).
      // Any `.subtle`, not only `crypto.subtle`: globalThis.crypto, self.crypto,
      // crypto['subtle'] and `const { subtle } = crypto` reach the same object.
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[property.name='subtle']",
          "MemberExpression[property.value='subtle']",
          "ObjectPattern > Property[key.name='subtle']",
        ].map((selector) => ({
          selector,
          message: 'WebCrypto goes through packages/core/src/crypto/webcrypto.ts only.',
        })),
      ],
      // One direction of dependency: core knows nothing of the app or the server,
      // and the app never reaches into the server (architecture.md).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './packages/core',
              from: ['./packages/app', './packages/server'],
              message: 'core must not import app or server code.',
            },
            {
              target: './packages/app',
              from: './packages/server',
              message: 'the app must not import server code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Rules that need the types: a promise nobody waits for or catches is an error that
    // vanishes (the silent-catch rule's other half), and a condition the types say is
    // always true or false is code that lies about what can happen.
    files: [
      'packages/*/src/**/*.{ts,tsx}',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      'vitest.config.ts',
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        // Preact's handlers may return a promise; what it rejects with is caught inside.
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // In the shipped code only: the tests' afterAll guards (`session?.close()` after a
    // beforeAll that may have failed) are deliberate.
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'error' },
  },
  {
    // The one module allowed to call SubtleCrypto (see the rule above).
    files: ['packages/core/src/crypto/webcrypto.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@steady/app', '@steady/server'], message: 'core stands alone.' },
            { group: ['node:*'], message: 'core runs in the browser too: no Node modules.' },
            { group: ['preact', 'preact/*'], message: 'core has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage'],
    },
  },
  {
    files: ['packages/app/**/*.{ts,tsx}'],
    ignores: ['packages/app/build/**', 'packages/app/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@steady/server'], message: 'the app must not import the server.' }],
        },
      ],
    },
  },
  {
    files: ['packages/app/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['packages/app/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: { ...globals.browser },
    },
  },
  {
    files: ['packages/app/build/service-worker.js'],
    languageOptions: {
      globals: { ...globals.serviceworker, __VERSION__: 'readonly', __PRECACHE__: 'readonly' },
    },
  },
);
