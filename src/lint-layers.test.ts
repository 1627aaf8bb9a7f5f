// The architecture's arrows are enforced: a wrong import in each kind of folder fails lint with the
// rule's message, and the allowed imports pass. Lints source text as if it were at a path in src/.
import { ESLint } from 'eslint';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layersConfig } from '../eslint-layers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { languageOptions: { parser: tseslint.parser, sourceType: 'module' } },
    layersConfig(resolve(root, 'src')),
  ],
});

async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('lint: the arrows of the layout', () => {
  it.each([
    ['src/core/x.ts', "import { review } from '../rules/engine.js';", 'core/ may not import rules/'],
    [
      'src/importers/a/x.ts',
      "import { review } from '../../rules/engine.js';",
      'importers/ may not import rules/',
    ],
    [
      'src/rules/x.ts',
      "import { renderHtml } from '../publishers/html/index.js';",
      'rules/ may not import publishers/',
    ],
    [
      'src/publishers/x.ts',
      "export { importText } from '../importers/index.js';",
      'publishers/ may not import importers/',
    ],
    ['src/scoring/x.ts', "const m = await import('../rules/engine.js');", 'scoring/ may not import rules/'],
    ['src/store/x.ts', "import { loadFile } from '../app/load.js';", 'store/ may not import app/'],
    ['src/platform/x.ts', "import type { Ports } from '../app/ports.js';", 'platform/ may not import app/'],
    ['src/app/x.ts', "import { main } from '../cli/main.js';", 'app/ may not import cli/'],
    ['src/cli/x.ts', "import { review } from '../rules/engine.js';", 'cli/ may not import rules/'],
    ['src/cli/x.ts', "import { Decimal } from '../core/decimal.js';", 'cli/ may not import core/'],
    ['src/cli/x.ts', "import { openStore } from '../store/index.js';", 'cli/ may not import store/'],
    ['src/server/x.ts', "import { openStore } from '../store/index.js';", 'server/ may not import store/'],
    ['src/server/x.ts', "import { main } from '../cli/main.js';", 'server/ may not import cli/'],
    [
      'src/app/x.ts',
      "import { corpusPath } from '../test-support/corpus.js';",
      'production code may not import test-support/',
    ],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';", 'core/ is pure'],
    ['src/importers/x.ts', "import { join } from 'path';", 'importers/ is pure'],
  ])('%s: %s fails', async (path, code, message) => {
    const messages = await lint(path, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each([
    ['src/rules/a/x.ts', "import { keyTotals } from '../../core/model/access.js';"],
    [
      'src/app/x.ts',
      "import { review } from '../rules/engine.js';\nimport { readFile } from 'node:fs/promises';",
    ],
    [
      'src/cli/commands/x.ts',
      "import { loadFile } from '../../app/index.js';\nimport { Command } from 'commander';",
    ],
    ['src/platform/x.ts', "import { esc } from '../publishers/html/index.js';"],
    [
      'src/core/x.test.ts',
      "import { corpusPath } from '../test-support/corpus.js';\nimport { review } from '../rules/engine.js';",
    ],
  ])('%s: allowed imports pass', async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
