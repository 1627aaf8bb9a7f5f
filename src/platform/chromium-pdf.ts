// Printing HTML to PDF (and screenshots) through a headless Chromium driven by playwright-core.
// Effectful: it starts a browser process. The browser is the system one (/usr/bin/chromium, or
// YUSUAN_CHROMIUM); nothing is downloaded. CJK glyphs come from the system fonts (fonts-noto-cjk).

import { access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { YusuanError } from '../core/errors.js';
import { esc } from '../publishers/html/index.js';

export const CHROMIUM_PATH = process.env['YUSUAN_CHROMIUM'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export type PdfFailure = 'browser-missing' | 'browser-failed';

/** Chromium is missing or failed: the PDF printer is unavailable (code `unavailable`). */
const pdfError = (reason: PdfFailure, message: string) => new YusuanError('unavailable', message, { reason });

export async function chromiumAvailable(path = CHROMIUM_PATH): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` with a fresh browser and always closes it. */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  if (!(await chromiumAvailable())) {
    throw pdfError(
      'browser-missing',
      `未找到 Chromium（${CHROMIUM_PATH}），无法生成 PDF；请安装 chromium 或设置 YUSUAN_CHROMIUM`,
    );
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (e) {
    throw pdfError('browser-failed', `Chromium 启动失败：${firstLine(e)}`);
  }
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** A footer with page numbers (and a note, e.g. the unresolved-errors mark) in the page's margin. */
function footer(note: string | undefined): string {
  const mark = note ? `<span style="color:#9b1c1c">${esc(note)}</span>\u3000` : '';
  return (
    '<div style="width:100%;font-size:8px;color:#666;text-align:center;' +
    'font-family:Noto Sans CJK SC,sans-serif">' +
    `${mark}<span class="pageNumber"></span> / <span class="totalPages"></span></div>`
  );
}

export interface PdfOptions {
  /** Printed in every page's footer beside the page number. */
  footerNote?: string;
}

/**
 * The HTML printed to PDF: A4 (landscape where the page's CSS asks for it, i.e. the wide target
 * tables), backgrounds printed, page numbers in the footer.
 */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  return withBrowser(async (browser) => {
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: footer(options.footerNote),
      });
      return new Uint8Array(pdf);
    } catch (e) {
      throw pdfError('browser-failed', `PDF 生成失败：${firstLine(e)}`);
    }
  });
}

export interface ScreenshotOptions {
  width: number;
  height?: number;
  fullPage?: boolean;
}

/** A PNG of the page as a screen of the given width shows it (for visual checks and tests). */
export async function screenshotHtml(html: string, options: ScreenshotOptions): Promise<Uint8Array> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: { width: options.width, height: options.height ?? 900 } });
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.screenshot({ fullPage: options.fullPage ?? false, type: 'png' }));
  });
}
