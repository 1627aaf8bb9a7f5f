// The XLSX publisher: a document as an Excel workbook, built with ExcelJS from the same grids as the
// text form. Department budgets get a 说明 sheet (cover, contents, Part 1) and one sheet per standard
// table; key projects one sheet; declaration forms one sheet per form. With unresolved review errors
// an 审核提示 sheet comes first. Pure: model in, bytes out — the workbook's and its ZIP entries' dates are
// the given one, not "now", so the same model always gives the same bytes.

import ExcelJS from 'exceljs';
import type { BudgetDocument } from '../../core/model/document.js';
import { NARRATIVE_SECTIONS } from '../../core/model/narrative.js';
import { compact } from '../../core/text.js';
import { documentGrids } from '../grid/index.js';
import { unresolvedErrorsNotice } from '../text/index.js';
import { writeGrid, writeLines } from './sheet.js';
import { stampZipEntries } from './zip-dates.js';

export interface RenderXlsxOptions {
  /** Unresolved review errors: when above zero, an 审核提示 sheet comes first saying so. */
  unresolvedErrors?: number;
  /** The workbook's creation date (default: 1 January of the document's year). */
  created?: Date;
}

const NOTICE_SHEET = '审核提示';
const PREFACE_SHEET = '说明';
const EPILOGUE_SHEET = '说明（续）';

/** Lines of the 说明 sheet printed bold: the cover, parts and section headings. */
function isHeadingLine(line: string): boolean {
  const c = compact(line);
  return (
    /^第[一二]部分/.test(c) ||
    c.endsWith('部门预算公开') ||
    c === '目录' ||
    NARRATIVE_SECTIONS.some((s) => /^[一二三四五六七八九十]+、/.test(c) && c.includes(s.title))
  );
}

export async function renderXlsx(doc: BudgetDocument, options: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const created = options.created ?? new Date(Date.UTC(doc.year ?? 2000, 0, 1));
  wb.creator = 'yusuan';
  wb.created = created;
  wb.modified = created;
  const errors = options.unresolvedErrors ?? 0;
  if (errors > 0) {
    const ws = wb.addWorksheet(NOTICE_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
    writeLines(ws, [unresolvedErrorsNotice(errors)], 60, () => true);
    ws.getCell(1, 1).font = { bold: true, size: 12, color: { argb: 'FFC00000' } };
  }
  const { preface, grids, epilogue } = documentGrids(doc);
  if (preface.length > 0) writeLines(wb.addWorksheet(PREFACE_SHEET), preface, 70, isHeadingLine);
  for (const g of grids) writeGrid(wb.addWorksheet(g.sheet), g);
  if (epilogue?.length) writeLines(wb.addWorksheet(EPILOGUE_SHEET), epilogue, 70, isHeadingLine);
  const buffer = await wb.xlsx.writeBuffer();
  return stampZipEntries(new Uint8Array(buffer), created);
}
