// The persistent printer in real Chromium: several demo department budgets printed on one browser
// (one launch), real PDFs (pages from pdfinfo, figures and names from pdftotext), a browser that dies
// between documents replaced without losing the next print, and close() leaving no browser behind.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../test-support/tools.js';
import { demoDocument } from '../demo/index.js';
import { keyTotals } from '../core/model/access.js';
import { renderHtml } from '../publishers/html/index.js';
import { CHROMIUM_PATH, persistentPrinter } from './chromium-pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'yusuan-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfFacts(name: string, pdf: Uint8Array): { pages: number; text: string } {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  return { pages, text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }) };
}

const docs = [0, 11, 39].map((i) => demoDocument(i, 2025, { defects: false }));

describe.skipIf(!hasChromium)(
  'persistent printer (one browser, a page per document)',
  { timeout: 180_000 },
  () => {
    it('prints several department budgets on one browser, each a complete PDF', async () => {
      const printer = persistentPrinter();
      try {
        const pdfs = await Promise.all(docs.map((d) => printer.print(renderHtml(d))));
        expect(printer.launches).toBe(1);
        pdfs.forEach((pdf, i) => {
          const doc = docs[i];
          if (!doc) throw new Error('no doc');
          const { pages, text } = pdfFacts(`doc-${i}`, pdf);
          expect(pages).toBeGreaterThan(5);
          expect(text).toContain(doc.department?.value ?? '?');
          expect(text).toContain('2025年部门收支总体情况表');
          expect(text).toContain(keyTotals(doc).expenditure?.toGrouped(2) ?? '?');
        });
      } finally {
        await printer.close();
      }
    });

    it('starts a new browser when the one it had died, and the print still succeeds', async () => {
      const started: Browser[] = [];
      const printer = persistentPrinter({
        launch: async () => {
          const b = await chromium.launch({
            executablePath: CHROMIUM_PATH,
            args: ['--headless', '--no-sandbox'],
          });
          started.push(b);
          return b;
        },
      });
      try {
        const html = renderHtml(docs[0] ?? demoDocument(0, 2025));
        expect(pdfFacts('first', await printer.print(html)).pages).toBeGreaterThan(5);
        await started[0]?.close(); // the browser goes away between documents
        const again = pdfFacts('after-crash', await printer.print(html, { footerNote: '注：重印' }));
        expect(again.pages).toBeGreaterThan(5);
        expect(again.text).toContain('注：重印');
        expect(printer.launches).toBe(2);
      } finally {
        await printer.close();
      }
      expect(started.every((b) => !b.isConnected())).toBe(true);
    });
  },
);
