// Whether the tests that need an outside tool run. On a developer's machine without it they skip;
// in CI (CI=true, set by .ci/run) they always run, so that a missing tool fails them instead of
// skipping them silently.
import { existsSync } from 'node:fs';

export const IN_CI = process.env['CI'] === 'true';

/** Debian's Chromium (or YUSUAN_CHROMIUM): PDF output and the browser tests. */
export const CHROMIUM = process.env['YUSUAN_CHROMIUM'] ?? '/usr/bin/chromium';

export const hasChromium = IN_CI || existsSync(CHROMIUM);
