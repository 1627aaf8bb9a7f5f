// Once before every test file: the library built into dist/ (for the tests that run the installed
// command) and the web app into web/dist (when its sources are newer), so that test files running side
// by side never build either at the same time, nor while another file's processes run from it.
import { BUILT_ENV, buildOnce } from '../../src/test-support/build';
import { ensureWebBuilt } from './e2e/browser';

export default function setup(): void {
  buildOnce();
  process.env[BUILT_ENV] = '1';
  ensureWebBuilt();
}
