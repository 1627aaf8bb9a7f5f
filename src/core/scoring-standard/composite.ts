// Standards in several scored parts: "①…计3分，每发现1例不及时扣0.1分；②…计2分…；③…计3分…",
// "1、…计4分，每缺少一项扣0.1分。2、…计4分…", or sentences that each score on their own ("完成…工作计5分，
// 否则不计分。为…做好沟通对接工作计5分，否则不计分"). Each part is read as a standard of its own, within
// the points it names; a part that names none (满分 only) leaves the split of the weight unknown.

import { Decimal } from '../decimal.js';
import { clausesOf, explicitPoints } from './clauses.js';
import type { ReadContext, ReadResult } from './context.js';
import { unreadable } from './context.js';
import type { CompositeRule } from './types.js';

const CIRCLED = /[①②③④⑤⑥⑦⑧⑨]/;
const NUMBERED = /(?:^|(?<=[。;；]))\d[、.](?!\d)/;

function partsOf(text: string): string[] | null {
  if (!CIRCLED.test(text) && !NUMBERED.test(text) && text.indexOf('否则') === text.lastIndexOf('否则'))
    return null;
  if (CIRCLED.test(text)) return text.split(CIRCLED).filter((p) => p.replace(/[,，;；。]/g, '') !== '');
  if (NUMBERED.test(text)) return text.split(new RegExp(NUMBERED.source, 'g')).filter((p) => p !== '');
  const sentences = text.split('。').filter((s) => s !== '');
  if (
    sentences.length >= 2 &&
    sentences.every((s) => /否则/.test(s) && explicitPoints(clausesOf(s).clauses).length > 0)
  ) {
    return sentences;
  }
  return null;
}

export function readComposite(
  text: string,
  ctx: ReadContext,
  readPart: (text: string, ctx: ReadContext) => ReadResult,
): ReadResult {
  const texts = partsOf(text);
  if (!texts || texts.length < 2) return null;
  const parts: CompositeRule['parts'] = [];
  for (const [i, raw] of texts.entries()) {
    const part = raw.replace(/^[,，;；。]+|[,，;；。]+$/g, '');
    const points = explicitPoints(clausesOf(part).clauses);
    const max = points.reduce<Decimal | null>((m, p) => (m === null || p.gt(m) ? p : m), null);
    if (max === null || max.isZero()) return unreadable(`第${i + 1}部分没有写明分值`);
    const result = readPart(part, { ...ctx, weight: max });
    if (!result || 'unreadable' in result) {
      return unreadable(`第${i + 1}部分“${part}”：${result ? result.unreadable : '无法识别'}`);
    }
    parts.push({ text: part, max, rule: result.rule });
  }
  const total = Decimal.sum(parts.map((p) => p.max));
  if (ctx.weight && !total.eq(ctx.weight)) {
    ctx.notes.push(
      `各部分分值合计${total.toString()}分，与该指标分值${ctx.weight.toString()}分不一致：得分不超过指标分值`,
    );
  }
  return { rule: { kind: 'composite', parts } };
}
