// Builds dist/ once per test run, for tests that run the real installed command (bin/yusuan.js).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
let built = false;

export function buildOnce(): void {
  if (built || process.env['YUSUAN_TEST_BIN']) return;
  execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  built = true;
}

/** The command under test; YUSUAN_TEST_BIN runs the tests against another build (e.g. an older one). */
export const BIN = process.env['YUSUAN_TEST_BIN'] ?? resolve(ROOT, 'bin/yusuan.js');
