import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', '.tmp/', 'node_modules/', 'bench/tmp/', 'docs/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: the extension CSP forbids it.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: the extension CSP forbids it.',
        },
      ],
    },
  },
  {
    // utils/ is the product's pure logic: platform APIs come in as parameters (STYLE.md).
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'document', 'window', 'localStorage'],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'indexedDB'],
      // Components take data and callbacks as props; types may still be shared.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', allowTypeImports: true },
            { name: 'idb', allowTypeImports: true },
          ],
          patterns: [{ group: ['**/utils/db/*'], allowTypeImports: true }],
        },
      ],
    },
  },
);
