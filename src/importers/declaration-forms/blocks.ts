// The document cut into its forms: each form starts at its title line ("2023年度…项目支出预算绩效目标
// 申报表" or "…整体支出预算绩效目标申报表", or a project's form published alone: "…项目绩效目标表",
// "…项目支出绩效目标表") and runs to the next title. The lines under the title that
// name the filler (填报单位（盖章）：…) and the unit leader (单位负责人：…) are read here.

import { compact } from '../../core/text.js';
import type { Located } from '../../core/source.js';
import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import { lineText } from '../lines.js';
import type { SourceLine } from '../lines.js';

export interface FormBlock {
  kind: 'project' | 'department';
  title: Located<string>;
  filler: Located<string> | null;
  unitLeader: Located<string> | null;
  /** The form's other lines after the title, blank lines and attachment marks (附件1) removed. */
  rows: SourceLine[];
  /** Line of the title and last line of the form. */
  first: number;
  last: number;
  /** True for the document's last form: fields missing at its end mean the file was cut short. */
  lastInDocument: boolean;
}

/** A form's title: 申报表 (declaration) or a project's target form published alone (项目绩效目标表). */
export const FORM_TITLE = /(?:绩效目标申报表|项目(?:支出)?绩效目标表)$/;
const ATTACHMENT = /^附件\s*\d*$/;

function isTitle(line: SourceLine): boolean {
  // Most lines are not titles; a title ends in 表, which settles it before the line is compacted.
  if (!line.text.includes('表')) return false;
  const cells = line.cells.filter((c) => c.text !== '');
  return cells.length === 1 && FORM_TITLE.test(compact(line.text));
}

/** "填报单位（盖章）：湘阴县人民政府办公室" → the text after the colon, located. */
function prefaceValue(line: SourceLine, label: RegExp): Located<string> | null | undefined {
  const text = lineText(line);
  if (!label.test(compact(text))) return undefined;
  const colon = text.search(/[:：]/);
  const value = colon >= 0 ? text.slice(colon + 1).trim() : '';
  return value === '' ? null : { value, source: { line: line.no } };
}

export function splitForms(ctx: ImportContext): FormBlock[] {
  const blocks: FormBlock[] = [];
  let current: FormBlock | null = null;
  for (const line of ctx.lines) {
    if (isTitle(line)) {
      const title = lineText(line);
      current = {
        kind: compact(title).includes('整体支出') ? 'department' : 'project',
        title: { value: title, source: { line: line.no } },
        filler: null,
        unitLeader: null,
        rows: [],
        first: line.no,
        last: line.no,
        lastInDocument: false,
      };
      blocks.push(current);
      continue;
    }
    if (line.blank) continue;
    // An attachment mark holds 附; testing for it first spares compacting every other line.
    if (line.text.includes('附') && ATTACHMENT.test(compact(line.text))) continue;
    if (!current) {
      ctx.report(
        'unplaced-line',
        'warning',
        `第${line.no}行“${quote(line.text)}”在第一张申报表标题之前，未读取`,
        line.no,
      );
      continue;
    }
    current.last = line.no;
    if (!line.tabular) {
      const filler = prefaceValue(line, /^填报单位/);
      if (filler !== undefined) {
        current.filler ??= filler;
        continue;
      }
      const leader = prefaceValue(line, /^单位负责人/);
      if (leader !== undefined) {
        current.unitLeader ??= leader;
        continue;
      }
    }
    current.rows.push(line);
  }
  const lastBlock = blocks[blocks.length - 1];
  if (lastBlock) lastBlock.lastInDocument = true;
  return blocks;
}
