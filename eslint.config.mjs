// Flat ESLint config. Module boundaries are enforced in two dimensions (see docs/conventions.md):
//  - type: app | contracts | data-access | util | testing
//  - scope: orders | escrow | delivery | disputes | notifications | console | shared
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist', '**/node_modules', '.var/**', 'tools/kafka/.cache/**', 'coverage/**', 'test-output/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            // Apps never import apps; they use contracts and platform libraries.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util', 'type:testing'] },
            // The contracts library depends on nothing of ours: it is the only coupling between services.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // type:testing is allowed here for *tests* only: the rule below bans it from production files.
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util', 'type:testing'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util', 'type:testing'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:orders', onlyDependOnLibsWithTags: ['scope:orders', 'scope:shared'] },
            { sourceTag: 'scope:escrow', onlyDependOnLibsWithTags: ['scope:escrow', 'scope:shared'] },
            { sourceTag: 'scope:delivery', onlyDependOnLibsWithTags: ['scope:delivery', 'scope:shared'] },
            { sourceTag: 'scope:disputes', onlyDependOnLibsWithTags: ['scope:disputes', 'scope:shared'] },
            { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='forwardRef']", message: 'forwardRef hides a dependency cycle: restructure instead.' },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through the validated config (libs/platform/config), never process.env.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@trustcircle/*/src/**', '@trustcircle/*/**/*'], message: "Import a library through its public index ('@trustcircle/<lib>')." }] },
      ],
    },
  },
  {
    // Production code never imports the testing library.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**', '**/testing/**', 'libs/platform/testing/**', 'libs/platform/service-testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@trustcircle/testing', message: 'The testing library is for tests only.' },
            { name: '@trustcircle/service-testing', message: 'The service test kit is for tests only.' },
          ],
          patterns: [{ group: ['@trustcircle/*/src/**', '@trustcircle/*/**/*'], message: "Import a library through its public index ('@trustcircle/<lib>')." }],
        },
      ],
    },
  },
  {
    // The config library is the one place that reads the environment; tooling scripts and tests set it up.
    files: ['libs/platform/config/src/**/*.ts', 'libs/platform/devstack/**/*.ts', 'tools/**/*.ts', 'test/**/*.ts', 'apps/**/testing/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'libs/platform/testing/**/*.ts', 'libs/platform/service-testing/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='forwardRef']", message: 'forwardRef hides a dependency cycle.' }] },
  },
  {
    files: ['tools/**/*.ts', 'tools/**/*.mjs', 'test/**/*.ts', 'libs/platform/testing/**/*.ts', 'libs/platform/devstack/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
