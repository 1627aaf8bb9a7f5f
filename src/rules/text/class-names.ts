// The functional classes the text names are real ones: each 类 name is the name of a class, each 款
// name the name of a 款 of that class, each 项 name of a 项 of that 款, and a code printed with a name
// has that name. Names are those of the document's own functional tables, then of the catalogue; the
// tables' rows themselves are checked against the catalogue and against each other.

import type { BudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { FUNCTIONAL_TABLES, amountTable, tabledOf } from '../../core/model/access.js';
import { functionalName } from '../../core/classification.js';
import type { TabledDocument } from '../../core/model/document.js';
import { FunctionalNames, namePaths, nameKey } from './support/class-names.js';
import type { NamePath, PrintedName } from './support/class-names.js';
import { textPieces } from './support/pieces.js';
import type { TextPiece, TextRole } from './support/pieces.js';
import { phraseFinding, placeOf } from './support/text-finding.js';

const LEVELS = ['类', '款', '项'] as const;
const ROLES: readonly TextRole[] = ['paragraph', 'table-note', 'form', 'target'];

interface Resolved {
  /** The name as the path gives it (a class name may carry words before it: "项目支出中一般公共服务支出"). */
  printed: PrintedName;
  code: string;
}

/** The class a printed 类 name names: the whole name or its longest ending that is a class name. */
function resolveClass(names: FunctionalNames, printed: PrintedName): Resolved | null {
  for (let cut = 0; printed.name.length - cut >= 2; cut++) {
    const name = printed.name.slice(cut);
    const [code] = names.codesNamed(name, null);
    if (code) return { printed: { name, start: printed.start + cut, end: printed.end }, code };
  }
  return null;
}

function pathFindings(piece: TextPiece, path: NamePath, names: FunctionalNames): FindingDraft[] {
  const [first, ...rest] = path.names;
  if (!first) return [];
  const report = (p: PrintedName, message: string, expected: string, severity?: 'warning'): FindingDraft => {
    const f = phraseFinding(piece, p.start, p.end, {
      message: `${placeOf(piece)}${message}`,
      found: p.name,
      expected,
    });
    if (severity) f.severity = severity;
    return f;
  };
  const cls = resolveClass(names, first);
  if (!cls) {
    const asSection =
      names.codesNamedAnywhere(first.name, 5)[0] ?? names.codesNamedAnywhere(first.name, 7)[0];
    return [
      report(
        first,
        `“${first.name}”作为类级科目，不是功能分类的类名${asSection ? `（“${first.name}”是 ${asSection} 的名称，不是类）` : ''}`,
        '功能分类类级科目名称',
      ),
    ];
  }
  let parent = cls.code;
  for (const [i, p] of rest.entries()) {
    const level = LEVELS[i + 1] ?? '项';
    const [code] = names.codesNamed(p.name, parent);
    if (code) {
      parent = code;
      continue;
    }
    const parentName = names.nameOf(parent) ?? parent;
    const elsewhere = names.codesNamedAnywhere(p.name, (parent.length + 2) as 5 | 7);
    if (elsewhere.length > 0) {
      const other = elsewhere[0] ?? '';
      const otherParent = other.slice(0, parent.length);
      return [
        report(
          p,
          `“${p.name}（${level}）”是 ${other}，属于 ${otherParent} ${names.nameOf(otherParent) ?? ''}，不属于 ${parent} ${parentName}`,
          `${parentName}下的${level}级科目`,
        ),
      ];
    }
    if (names.hasChildrenPrinted(parent))
      return [
        report(
          p,
          `“${p.name}（${level}）”不在本文件功能分类表 ${parent} ${parentName} 之下（表中没有这一${level}）`,
          `${parentName}下的${level}级科目`,
          'warning',
        ),
      ];
    return [];
  }
  return [];
}

function codeFindings(piece: TextPiece, path: NamePath, names: FunctionalNames): FindingDraft[] {
  const printed = path.names[0];
  if (!path.code || !printed) return [];
  const expected = names.nameOf(path.code);
  if (!expected || nameKey(printed.name).startsWith(nameKey(expected))) return [];
  // The text may name the code's 类 or 款 along with it; only a different name is a finding.
  const f = phraseFinding(piece, path.start, printed.end, {
    message: `${placeOf(piece)}科目编码 ${path.code} 后写“${printed.name}”，该编码的名称是“${expected}”`,
    found: `${path.code} ${printed.name}`,
    expected: `${path.code} ${expected}`,
  });
  return [f];
}

/**
 * The functional tables' own rows: a code whose printed name is not the catalogue's, or that two
 * tables name differently. A warning: the catalogue may lag a year's renaming.
 */
function tableRowFindings(doc: TabledDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const first = new Map<string, { name: string; table: string; line: number }>();
  for (const id of FUNCTIONAL_TABLES) {
    const t = amountTable(doc, id);
    for (const r of t?.rows ?? []) {
      if (!t || !r.code || r.kind === 'total') continue;
      const catalogue = functionalName(r.code);
      const seen = first.get(r.code);
      const expected = catalogue ?? seen?.name;
      if (!seen) first.set(r.code, { name: r.name, table: t.name, line: r.source.line });
      if (!expected || nameKey(expected) === nameKey(r.name)) continue;
      out.push({
        message: catalogue
          ? `${t.name} ${r.code} 的名称“${r.name}”不是该编码在功能分类中的名称“${catalogue}”`
          : `${t.name} ${r.code} 的名称“${r.name}”与${seen?.table ?? ''}（第${seen?.line ?? 0}行）的“${seen?.name ?? ''}”不同`,
        severity: 'warning',
        lines: catalogue || !seen ? [r.source.line] : [r.source.line, seen.line],
        table: t.name,
        found: `${r.code} ${r.name}`,
        expected: `${r.code} ${expected}`,
      });
    }
  }
  return out;
}

export const classNames = defineRule({
  id: 'text-class-names',
  title: '文字：文中的功能分类科目名称与其编码的名称一致（类、款、项）',
  category: 'text',
  severity: 'error',
  rationale:
    '功能分类表中每一行的名称应是其编码在功能分类中的名称，同一编码在各表中名称相同（科目目录可能晚于当年的更名，故为警告）。说明逐项列出功能分类科目时（“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目、“住房保障支出（类）住房改革支出（款）住房公积金（项）”、“2210201住房公积金”），每一级名称都应是其编码在功能分类中的名称，且款属于所写的类、项属于所写的款。名称取本文件功能分类表所印，其次取项目所存的科目目录。把项写到别的款下、把款写成类、编码与名称不符为错误；本文件的表中该款下没有这一项为警告（可能是表中漏列）。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'declaration-forms'],
  example: {
    defect: '“社会保障和就业支出（类）住房改革支出（款）住房公积金（项）”',
    message: '说明“住房改革支出（款）”是 22102，属于 221 住房保障支出，不属于 208 社会保障和就业支出',
  },
  check(doc: BudgetDocument) {
    const department = tabledOf(doc);
    const names = new FunctionalNames(department);
    const out: FindingDraft[] = department ? tableRowFindings(department) : [];
    for (const piece of textPieces(doc)) {
      if (!ROLES.includes(piece.role)) continue;
      for (const path of namePaths(piece.text)) {
        out.push(...(path.code ? codeFindings(piece, path, names) : pathFindings(piece, path, names)));
      }
    }
    return out;
  },
});
