// Lint rules, including the architecture's arrows: pure layers may not import effectful ones.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((dir) => ({
            group: [`**/${dir}/**`, `../${dir}/*`, `../../${dir}/*`],
            message: why,
          })),
          ...(why.includes('pure')
            ? [{ group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: why }]
            : []),
        ],
      },
    ],
  },
});

const pureWhy = 'pure layers (core, importers, rules, publishers, scoring) never touch I/O or higher layers';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'bin/**', 'scripts/**', '*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/core/**/*.ts'],
    ['importers', 'rules', 'publishers', 'scoring', 'store', 'app', 'server', 'cli', 'web'],
    pureWhy,
  ),
  layer(
    ['src/importers/**/*.ts', 'src/rules/**/*.ts', 'src/publishers/**/*.ts', 'src/scoring/**/*.ts'],
    ['store', 'app', 'server', 'cli', 'web'],
    pureWhy,
  ),
  layer(['src/app/**/*.ts'], ['server', 'cli', 'web'], 'app composes lower layers; adapters sit above it'),
  {
    files: ['src/**/*.test.ts', 'src/test-support/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
