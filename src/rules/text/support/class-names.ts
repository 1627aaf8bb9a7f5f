// Functional classes (类/款/项) as the text names them, and the names of their codes. A text names a
// class three ways: a path in quotes ("“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目"),
// names marked with their level ("住房保障支出（类）住房改革支出（款）住房公积金（项）"), or a code
// with its name ("2210201住房公积金"). The names of codes come from the document's own functional
// tables first, then from the classification catalogue the project holds.

import {
  functionalCodesNamed,
  functionalCodesNamedAnywhere,
  functionalName,
} from '../../../core/classification.js';
import type { TabledDocument } from '../../../core/model/document.js';
import { compact, toHalfWidth } from '../../../core/text.js';
import { FUNCTIONAL_TABLES, amountTable } from '../../../core/model/access.js';
import { perText } from '../../support/memo.js';

/** A name as the text prints it, with its offsets in the piece. */
export interface PrintedName {
  name: string;
  start: number;
  end: number;
}

export interface NamePath {
  /** The 类, 款 and 项 names in order; a path may stop at 类 or 款. */
  names: PrintedName[];
  start: number;
  end: number;
  /** The code printed with the name, if any ("2210201住房公积金"). */
  code?: string;
  /** What the text says the item is for ("主要用于：…"), when it follows the path. */
  purpose?: PrintedName;
}

export function nameKey(name: string): string {
  return compact(toHalfWidth(name)).replace(/[“”"]/g, '');
}

const NAME = String.raw`(?:[\u4e00-\u9fff]|\([\u4e00-\u9fff]{1,3}\)(?!类|款|项))+`;
const QUOTED_PATH = new RegExp(String.raw`“((?:${NAME})(?:[-－—](?:${NAME})){1,2})”(?:科目)?`, 'g');
const MARKED_PATH = new RegExp(String.raw`(${NAME})\(类\)(?:(${NAME})\(款\))?(?:(${NAME})\(项\))?`, 'g');
const CODED_NAME =
  /(?<!\d)(2[0-3]\d(?:\d{2}){1,2})(?!\d)\s*[“"]?((?:[\u4e00-\u9fff]|\([\u4e00-\u9fff]{1,3}\))+)/g;
const PURPOSE = /^[。]?[^。;]{0,40}?主要用于[:]?([^。;]+)/;

function purposeAfter(form: string, end: number): PrintedName | undefined {
  const m = PURPOSE.exec(form.slice(end));
  if (!m?.[1]) return undefined;
  const start = end + m[0].length - m[1].length;
  return { name: m[1], start, end: start + m[1].length };
}

/** The class paths a text names, over its half-width form (offsets are those of the text). */
function namePathsUncached(text: string): NamePath[] {
  const form = toHalfWidth(text);
  const out: NamePath[] = [];
  for (const m of form.matchAll(QUOTED_PATH)) {
    const body = m[1] ?? '';
    let at = m.index + 1;
    const names: PrintedName[] = [];
    for (const part of body.split(/[-－—]/)) {
      names.push({ name: text.slice(at, at + part.length), start: at, end: at + part.length });
      at += part.length + 1;
    }
    const end = m.index + m[0].length;
    const purpose = purposeAfter(form, end);
    out.push({ names, start: m.index, end, ...(purpose ? { purpose } : {}) });
  }
  for (const m of form.matchAll(MARKED_PATH)) {
    const names: PrintedName[] = [];
    let at = m.index;
    for (const part of [m[1], m[2], m[3]]) {
      if (part === undefined) break;
      names.push({ name: text.slice(at, at + part.length), start: at, end: at + part.length });
      at += part.length + 3;
    }
    const end = m.index + m[0].length;
    const purpose = purposeAfter(form, end);
    out.push({ names, start: names[0]?.start ?? m.index, end, ...(purpose ? { purpose } : {}) });
  }
  for (const m of form.matchAll(CODED_NAME)) {
    const code = m[1] ?? '';
    const name = m[2] ?? '';
    const start = m.index + m[0].length - name.length;
    out.push({
      names: [{ name: text.slice(start, start + name.length), start, end: start + name.length }],
      start: m.index,
      end: m.index + m[0].length,
      code,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The names of functional codes: the document's tables first, then the catalogue. */
export class FunctionalNames {
  /** Code → name as the document's functional tables print it (the first table that has the code). */
  private readonly printed = new Map<string, string>();

  constructor(doc: TabledDocument | null) {
    for (const id of FUNCTIONAL_TABLES) {
      for (const r of (doc ? amountTable(doc, id)?.rows : undefined) ?? []) {
        if (r.code && r.kind !== 'total' && !this.printed.has(r.code)) this.printed.set(r.code, r.name);
      }
    }
  }

  nameOf(code: string): string | null {
    return this.printed.get(code) ?? functionalName(code);
  }

  /** The codes under `parent` (null: the classes) named `name`, by the document or the catalogue. */
  codesNamed(name: string, parent: string | null): string[] {
    const key = nameKey(name);
    const digits = parent === null ? 3 : parent.length + 2;
    const fromDoc = [...this.printed]
      .filter(
        ([c, n]) => c.length === digits && (parent === null || c.startsWith(parent)) && nameKey(n) === key,
      )
      .map(([c]) => c);
    return [...new Set([...fromDoc, ...functionalCodesNamed(name, parent)])];
  }

  /** Codes of the level named `name` under any parent. */
  codesNamedAnywhere(name: string, digits: 3 | 5 | 7): string[] {
    const key = nameKey(name);
    const fromDoc = [...this.printed]
      .filter(([c, n]) => c.length === digits && nameKey(n) === key)
      .map(([c]) => c);
    return [...new Set([...fromDoc, ...functionalCodesNamedAnywhere(name, digits)])];
  }

  /** Whether the document's tables list any code under `parent`: then an unknown name is not in them. */
  hasChildrenPrinted(parent: string): boolean {
    return [...this.printed.keys()].some((c) => c.length === parent.length + 2 && c.startsWith(parent));
  }
}

/** namePaths, computed once per text and shared by the rules that read it. */
export const namePaths = perText(namePathsUncached);
