// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const FEATURES = [
  'identity',
  'tickets',
  'queues',
  'members',
  'conversation',
  'audit',
  'sla',
  'live',
  'automation',
  'notifications',
];

/**
 * One-way imports: app → features → (components, lib). Features never import each other or the
 * app; the presentational kit and lib import neither features nor the app.
 */
const importDirection = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; compose them in src/app.',
  })),
  { target: './src/features', from: './src/app', message: 'Nothing imports src/app.' },
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'src/components is a presentational kit.',
  },
  {
    target: './src/lib',
    from: ['./src/app', './src/features', './src/components'],
    message: 'src/lib depends on nothing of the app.',
  },
  { target: './src/testing', from: './src/app', message: 'Test utilities do not depend on the app.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked, jsxA11y.flatConfigs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    settings: {
      'import/resolver': {
        typescript: { project: ['./tsconfig.app.json', './tsconfig.node.json'], noWarnOnMultipleProjects: true },
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      'import/no-restricted-paths': ['error', { zones: importDirection }],
      'import/no-cycle': ['error', { maxDepth: 10 }],
      'import/no-duplicates': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // One styling rule: Mantine props for layout, CSS modules for the rest.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='style'] > JSXExpressionContainer > ObjectExpression",
          message: 'No inline style objects: use Mantine props for layout and a CSS module for the rest.',
        },
      ],
    },
  },
  {
    files: ['vite.config.ts', 'scripts/**', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // A table laid out as blocks and grids (the ticket list's rows, issue 15) says its elements' table roles: with their
  // CSS display changed, browsers may drop the implicit ones (Adrian Roselli, "Tables, CSS Display Properties, and
  // ARIA"). The plugin counts those roles as redundant (thead, tbody) or as an interactive cell's lost role (td).
  {
    files: ['src/**/*.tsx'],
    rules: {
      'jsx-a11y/no-redundant-roles': ['error', { nav: ['navigation'], thead: ['rowgroup'], tbody: ['rowgroup'] }],
      'jsx-a11y/no-interactive-element-to-noninteractive-role': [
        'error',
        { tr: ['none', 'presentation'], canvas: ['img'], td: ['cell'] },
      ],
    },
  },
  // formatting is Prettier's job (`npm run format`); this turns off the ESLint rules that would fight it
  prettier,
);
