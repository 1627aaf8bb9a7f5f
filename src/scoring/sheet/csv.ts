// CSV as spreadsheets write and read it (RFC 4180): fields separated by commas, quoted when they hold
// a comma, quote or line break, quotes doubled inside; CRLF or LF line ends. Written with a UTF-8 BOM
// so that Excel opens Chinese text correctly. Each parsed row keeps its 1-based line in the file.

const BOM = '\ufeff';

function field(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: BOM, CRLF line ends (what Excel writes). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRow {
  /** 1-based line of the row's first character. */
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

/** Parses CSV text (a leading BOM is skipped); blank lines are dropped. */
export function parseCsv(input: string): CsvResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (text.charAt(i + 1) === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text.charAt(i + 1) === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
    i++;
  }
  if (quoted) return { ok: false, line: quoteLine, message: `第${quoteLine}行的引号没有闭合` };
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}
