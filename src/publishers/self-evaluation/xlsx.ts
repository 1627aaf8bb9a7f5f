// The self-evaluation forms as an Excel workbook: the summary sheet, then a sheet per target, written
// by the same grid writer as the disclosure workbook; the form's labels bold on grey. Pure: the
// workbook's dates are the given one, so the same evaluation always gives the same bytes.

import ExcelJS from 'exceljs';
import type { DocumentEvaluation } from '../../core/model/performance.js';
import { writeGrid } from '../xlsx/sheet.js';
import { stampZipEntries } from '../xlsx/zip-dates.js';
import { evaluationForms } from './grid.js';

const LABEL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;

export async function renderSelfEvaluationXlsx(ev: DocumentEvaluation, created?: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const date = created ?? new Date(Date.UTC(ev.year ?? 2000, 11, 31));
  wb.creator = 'yusuan';
  wb.created = date;
  wb.modified = date;
  for (const form of evaluationForms(ev)) {
    const ws = wb.addWorksheet(form.grid.sheet);
    writeGrid(ws, form.grid);
    const first = form.grid.caption.length + 1;
    for (const [r, c] of form.labels) {
      const cell = ws.getCell(first + r, c + 1);
      cell.font = { bold: true };
      cell.fill = LABEL_FILL;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return stampZipEntries(new Uint8Array(buffer), date);
}
