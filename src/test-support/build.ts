// Builds dist/ once per test run, for tests that run the real installed command (bin/yusuan.js).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
let built = false;

/**
 * Set by the test run's global setup once it has built dist/ (web/test/global-setup.ts): test files
 * then never build it again while others' child processes are running from it.
 */
export const BUILT_ENV = 'YUSUAN_TEST_DIST_BUILT';

export function buildOnce(): void {
  if (built || process.env['YUSUAN_TEST_BIN'] || process.env[BUILT_ENV]) return;
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
