// Lint rules, including the architecture's arrows (eslint-layers.js): every folder imports only the
// folders below it in style.md's layout, pure folders touch no I/O, test-support stays out of production.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { resolve } from 'node:path';
import { layersConfig, webLayersConfig } from './eslint-layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.dev-build/**',
      'src/**/__fixtures__/**',
      'node_modules/**',
      'artifacts/**',
      'bin/**',
      'scripts/**',
      '*.config.*',
      'eslint-layers.js',
      'web/dist/**',
      'web/.dev-data/**',
      'web/test/screenshots/**',
      'web/*.config.*',
      'web/src/api/schema.d.ts',
    ],
  },
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
  layersConfig(resolve(import.meta.dirname, 'src')),
  webLayersConfig(resolve(import.meta.dirname, 'web'), resolve(import.meta.dirname, 'src')),
);
