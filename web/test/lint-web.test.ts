// web/ imports only its own files and the core model's types: a value import of core, or any import
// of another folder of src/, fails lint; type-only imports of core pass.
import { ESLint } from 'eslint';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { webLayersConfig } from '../../eslint-layers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { languageOptions: { parser: tseslint.parser, sourceType: 'module' } },
    webLayersConfig(resolve(root, 'web'), resolve(root, 'src')),
  ],
});

async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('lint: what web/ may import', () => {
  it.each([
    ['web/src/x.ts', "import { Decimal } from '../../src/core/decimal.js';", 'only with `import type`'],
    ['web/src/a/x.tsx', "import { review } from '../../../src/rules/engine.js';", 'only its own files'],
    ['web/src/a/x.tsx', "import type { Finding } from '../../../src/rules/rule.js';", 'only its own files'],
    ['web/src/a/x.tsx', "export { startServer } from '../../../src/server/index.js';", 'only its own files'],
  ])('%s: %s fails', async (path, code, message) => {
    const messages = await lint(path, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each([
    ['web/src/x.ts', "import type { Decimal } from '../../src/core/decimal.js';"],
    ['web/src/a/x.ts', "import { type Amount } from '../../../src/core/model/common.js';"],
    ['web/src/a/x.tsx', "import { api } from '../api';"],
    ['web/src/a/x.tsx', "import { Button } from 'antd';"],
  ])('%s: %s passes', async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
