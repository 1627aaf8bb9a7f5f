// Browser tests in real Chromium: the PDF of a department budget (pages, text, fonts, landscape
// target tables, the forced-publication mark) and screenshots of the page on a desktop and a phone.
// PNGs and PDFs go to artifacts/publish/ for people to look at. Skipped, with the reason printed,
// only when Chromium is not installed at /usr/bin/chromium (or YUSUAN_CHROMIUM).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../test-support/tools.js';
import { renderHtml } from '../publishers/html/index.js';
import { importDepartment } from '../test-support/corpus.js';
import { CHROMIUM_PATH, htmlToPdf, withBrowser } from './chromium-pdf.js';

if (!hasChromium) console.warn(`浏览器测试已跳过：未找到 Chromium（${CHROMIUM_PATH}）`);

const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../artifacts/publish');
mkdirSync(ARTIFACTS, { recursive: true });

const doc = importDepartment('bangongting');
const html = renderHtml(doc);

function savePdf(name: string, pdf: Uint8Array): string {
  const path = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

const pdftotext = (pdf: string, page?: number): string =>
  execFileSync(
    'pdftotext',
    [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'],
    {
      encoding: 'utf8',
    },
  );

/** Page sizes in points, from pdfinfo (e.g. "595 x 842" portrait A4). */
function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

// Starting Chromium and printing ~35 pages takes seconds; on a busy two-core machine, more.
const SLOW = { timeout: 120_000 };

describe.skipIf(!hasChromium)(
  `PDF through Chromium${hasChromium ? '' : '（已跳过：未找到 Chromium）'}`,
  SLOW,
  () => {
    it('prints 长沙市人民政府办公厅 2024 on A4, target tables landscape, with its figures and CJK fonts', async () => {
      const path = savePdf('bangongting', await htmlToPdf(html));
      const sizes = pageSizes(path);
      expect(sizes.length).toBeGreaterThan(5);
      const portrait = sizes.filter((s) => Math.round(s.width) === 595 && Math.round(s.height) === 842);
      const landscape = sizes.filter((s) => Math.round(s.width) === 842 && Math.round(s.height) === 595);
      expect(portrait.length).toBeGreaterThan(3);
      expect(landscape.length).toBeGreaterThan(3);
      expect(portrait.length + landscape.length).toBe(sizes.length);

      const text = pdftotext(path);
      for (const s of [
        '6,563.63',
        '部门收支总表',
        '2024年部门收支总体情况表',
        '2024年项目支出绩效目标表',
        '上升2.41%',
        '4,815.97',
      ]) {
        expect(text).toContain(s);
      }
      // Chromium embeds fonts as unnamed Type 3 fonts; the glyphs' choice is checked on screen below.
      expect(text).not.toContain('\ufffd');

      for (const f of readdirSync(ARTIFACTS))
        if (/^bangongting-page-\d+\.png$/.test(f)) rmSync(join(ARTIFACTS, f));
      execFileSync('pdftoppm', ['-r', '60', '-png', path, join(ARTIFACTS, 'bangongting-page')]);
      const pngs = readdirSync(ARTIFACTS).filter((f) => /^bangongting-page-\d+\.png$/.test(f));
      expect(pngs).toHaveLength(sizes.length);
    });

    it('marks a forced publication on the first page and in every page’s footer', async () => {
      const unresolved = [{ message: '三公经费合计 13.00 ≠ 各项之和 13.18', lines: [110] }];
      const path = savePdf(
        'bangongting-forced',
        await htmlToPdf(renderHtml(doc, { unresolvedErrors: unresolved }), {
          footerNote: '本文件含未解决的审核错误 1 项',
        }),
      );
      expect(pdftotext(path, 1)).toContain('本文件含未解决的审核错误 1 项');
      expect(pdftotext(path, 1)).toContain('第 110 行：三公经费合计 13.00 ≠ 各项之和 13.18');
      const last = pageSizes(path).length;
      expect(pdftotext(path, last)).toContain('本文件含未解决的审核错误 1 项');
    });
  },
);

describe.skipIf(!hasChromium)(
  `the page on screens${hasChromium ? '' : '（已跳过：未找到 Chromium）'}`,
  SLOW,
  () => {
    it('fits a 390 px phone: wide tables scroll inside their frame, the row labels stay in view', async () => {
      await withBrowser(async (browser) => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
        await page.setContent(html, { waitUntil: 'load' });
        await page.screenshot({ path: join(ARTIFACTS, 'bangongting-phone-390.png') });

        // Nothing makes the page itself wider than the phone.
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

        // The project target table is wider than the screen and scrolls inside its frame …
        const wrap = page.locator('#t-project-targets .table-wrap');
        // Strings, because the test's TypeScript has no DOM types; they run in the page.
        const WRAP = `document.querySelector('#t-project-targets .table-wrap')`;
        const { scrollWidth, clientWidth } = await page.evaluate<{
          scrollWidth: number;
          clientWidth: number;
        }>(`({ scrollWidth: ${WRAP}.scrollWidth, clientWidth: ${WRAP}.clientWidth })`);
        expect(scrollWidth).toBeGreaterThan(clientWidth * 2);

        // … and after scrolling it, the project name column is still at the frame's left edge.
        await page.evaluate(`${WRAP}.scrollTo({ left: 600 })`);
        const wrapBox = await wrap.boundingBox();
        const label = page.locator('#t-project-targets td.label', { hasText: '110联动经费' });
        await label.scrollIntoViewIfNeeded();
        await page.evaluate(`${WRAP}.scrollTo({ left: 600 })`);
        const labelBox = await label.boundingBox();
        expect(wrapBox && labelBox && Math.abs(labelBox.x - wrapBox.x)).toBeLessThanOrEqual(1);
        await page.screenshot({ path: join(ARTIFACTS, 'bangongting-phone-390-targets-scrolled.png') });
      });
    });

    it('shows the charts and tables on a 1280 px desktop without horizontal scrolling', async () => {
      await withBrowser(async (browser) => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.setContent(html, { waitUntil: 'load' });
        await page.screenshot({ path: join(ARTIFACTS, 'bangongting-desktop-1280.png'), fullPage: true });
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
        // The ten-table part fits: the summary table is not wider than its frame.
        const SUMMARY = `document.querySelector('#t-summary .table-wrap')`;
        expect(await page.evaluate<boolean>(`${SUMMARY}.scrollWidth <= ${SUMMARY}.clientWidth`)).toBe(true);
        // Three donuts and one bar chart, each drawn (non-empty boxes).
        const charts = page.locator('figure.chart svg');
        expect(await charts.count()).toBe(4);
        for (let i = 0; i < 4; i++)
          expect((await charts.nth(i).boundingBox())?.width ?? 0).toBeGreaterThan(150);
      });
    });

    it('draws every glyph of titles, prose, tables and legends with the Noto CJK fonts (no missing glyphs)', async () => {
      await withBrowser(async (browser) => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.setContent(html, { waitUntil: 'load' });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        for (const selector of [
          'h1.department',
          '#s-totals p',
          '#t-income td.label',
          'table.legend td',
          '#t-project-targets td.w-text',
        ]) {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          expect(fonts.length, selector).toBeGreaterThan(0);
          for (const f of fonts) expect(f.familyName, selector).toMatch(/^Noto (Sans|Serif) CJK SC$/);
        }
      });
    });
  },
);
