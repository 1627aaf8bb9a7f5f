// Template text left unfilled: placeholders (XX单位, ××, 某某, {单位}), instructions to the filler
// (待填写, 请填写), omissions ((略), (待)) and runs of …… standing for words not written. The contents
// are excepted from the …… check only (dot leaders); a placeholder is an error wherever it is printed.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import type { Severity } from '../../core/vocabulary.js';
import { textPieces } from './support/pieces.js';
import { excerpt, phraseFinding, placeOf } from './support/text-finding.js';

interface Placeholder {
  re: RegExp;
  what: string;
  /** What it means for the reader. */
  says: string;
  severity: Severity;
  /** The …… check does not apply to the contents (dot leaders) and to the roles listed. */
  skipContents?: boolean;
}

const PLACEHOLDERS: readonly Placeholder[] = [
  // XX / ＸＸ / ×× standing for a name or a figure; not part of a Latin word (XXL).
  {
    re: /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XＸ]{2,}|×{2,}|[xｘ]{3,})(?![A-Za-zＡ-Ｚａ-ｚ])/g,
    what: '模板占位符',
    says: '该处内容未填写',
    severity: 'error',
  },
  // A single X where a figure belongs: "X万元", "20X年".
  {
    re: /(?<![A-Za-zＡ-Ｚａ-ｚ\d])[XＸ](?=万元|元|%|％|个|人|辆|台|项|年|月|日)/g,
    what: '模板占位符',
    says: '该处内容未填写',
    severity: 'error',
  },
  { re: /某某/g, what: '模板占位符', says: '该处内容未填写', severity: 'error' },
  {
    re: /待填写|请填写|待补充|请补充|此处填写|填写说明|请输入/g,
    what: '模板填写提示',
    says: '该处内容未填写',
    severity: 'error',
  },
  {
    re: /[（(]\s*(?:略|待|待定|待补)\s*[)）]|[[【]\s*(?:略|待)\s*[\]】]/g,
    what: '省略标记',
    says: '该处内容未填写',
    severity: 'error',
  },
  { re: /[{｛][^{}｛｝\n]{1,16}[}｝]/g, what: '模板变量', says: '该处内容未填写', severity: 'error' },
  {
    re: /…{2,}|\.{4,}|。{3,}/g,
    what: '省略号',
    says: '可能代替了未写出的内容',
    severity: 'warning',
    skipContents: true,
  },
];

export const placeholder = defineRule({
  id: 'text-placeholder',
  title: '文字：不得留有未填写的模板占位（XX、××、待填写、（略）、{单位}、……）',
  category: 'text',
  severity: 'error',
  rationale:
    '公开文本由模板填写而成，模板中的占位（XX单位、××、某某、{单位}）、填写提示（待填写、请填写）、省略标记（（略）、（待））留在公开文本中，说明该处内容没有填写。目录以外的一串省略号（……）通常代替未写出的内容，需人工确认，故为警告；目录中的引导点不算。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“2024年XX单位收入预算6563.63万元”',
    message: '说明“…入等单位资金。2024年XX单位收入预算6563.63…”含模板占位符“XX”，该处内容未填写',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const piece of textPieces(doc)) {
      const seen: [number, number][] = [];
      for (const p of PLACEHOLDERS) {
        if (p.skipContents && piece.role === 'contents') continue;
        for (const m of piece.text.matchAll(p.re)) {
          const start = m.index;
          const end = start + m[0].length;
          if (seen.some(([s, e]) => start < e && s < end)) continue;
          seen.push([start, end]);
          const f = phraseFinding(piece, start, end, {
            message: `${placeOf(piece)}“${excerpt(piece.text, start, end)}”含${p.what}“${m[0]}”，${p.says}`,
            found: m[0],
            expected: '实际内容',
          });
          if (p.severity !== 'error') f.severity = p.severity;
          out.push(f);
        }
      }
    }
    return out;
  },
});
