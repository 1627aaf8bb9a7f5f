// A word or a punctuation mark printed twice in a row: "预算预算", "增加增加584.09万元", "召开召开",
// "的的", "。。", "；。". Chinese has reduplicated words (等等, 常常), but no budget word of two or more
// characters is reduplicated, and no two sentence marks follow each other.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { TEXT_ROLES, textPieces } from './support/pieces.js';
import type { TextRole } from './support/pieces.js';
import { excerpt, phraseFinding, placeOf } from './support/text-finding.js';

/** A run of two to eight Chinese characters printed twice. */
const DOUBLED_WORD = /([\u4e00-\u9fff]{2,8})\1/g;
/** Function words never doubled in prose (的的确确 is an idiom). */
const DOUBLED_PARTICLE = /([的和及与在对将把从按于由向])\1(?!确)/g;
/** Two sentence or clause marks in a row, the same or different: 。。 ，， ；。 ，。 、、. */
const DOUBLED_PUNCTUATION = /[，。、；：！？,;][，。、；：！？,;]/g;

/** Where doubled words are looked for: prose and titles, not row names or the unit line of a table. */
const ROLES: readonly TextRole[] = TEXT_ROLES.filter((r) => r !== 'row' && r !== 'table-unit-line');

export const doubledWords = defineRule({
  id: 'text-doubled-words',
  title: '文字：不得有重复的词语或标点（预算预算、增加增加、。。、；。）',
  category: 'text',
  severity: 'warning',
  rationale:
    '相邻重复的词语（“预算预算”“增加增加584.09万元”）和连续的标点（“。。”“；。”“，，”）是校对疏漏，会改变或模糊句意。预算文本中没有两字以上的叠词，句读标号也不会连用。属于文字差错，不影响数字，故为警告。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“收入较去年增加增加154.46万元”',
    message: '说明“…6563.63万元。收入较去年增加增加154.46万元，上升2.41%…”中“增加”重复',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const piece of textPieces(doc)) {
      if (!ROLES.includes(piece.role)) continue;
      const text = piece.text;
      for (const re of [DOUBLED_WORD, DOUBLED_PARTICLE]) {
        for (const m of text.matchAll(re)) {
          const word = m[1] ?? '';
          out.push(
            phraseFinding(piece, m.index, m.index + m[0].length, {
              message: `${placeOf(piece)}“${excerpt(text, m.index, m.index + m[0].length)}”中“${word}”重复`,
              found: m[0],
              expected: word,
            }),
          );
        }
      }
      for (const m of text.matchAll(DOUBLED_PUNCTUATION)) {
        const kept =
          m[0].charAt(1) === '。' || m[0].charAt(0) === m[0].charAt(1) ? m[0].charAt(1) : m[0].charAt(0);
        out.push(
          phraseFinding(piece, m.index, m.index + 2, {
            message: `${placeOf(piece)}“${excerpt(text, m.index, m.index + 2)}”中标点“${m[0]}”连用`,
            found: m[0],
            expected: kept,
          }),
        );
      }
    }
    return out;
  },
});
