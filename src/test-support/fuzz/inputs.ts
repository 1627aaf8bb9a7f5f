// The fuzzer's inputs, each made from its index alone (so any finding can be made again): mutations
// of the corpus at byte, line and cell level, wrong encodings, truncations, huge and deeply repeated
// structures, text built to make regular expressions backtrack, random and broken workbook parts,
// and damaged PDFs. Every generator is deterministic in (seed, index).
import iconv from 'iconv-lite';
import type { ZipPart } from './zip.js';
import { readZip, writeZip } from './zip.js';

export interface FuzzBase {
  /** The corpus texts. */
  texts: string[];
  /** Workbooks written by the XLSX publisher, taken apart. */
  workbooks: ZipPart[][];
  /** PDF files of the corpus (may be empty). */
  pdfs: Uint8Array[];
}

export interface FuzzInput {
  kind: string;
  name: string;
  bytes: Uint8Array;
}

/** mulberry32: a small, good, seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)] as T;
const utf8 = (s: string) => new TextEncoder().encode(s);

const SNIPPETS = [
  '合计',
  '总计',
  '一般公共预算',
  '2024年',
  '部门预算',
  '项目支出绩效目标表',
  '万元',
  '≥',
  '%',
  '（',
  '）',
  '1,234.56',
  '-0.00',
  '0',
  '',
  '　',
  '#',
  '**',
  '|',
  '\t',
  '\t\t\t',
  '201',
  '2010301',
  '30101',
  '一、',
  '（一）',
  '产出指标',
  '数量指标',
  '≥90%',
  '注：',
  '单位：万元',
  '\r',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '𠀀',
  'NaN',
  '1e309',
  '999999999999999999999999.999',
  '①',
  '十二、',
  '<br>',
  '[x]',
  '☑',
  '□',
];

function mutateBytes(r: Rng, bytes: Uint8Array): Uint8Array {
  const out = Array.from(bytes);
  const ops = 1 + int(r, 20);
  for (let i = 0; i < ops && out.length; i++) {
    const at = int(r, out.length);
    const op = int(r, 4);
    if (op === 0) out[at] = int(r, 256);
    else if (op === 1) out.splice(at, 1 + int(r, 8));
    else if (op === 2) out.splice(at, 0, ...Array.from({ length: 1 + int(r, 8) }, () => int(r, 256)));
    else out[at] = (out[at] as number) ^ (1 << int(r, 8));
  }
  return Uint8Array.from(out);
}

function mutateLines(r: Rng, text: string): string {
  const lines = text.split('\n');
  const ops = 1 + int(r, 12);
  for (let i = 0; i < ops; i++) {
    const at = int(r, lines.length);
    const op = int(r, 6);
    if (op === 0) lines.splice(at, 1 + int(r, 20));
    else if (op === 1) lines.splice(at, 0, ...lines.slice(at, at + 1 + int(r, 40)));
    else if (op === 2) {
      const b = int(r, lines.length);
      [lines[at], lines[b]] = [lines[b] as string, lines[at] as string];
    } else if (op === 3) lines.splice(at, 0, pick(r, lines));
    else if (op === 4) lines[at] = (lines[at] ?? '') + pick(r, SNIPPETS);
    else lines.splice(at, 0, ...Array.from({ length: 1 + int(r, 200) }, () => lines[at] ?? ''));
  }
  return lines.join('\n');
}

function mutateCells(r: Rng, text: string): string {
  const lines = text.split('\n');
  const tabular = lines.map((l, i) => (l.includes('\t') ? i : -1)).filter((i) => i >= 0);
  const ops = 1 + int(r, 15);
  for (let i = 0; i < ops && tabular.length; i++) {
    const no = pick(r, tabular);
    const cells = (lines[no] ?? '').split('\t');
    const at = int(r, cells.length);
    const op = int(r, 6);
    if (op === 0) cells[at] = String((r() - 0.5) * 10 ** int(r, 12)).slice(0, 1 + int(r, 20));
    else if (op === 1) cells[at] = pick(r, SNIPPETS);
    else if (op === 2) cells.splice(at, 1);
    else if (op === 3) cells.splice(at, 0, '');
    else if (op === 4) cells[at] = (cells[at] ?? '').replace(/\d/g, () => String(int(r, 10)));
    else cells.splice(at, 0, ...Array.from({ length: int(r, 50) }, () => pick(r, SNIPPETS)));
    lines[no] = cells.join('\t');
  }
  return lines.join('\n');
}

function wrongEncoding(r: Rng, text: string): Uint8Array {
  const e = pick(r, [
    'gb18030',
    'utf-16le',
    'utf-16be',
    'big5',
    'latin1',
    'utf-16le-bom',
    'utf-8-bom',
    'shift_jis',
    'mixed',
  ]);
  if (e === 'utf-16le-bom') return Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
  if (e === 'utf-8-bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
  if (e === 'mixed') {
    const half = int(r, text.length);
    return Uint8Array.from([...utf8(text.slice(0, half)), ...iconv.encode(text.slice(half), 'gb18030')]);
  }
  return new Uint8Array(iconv.encode(text, e));
}

/** Text that makes careless regular expressions backtrack, or makes linear work large. */
function pathological(r: Rng, text: string): string {
  const n = 1_000 + int(r, 60_000);
  const unit = pick(r, [
    ' ',
    '\t',
    '1',
    '1,',
    ',',
    '.',
    '0.',
    '(',
    '（',
    '一',
    '、',
    '*',
    '#',
    '-',
    '=',
    '万',
    '%',
    '≥',
    '|',
    '\u3000',
    'a',
  ]);
  const bomb = unit.repeat(Math.ceil(n / unit.length)) + pick(r, ['x', '!', '\n', '', '元', '万元x']);
  const shape = int(r, 6);
  if (shape === 0) return bomb;
  if (shape === 1) return text.replace(/\n/, '\n' + bomb + '\n');
  if (shape === 2) return Array.from({ length: 2 + int(r, 12) }, () => text).join('\n'); // concatenated copies
  if (shape === 3) return Array.from({ length: 2_000 + int(r, 20_000) }, () => pick(r, SNIPPETS)).join('\n'); // many lines
  if (shape === 4) return Array.from({ length: 1_000 + int(r, 5_000) }, () => pick(r, SNIPPETS)).join('\t'); // one wide row
  return text
    .split('\n')
    .map((l) => (l.includes('\t') ? l + '\t'.repeat(int(r, 500)) : l))
    .join('\n');
}

