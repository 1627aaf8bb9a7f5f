// Once before every test file: the web app built (when its sources are newer than web/dist), so that
// browser test files running side by side never build it at the same time into the same folder.
import { ensureWebBuilt } from './e2e/browser';

export default function setup(): void {
  ensureWebBuilt();
}
