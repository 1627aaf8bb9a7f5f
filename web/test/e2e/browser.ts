// Browser-test support: Debian's Chromium through playwright-core, the web app built once (rebuilt
// when its sources are newer than web/dist), screenshots at desktop and phone sizes into the
// gitignored web/test/screenshots, axe-core's serious and critical violations, signing in, and the
// checks every main page gets (no overflow at phone width, no serious axe violation, screenshots).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM } from '../../../src/test-support/tools';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB = join(ROOT, 'web');
export const DIST = join(WEB, 'dist');
export const SHOTS = join(WEB, 'test', 'screenshots');
export { CHROMIUM, hasChromium } from '../../../src/test-support/tools';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds web/dist unless it is newer than every source file. */
export function ensureWebBuilt(): void {
  const index = join(DIST, 'index.html');
  const sources = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(WEB, 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  // as `npm run build:web` does: the Brotli and gzip copies the server sends
  execFileSync(process.execPath, [join(ROOT, 'scripts/compress-web.mjs')], { cwd: ROOT, stdio: 'ignore' });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** Full-page screenshots of the current page at desktop and phone width. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize() ?? DESKTOP;
  for (const [suffix, vp] of [
    ['1366', DESKTOP],
    ['390', PHONE],
  ] as const) {
    await page.setViewportSize(vp);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(SHOTS, `${name}-${suffix}.png`), fullPage: false });
  }
  await page.setViewportSize(size);
}

/** Elements wider than the viewport at phone width (horizontal overflow outside scroll containers). */
export async function overflowAtPhoneWidth(page: Page): Promise<string[]> {
  const size = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  // A popup still closing (Ant Design's `…-leave` motion, e.g. a select's dropdown placed at the
  // desktop width) is not page layout: wait until its animation has ended and it is hidden.
  await page
    .waitForFunction(() => !document.querySelector('[class*="-leave"]'), undefined, { timeout: 5000 })
    .catch(() => undefined);
  const wide = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= w) return [];
    // Name the outermost elements that stick out (not inside a scrolling container).
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (el.getBoundingClientRect().right <= w + 1) continue;
      let p = el.parentElement;
      let clipped = false;
      while (p && !clipped) {
        const o = getComputedStyle(p).overflowX;
        clipped = o === 'auto' || o === 'scroll' || o === 'hidden';
        p = p.parentElement;
      }
      if (!clipped)
        out.push(`${el.tagName.toLowerCase()}.${el.className.toString().split(' ').slice(0, 2).join('.')}`);
    }
    return [`document ${document.documentElement.scrollWidth}px > ${w}px`, ...out.slice(0, 6)];
  });
  await page.setViewportSize(size);
  return wide;
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the current page. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A new page of `context`, signed in through the login form (the work area opens). */
export async function signIn(
  context: BrowserContext,
  url: string,
  user: { name: string; password: string },
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(user.name);
  await page.getByLabel('密码').fill(user.password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
  await page.waitForURL(/\/work/);
  return page;
}

/** What every main page is held to: nothing sticks out at phone width, no serious or critical axe
 * violation; then its screenshots at both sizes. */
export async function checkPage(page: Page, name: string): Promise<void> {
  expect(await overflowAtPhoneWidth(page), `${name}: horizontal overflow at 390px`).toEqual([]);
  expect(await axeSerious(page), `${name}: axe serious/critical`).toEqual([]);
  await screenshots(page, name);
}

/** The address of the first draft department budget in a signed-in unit's list of documents. */
export async function draftHref(page: Page): Promise<string> {
  const draft = page
    .locator('.ant-table-row')
    .filter({ hasText: '草稿' })
    .filter({ hasText: '部门预算' })
    .locator('a')
    .first();
  await draft.waitFor();
  return (await draft.getAttribute('href')) ?? '';
}
