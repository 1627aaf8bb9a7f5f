// The document's year is read once (the first year on the cover); every year printed in a title,
// heading, contents entry or table title is that year, and so is the year of every statement about
// the unit's budget ("2024年本部门收入预算…"). The previous year is allowed where the sentence
// compares ("较2023年减少") and in the stock date: 截至 the end of the year before a budget year, or
// of the year itself for final accounts.

import type { BudgetDocument } from '../../core/model/document.js';
import { toHalfWidth } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { HEADING_ROLES, textPieces } from './support/pieces.js';
import type { TextPiece } from './support/pieces.js';
import { excerpt, phraseFinding, placeOf, sentenceAt } from './support/text-finding.js';

/** Document kinds that account for a year past (决算): their stock date is the end of their own year. */
const ACCOUNTS_KINDS: readonly string[] = ['final-accounts'];

const YEAR = /(?<!\d)(20\d{2})\s*年/g;
/** A statement about the unit's budget in a year: "2024年本部门…", "2024年收入预算…". */
const STATEMENT =
  /(?<!\d)(20\d{2})年度?(?:本部门|本单位|我部门|我单位|本级|部门(?!整体支出绩效目标表)|单位|全年|收入|支出|预算|决算|拟|“?三公”?经费|机关运行经费|会议费|培训费|政府采购)/g;
/** The stock date: 截至2023年12月底 / 12月31日 / 年底 / 年末. */
const STOCK_DATE = /(?:截至|截止到?|截止至)(20\d{2})年度?(?:12月(?:31日|底|末)?|年?底|年?末)/g;
/** The year a statement compares with: "较2023年", "比2023年度", "与2022年持平". */
const COMPARED_YEAR = /(?:较|比|与|同|相对于|对比)(20\d{2})年度?/g;
/** The sentence compares with another year. */
const COMPARES = /较|比|与.{0,16}相比|同比|相比|持平|增加|减少|增长|下降|上升|变化|变动/;

function stockYear(doc: BudgetDocument, year: number): number {
  return ACCOUNTS_KINDS.includes(doc.kind) ? year : year - 1;
}

/**
 * The document's year: the year most of its titles and headings print, the cover's year on a tie. A
 * cover that alone prints another year is then itself the finding, not every heading after it.
 */
export function documentYear(doc: BudgetDocument, headings: readonly TextPiece[]): DocumentYear | null {
  const counts = new Map<number, number>();
  for (const p of headings)
    for (const m of p.text.matchAll(YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: DocumentYear | null =
    doc.year === null ? null : { year: doc.year, count: counts.get(doc.year) ?? 0 };
  for (const [year, count] of counts) if (!best || count > best.count) best = { year, count };
  return best;
}

interface DocumentYear {
  year: number;
  /** How many titles and headings print it. */
  count: number;
}

/** Where the year was found, for messages: the cover's line, or how many headings print it. */
interface YearOf extends DocumentYear {
  note: string;
}

function headingFindings(of: YearOf, piece: TextPiece): FindingDraft[] {
  const year = of.year;
  const out: FindingDraft[] = [];
  for (const m of piece.text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y === year) continue;
    out.push(
      phraseFinding(piece, m.index, m.index + m[0].length, {
        message: `${placeOf(piece)}“${piece.text.trim()}”的年份 ${y} 年与文档年度 ${year} 年${of.note}不一致`,
        found: `${y}年`,
        expected: `${year}年`,
      }),
    );
  }
  return out;
}

function statementFindings(doc: BudgetDocument, of: YearOf, piece: TextPiece): FindingDraft[] {
  const year = of.year;
  const out: FindingDraft[] = [];
  const text = toHalfWidth(piece.text);
  const reported = new Set<number>();
  const stock = stockYear(doc, year);
  for (const m of text.matchAll(STOCK_DATE)) {
    const y = Number(m[1]);
    reported.add(m.index + m[0].indexOf(m[1] ?? ''));
    if (y === stock) continue;
    out.push(
      phraseFinding(piece, m.index, m.index + m[0].length, {
        message: `${placeOf(piece)}“${excerpt(piece.text, m.index, m.index + m[0].length)}”：${year}年${ACCOUNTS_KINDS.includes(doc.kind) ? '决算' : '预算'}的存量应截至 ${stock} 年末，所写为 ${y} 年`,
        found: `${y}年`,
        expected: `${stock}年`,
      }),
    );
  }
  for (const m of text.matchAll(COMPARED_YEAR)) {
    const y = Number(m[1]);
    reported.add(m.index + m[0].indexOf(m[1] ?? ''));
    if (y === year - 1) continue;
    out.push({
      ...phraseFinding(piece, m.index, m.index + m[0].length, {
        message: `${placeOf(piece)}“${excerpt(piece.text, m.index, m.index + m[0].length)}”与 ${y} 年比较，${year} 年的文档应与上一年度 ${year - 1} 年比较`,
        found: `${y}年`,
        expected: `${year - 1}年`,
      }),
      severity: 'warning',
    });
  }
  for (const m of text.matchAll(STATEMENT)) {
    const y = Number(m[1]);
    if (y === year || reported.has(m.index)) continue;
    if (y === year - 1 && COMPARES.test(sentenceAt(text, m.index).text)) continue;
    out.push(
      phraseFinding(piece, m.index, m.index + m[0].length, {
        message: `${placeOf(piece)}“${excerpt(piece.text, m.index, m.index + m[0].length)}”写的是 ${y} 年，文档年度为 ${year} 年${of.note}`,
        found: `${y}年`,
        expected: `${year}年`,
      }),
    );
  }
  return out;
}

export const yearConsistent = defineRule({
  id: 'text-year-consistent',
  title: '文字：标题、表名和“本年本部门…”的陈述年份应为文档年度',
  category: 'text',
  severity: 'error',
  rationale:
    '文档年度取封面首次出现的年份。封面、目录、各级标题和每页表名中的年份都应是该年度；“2024年本部门收入预算…”这类对本年预算的陈述也应写该年度——写成别的年份通常是沿用上年文本未改。比较句（“较2023年减少”“与2022年持平”）可写上一年度；资产存量“截至…年末”对预算应为上一年末，对决算为本年末。与上一年度以外的年份比较为警告。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '2024年预算的说明写“2023年本部门收入预算6563.63万元”',
    message:
      '说明“…入、事业收入等单位资金。2023年本部门收入预算6563.63万…”写的是 2023 年，文档年度为 2024 年（封面第5行）',
  },
  check(doc) {
    const pieces = textPieces(doc);
    const found = documentYear(
      doc,
      pieces.filter((p) => HEADING_ROLES.includes(p.role)),
    );
    if (!found) return [];
    const of: YearOf = {
      ...found,
      note:
        found.year === doc.year && doc.yearSource
          ? `（封面第${doc.yearSource.line}行）`
          : `（${found.count}处标题所写）`,
    };
    const out: FindingDraft[] = [];
    for (const piece of pieces) {
      if (HEADING_ROLES.includes(piece.role)) out.push(...headingFindings(of, piece));
      else if (piece.role === 'paragraph') out.push(...statementFindings(doc, of, piece));
    }
    return out;
  },
});
