// Exports of stored data as files: CSV (UTF-8 with BOM, so Excel and WPS read it right, and no cell can
// start a formula), JSON and XLSX (ExcelJS), and a region-year as a Fiscal Data Package (datapackage.json
// and CSV files, zipped), the open-spending standard.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import type { Actor, Database } from '../store/index.js';
import { aggregate, CUBES } from '../store/index.js';
import { csvText, PLAIN_NUMBER } from './csv.js';

export { csvField } from './csv.js';

export const EXPORT_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A table to export: column keys with their titles, and rows of plain values. */
export interface Sheet {
  name: string;
  columns: { key: string; title: string; numeric?: boolean }[];
  rows: Record<string, string | number | boolean | null>[];
}

/** CSV with a UTF-8 BOM and CRLF line ends, the header the columns' titles. */
export function toCsv(sheet: Sheet): Uint8Array {
  const header = sheet.columns.map((c) => c.title);
  return strToU8(csvText([header, ...sheet.rows.map((r) => sheet.columns.map((c) => r[c.key]))]));
}

export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'));
    ws.columns = sheet.columns.map((c) => ({
      header: c.title,
      key: c.key,
      width: Math.max(10, c.title.length * 2),
    }));
    for (const r of sheet.rows) {
      const row: Record<string, string | number | boolean | null> = {};
      for (const c of sheet.columns) {
        const v = r[c.key] ?? null;
        // Exact decimals as numbers (Excel's own type); text never as a formula (ExcelJS writes strings as text).
        row[c.key] = c.numeric && typeof v === 'string' && PLAIN_NUMBER.test(v) ? Number(v) : v;
      }
      ws.addRow(row);
    }
    ws.getRow(1).font = { bold: true };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function toJson(sheets: readonly Sheet[]): Uint8Array {
  const value =
    sheets.length === 1 ? sheets[0]?.rows : Object.fromEntries(sheets.map((s) => [s.name, s.rows]));
  return strToU8(JSON.stringify(value, null, 2) + '\n');
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Sheets as one file of the format (CSV takes the first sheet; several go to XLSX or JSON). */
export async function exportSheets(
  base: string,
  format: ExportFormat,
  sheets: readonly Sheet[],
): Promise<ExportFile> {
  const first = sheets[0] ?? { name: base, columns: [], rows: [] };
  const bytes = format === 'csv' ? toCsv(first) : format === 'xlsx' ? await toXlsx(sheets) : toJson(sheets);
  return { fileName: `${base}.${format}`, contentType: CONTENT_TYPES[format], bytes };
}

/** A stored table's rows as a sheet: side, kind, code, name and one column per amount key (万元). */
export function tableSheet(table: {
  id: string;
  name: string;
  rows: {
    side: string | null;
    kind: string;
    code: string | null;
    name: string;
    amounts: Record<string, string | null>;
    line: number;
  }[];
}): Sheet {
  const keys = [...new Set(table.rows.flatMap((r) => Object.keys(r.amounts)))];
  return {
    name: table.name,
    columns: [
      { key: 'side', title: '方向' },
      { key: 'kind', title: '行类型' },
      { key: 'code', title: '编码' },
      { key: 'name', title: '名称' },
      ...keys.map((k) => ({ key: `amount.${k}`, title: `${k}（万元）`, numeric: true })),
      { key: 'line', title: '原文行' },
    ],
    rows: table.rows.map((r) => ({
      side: r.side,
      kind: r.kind,
      code: r.code,
      name: r.name,
      line: r.line,
      ...Object.fromEntries(keys.map((k) => [`amount.${k}`, r.amounts[k] ?? null])),
    })),
  };
}

/** Aggregate cells as a sheet. */
export function cellsSheet(
  name: string,
  cells: readonly Record<string, string | number | null>[],
  measure: string,
): Sheet {
  const keys = [...new Set(cells.flatMap((c) => Object.keys(c)))];
  return {
    name,
    columns: keys.map((k) => ({ key: k, title: k === measure ? `${k}（万元）` : k, numeric: k === measure })),
    rows: cells.map((c) => ({ ...c })),
  };
}

/**
 * A region's year as a Fiscal Data Package (frictionlessdata.io fiscal-data-package): one CSV resource
 * per cube (expenditure by functional and economic class, income, 三公) with its fiscal model, zipped
 * with datapackage.json. Only documents the actor may see.
 */
export async function fiscalDataPackage(
  db: Kysely<Database>,
  actor: Actor,
  region: string,
  year: number,
): Promise<ExportFile> {
  const specs = [
    {
      cube: 'expenditure-functional',
      drill: ['department', 'functional.class', 'functional.section', 'functional.item'],
      direction: 'expenditure',
      cls: 'functional',
    },
    {
      cube: 'expenditure-economic',
      drill: ['department', 'economic.class', 'economic.item'],
      direction: 'expenditure',
      cls: 'economic',
    },
    { cube: 'income', drill: ['department', 'income.kind'], direction: 'revenue', cls: 'source' },
    {
      cube: 'three-public',
      drill: ['department', 'three-public.part'],
      direction: 'expenditure',
      cls: 'part',
    },
  ] as const;
  const files: Record<string, Uint8Array> = {};
  const resources = [];
  for (const s of specs) {
    const r = await aggregate(db, actor, {
      cube: s.cube,
      drilldown: s.drill,
      cut: { region: [region], year: [String(year)] },
      pagesize: 10_000,
    });
    const sheet = cellsSheet(s.cube, r.cells, 'amount');
    const path = `${s.cube}.csv`;
    // The package's CSV without a BOM (tools reading data packages expect plain UTF-8).
    files[path] = toCsv(sheet).slice(3);
    resources.push({
      name: s.cube,
      title: CUBES[s.cube]?.title ?? s.cube,
      path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        fields: sheet.columns.map((c) => ({
          name: c.title,
          type: c.numeric ? 'number' : c.key === 'year' ? 'integer' : 'string',
          ...(c.numeric ? { decimalChar: '.' } : {}),
        })),
      },
      model: {
        measures: {
          amount: {
            source: 'amount（万元）',
            currency: 'CNY',
            factor: 10000,
            direction: s.direction,
            phase: 'approved',
          },
        },
        dimensions: {
          administrative: {
            dimensionType: 'administrative-classification',
            primaryKey: 'department',
            attributes: { department: { source: 'department' } },
          },
          [s.cls]: {
            dimensionType:
              s.cls === 'functional'
                ? 'functional-classification'
                : s.cls === 'economic'
                  ? 'economic-classification'
                  : 'classification',
            primaryKey: s.drill[s.drill.length - 1],
            attributes: Object.fromEntries(s.drill.slice(1).map((d) => [d, { source: d }])),
          },
        },
      },
    });
  }
  const descriptor = {
    profile: 'fiscal-data-package',
    name: `yusuan-${region}-${year}`,
    title: `${region} ${year} 年部门预算`,
    countryCode: 'CN',
    fiscalPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
    licenses: [{ name: 'other-open', title: '政府公开信息' }],
    resources,
  };
  files['datapackage.json'] = strToU8(JSON.stringify(descriptor, null, 2) + '\n');
  return {
    fileName: `yusuan-${region}-${year}-fdp.zip`,
    contentType: 'application/zip',
    bytes: zipSync(files),
  };
}
