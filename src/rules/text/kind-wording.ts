// A department budget speaks for a department (本部门, 部门名称/编制部门, 部门预算) and a unit budget for
// a unit (本单位, 单位名称/编制单位, 单位预算); a department's final accounts for the department (本部门). Wording of the other kind means the text was copied from
// the other document and not adapted. A department with only its own level is also its only unit, so
// 本单位 there is noted, not warned. Duties and the glossary quote other texts and are not read.

import type { BudgetDocument } from '../../core/model/document.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { textPieces } from './support/pieces.js';
import type { TextRole } from './support/pieces.js';
import { excerpt, phraseFinding, placeOf } from './support/text-finding.js';

interface Wording {
  /** What the document calls itself: 本部门 / 本单位. */
  self: string;
  /** Self-reference of the other kind. */
  other: RegExp;
  /** Labels of the unit line above a table. */
  labels: readonly string[];
  /** The kind's name in titles and headings, and the other kind's. */
  name: string;
  otherName: RegExp;
}

/** By document kind; kinds not listed (targets, forms) have no such wording. */
const WORDING: Readonly<Record<string, Wording>> = {
  'department-budget': {
    self: '本部门',
    other: /本单位|我单位/g,
    labels: ['部门名称', '编制部门'],
    name: '部门预算',
    otherName: /单位预算/g,
  },
  'unit-budget': {
    self: '本单位',
    other: /本部门|我部门/g,
    labels: ['单位名称', '编制单位'],
    name: '单位预算',
    // 部门预算经济分类 is the name of the economic classification, in unit budgets too.
    otherName: /部门预算(?!(?:支出)?经济分类)/g,
  },
  // A department's final accounts (部门决算) speak for the department; the national template's tables
  // print 编制单位 in department final accounts too.
  'final-accounts': {
    self: '本部门',
    other: /本单位|我单位/g,
    labels: ['编制单位', '编制部门', '部门名称', '单位名称'],
    name: '部门决算',
    otherName: /单位决算/g,
  },
};

const SELF_ROLES: readonly TextRole[] = ['paragraph', 'table-note', 'heading'];
/** Sections quoted from other texts: duties and organisation (三定 mandates), the glossary. */
const QUOTED_SECTIONS: readonly string[] = ['overview', 'glossary'];
const NAME_ROLES: readonly TextRole[] = ['title', 'contents', 'part', 'heading', 'table-title'];

function onlyOwnLevel(doc: BudgetDocument): boolean {
  return (
    (doc.kind === 'department-budget' || doc.kind === 'final-accounts') &&
    (doc.narrative.onlyOwnLevel || doc.units.length === 1)
  );
}

export const kindWording = defineRule({
  id: 'text-kind-wording',
  title: '文字：部门预算称“本部门”“编制部门”，单位预算称“本单位”“编制单位”',
  category: 'text',
  severity: 'warning',
  rationale:
    '部门预算汇总部门及所属单位，文字自称“本部门”，表头为“部门名称”或“编制部门”，标题为“部门预算”；单位预算只含一个单位，自称“本单位”，表头为“单位名称”或“编制单位”。写成另一种文件的措辞，通常是套用了另一份文件未加修改，为警告；部门只有本级一个单位时，部门预算中的“本单位”所指相同，为提示。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '部门预算写“2024年本单位收入预算6563.63万元”',
    message: '部门预算说明“…入等单位资金。2024年本单位收入预算6563.63万…”自称“本单位”，部门预算应称“本部门”',
  },
  check(doc) {
    const w = WORDING[doc.kind];
    if (!w) return [];
    const out: FindingDraft[] = [];
    const kindName = w.name;
    const selfSeverity = onlyOwnLevel(doc) ? 'info' : 'warning';
    for (const piece of textPieces(doc)) {
      if (SELF_ROLES.includes(piece.role) && !QUOTED_SECTIONS.includes(piece.section ?? '')) {
        for (const m of piece.text.matchAll(w.other)) {
          out.push({
            ...phraseFinding(piece, m.index, m.index + m[0].length, {
              message: `${kindName}${placeOf(piece)}“${excerpt(piece.text, m.index, m.index + m[0].length)}”自称“${m[0]}”，${kindName}应称“${w.self}”`,
              found: m[0],
              expected: w.self,
            }),
            severity: selfSeverity,
          });
        }
      }
      if (NAME_ROLES.includes(piece.role)) {
        for (const m of piece.text.matchAll(w.otherName)) {
          out.push(
            phraseFinding(piece, m.index, m.index + m[0].length, {
              message: `${kindName}的${placeOf(piece)}“${piece.text}”写作“${m[0]}”`,
              found: m[0],
              expected: kindName,
            }),
          );
        }
      }
    }
    // Every kind with standard tables (department and unit budgets, final accounts) prints unit lines.
    if ('tables' in doc) {
      for (const t of Object.values(doc.tables)) {
        for (const h of t?.headings ?? []) {
          if (!h.department || w.labels.includes(h.department.label)) continue;
          out.push({
            message: `${t?.name ?? ''}表头写“${h.department.label}”，${kindName}应写“${w.labels.join('”或“')}”`,
            lines: [h.department.source.line],
            ...(t ? { table: t.name } : {}),
            found: h.department.label,
            expected: w.labels.join('或'),
          });
        }
      }
    }
    return out;
  },
});
