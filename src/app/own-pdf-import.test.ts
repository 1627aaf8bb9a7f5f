// A PDF yusuan publishes (HTML printed by Chromium) imports again as the document it came from: the
// same kind, template, tables and headline totals. Chromium's PDFs name shared CJK glyphs by their
// radicals (部⻔, ⼀, ⽀出), which the PDF reader reads as the ideographs. Skipped when Chromium is not
// installed. Not yet an identity: the HTML layout's contents read differently, and an empty table
// prints 本表无数据 where the document has a blank 合计 row. A header caption repeated at the top of a
// page on a line of its own (科目编码 … 支出预算) does not end the table.
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../test-support/tools.js';
import { importBytes } from '../importers/index.js';
import { renderHtml } from '../publishers/html/index.js';
import { readPdfData } from '../platform/pdf-data.js';
import { corpusDoc } from '../test-support/fixtures.js';
import { shanghaiDoc } from '../test-support/shanghai.js';
import type { BudgetDocument } from '../core/model/document.js';
import type { Decimal } from '../core/decimal.js';
import { chromiumPrinter } from './node-ports.js';
import { summarize } from './summary.js';

const totals = (d: BudgetDocument): Record<string, string | null> => {
  const t: Record<string, Decimal | null> = { ...summarize(d).totals };
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v ? v.toString() : null]));
};

describe.skipIf(!hasChromium)('a PDF yusuan published, imported again', () => {
  it.each(['shangwuwei', 'beijing'] as const)(
    '%s: same kind, template, tables and totals',
    async (name) => {
      const doc = name === 'beijing' ? corpusDoc('beijing') : await shanghaiDoc(name);
      const pdf = await chromiumPrinter.print(renderHtml(doc));
      const again = await importBytes(pdf, { fileName: `${name}.pdf`, ports: { pdfData: readPdfData } });
      if (!again.ok) throw new Error(again.error.message);
      const d = again.document;
      expect([d.kind, d.template, d.year]).toEqual([doc.kind, doc.template, doc.year]);
      if (!('tables' in d) || !('tables' in doc)) throw new Error('not tabled');
      expect(Object.keys(d.tables).sort()).toEqual(Object.keys(doc.tables).sort());
      expect(totals(d)).toEqual(totals(doc));
      if (name === 'shangwuwei') {
        const rows = (x: BudgetDocument) =>
          'tables' in x ? x.tables.expenditure?.shape === 'amounts' && x.tables.expenditure.rows.length : 0;
        expect(rows(d)).toBe(rows(doc));
      }
    },
    120_000,
  );
});
