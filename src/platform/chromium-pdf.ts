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
  const browser = await launchChromium();
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
 * The HTML printed to PDF on a new page of `browser`: A4 (landscape where the page's CSS asks for it,
 * i.e. the wide target tables), backgrounds printed, page numbers in the footer. The page is closed.
 */
async function printOnPage(browser: Browser, html: string, options: PdfOptions): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
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
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** One document with a browser of its own, started and closed for it (about 2.7 s). */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  return withBrowser(async (browser) => {
    try {
      return await printOnPage(browser, html, options);
    } catch (e) {
      throw pdfError('browser-failed', `PDF 生成失败：${firstLine(e)}`);
    }
  });
}

export interface PersistentPrinterOptions {
  /** Pages printed at once on the one browser; more wait their turn. Default 2. */
  concurrency?: number;
  /** Starts the browser; the default launches the system Chromium. */
  launch?: () => Promise<Browser>;
}

/** A printer that keeps one browser for many documents: see `persistentPrinter`. */
export interface PersistentPrinter {
  print(html: string, options?: PdfOptions): Promise<Uint8Array>;
  /** Closes the browser (waiting for the pages being printed); a later print starts a new one. */
  close(): Promise<void>;
  /** How many browsers it has started: 1 in steady state, more after crashes. */
  readonly launches: number;
}

async function launchChromium(): Promise<Browser> {
  if (!(await chromiumAvailable())) {
    throw pdfError(
      'browser-missing',
      `未找到 Chromium（${CHROMIUM_PATH}），无法生成 PDF；请安装 chromium 或设置 YUSUAN_CHROMIUM`,
    );
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (e) {
    throw pdfError('browser-failed', `Chromium 启动失败：${firstLine(e)}`);
  }
}

/**
 * One browser per process, a new page per document (about 0.2–0.4 s each instead of 2.7 s): the
 * browser starts at the first print, is shared by the prints that follow (at most `concurrency`
 * pages at once), and is started again when it has crashed or was closed — a print that fails
 * because the browser died is retried once on a new one. `close()` on shutdown.
 */
export function persistentPrinter(options: PersistentPrinterOptions = {}): PersistentPrinter {
  const launch = options.launch ?? launchChromium;
  const limit = Math.max(1, options.concurrency ?? 2);
  let browser: Promise<Browser> | null = null;
  let launches = 0;
  let active = 0;
  const waiting: (() => void)[] = [];
  const drained: (() => void)[] = [];

  const current = (): Promise<Browser> => {
    if (!browser) {
      launches++;
      const started = launch().then((b) => {
        b.on('disconnected', () => {
          if (browser === started) browser = null;
        });
        return b;
      });
      started.catch(() => {
        if (browser === started) browser = null;
      });
      browser = started;
    }
    return browser;
  };

  const acquire = async () => {
    if (active >= limit) await new Promise<void>((go) => waiting.push(go));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
    if (active === 0) for (const done of drained.splice(0)) done();
  };

  async function attempt(html: string, o: PdfOptions): Promise<Uint8Array> {
    const b = await current();
    try {
      return await printOnPage(b, html, o);
    } catch (e) {
      if (b.isConnected()) throw pdfError('browser-failed', `PDF 生成失败：${firstLine(e)}`);
      throw new BrowserGone(e);
    }
  }

  return {
    get launches() {
      return launches;
    },
    async print(html, o = {}) {
      await acquire();
      try {
        try {
          return await attempt(html, o);
        } catch (e) {
          if (!(e instanceof BrowserGone)) throw e;
          return await attempt(html, o).catch((again: unknown) => {
            throw again instanceof BrowserGone
              ? pdfError('browser-failed', `PDF 生成失败：浏览器意外退出（${firstLine(again.cause)}）`)
              : again;
          });
        }
      } finally {
        release();
      }
    },
    async close() {
      if (active > 0) await new Promise<void>((done) => drained.push(done));
      const b = browser;
      browser = null;
      if (!b) return;
      const opened = await b.catch(() => null);
      await opened?.close().catch(() => undefined);
    },
  };
}

/** A print failed because the browser went away (crashed, killed): worth one retry on a new one. */
class BrowserGone extends Error {
  constructor(cause: unknown) {
    super('browser gone', { cause });
  }
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