const XML_BITS = [
  '<row r="1">',
  '<c r="A1" t="s"><v>0</v></c>',
  '<c r="B2"><v>1.5</v></c>',
  '</row>',
  '<sheetData>',
  '</sheetData>',
  '<si><t>合计</t></si>',
  '<?xml version="1.0"?>',
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  '</worksheet>',
  '<mergeCell ref="A1:Z9999"/>',
  '<c r="XFD1048576"><v>1</v></c>',
  '&amp;',
  '&#x0;',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
];

function workbookParts(r: Rng, parts: ZipPart[]): Uint8Array {
  const out = parts.map((p) => ({ name: p.name, data: p.data }));
  const ops = 1 + int(r, 6);
  for (let i = 0; i < ops && out.length; i++) {
    const at = int(r, out.length);
    const op = int(r, 7);
    const part = out[at] as ZipPart;
    if (op === 0)
      out.splice(at, 1); // a part missing
    else if (op === 1) part.data = mutateBytes(r, part.data);
    else if (op === 2)
      part.data = utf8(Array.from({ length: 1 + int(r, 400) }, () => pick(r, XML_BITS)).join(''));
    else if (op === 3) part.data = part.data.subarray(0, int(r, part.data.length));
    else if (op === 4)
      out.push({
        name: `xl/worksheets/sheet${2 + int(r, 9)}.xml`,
        data: utf8(pick(r, XML_BITS).repeat(1 + int(r, 20_000))),
      });
    else if (op === 5)
      part.name = pick(r, [
        'xl/workbook.xml',
        '[Content_Types].xml',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'x/y.xml',
        '',
      ]);
    else out.splice(0, out.length, ...out.filter((p) => !p.name.startsWith('xl/worksheets/')));
  }
  return writeZip(out);
}

export const GENERATORS = [
  'bytes',
  'lines',
  'cells',
  'encoding',
  'truncation',
  'pathological',
  'xlsx',
  'xlsx-bytes',
  'pdf',
] as const;
export type GeneratorName = (typeof GENERATORS)[number];

/** Shares of the run per generator (PDFs are slow to read: few of them). */
const WEIGHTS: Record<GeneratorName, number> = {
  bytes: 20,
  lines: 20,
  cells: 20,
  encoding: 8,
  truncation: 8,
  pathological: 8,
  xlsx: 2,
  'xlsx-bytes': 1.5,
  pdf: 0.1,
};

function generatorFor(r: Rng): GeneratorName {
  const total = Object.values(WEIGHTS).reduce((s, w) => s + w, 0);
  let x = r() * total;
  for (const g of GENERATORS) {
    x -= WEIGHTS[g];
    if (x < 0) return g;
  }
  return 'bytes';
}

export function fuzzInput(base: FuzzBase, seed: number, index: number): FuzzInput {
  const r = random(seed * 1_000_003 + index);
  const kind = generatorFor(r);
  const text = pick(r, base.texts);
  const name = `fuzz-${index}`;
  switch (kind) {
    case 'bytes':
      return { kind, name: `${name}.txt`, bytes: mutateBytes(r, utf8(text)) };
    case 'lines':
      return { kind, name: `${name}.txt`, bytes: utf8(mutateLines(r, text)) };
    case 'cells':
      return { kind, name: `${name}.txt`, bytes: utf8(mutateCells(r, text)) };
    case 'encoding':
      return { kind, name: `${name}.txt`, bytes: wrongEncoding(r, text) };
    case 'truncation': {
      const b = utf8(text);
      return { kind, name: `${name}.txt`, bytes: b.subarray(0, int(r, b.length)) };
    }
    case 'pathological':
      return { kind, name: `${name}.txt`, bytes: utf8(pathological(r, text)) };
    case 'xlsx':
      return { kind, name: `${name}.xlsx`, bytes: workbookParts(r, pick(r, base.workbooks)) };
    case 'xlsx-bytes':
      return { kind, name: `${name}.xlsx`, bytes: mutateBytes(r, writeZip(pick(r, base.workbooks))) };
    case 'pdf': {
      if (!base.pdfs.length) return { kind, name: `${name}.txt`, bytes: mutateBytes(r, utf8(text)) };
      const pdf = pick(r, base.pdfs);
      const b = mutateBytes(
        r,
        pdf.length > 400_000 ? pdf.subarray(0, 400_000 + int(r, pdf.length - 400_000)) : pdf,
      );
      return { kind, name: `${name}.pdf`, bytes: b };
    }
  }
}

export { readZip };
