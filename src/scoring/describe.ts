// A parsed rule in a line of Chinese, for the self-evaluation form and the JSON report: what is
// measured and what each outcome scores ("按偏离度分档：偏离小于10%满分（默认）；偏离10%及以上15分…").

import type { Decimal } from '../core/decimal.js';
import type { Band, ParsedStandard, Region, ScoringRule } from '../core/scoring-standard/index.js';
import { pointsText } from './context.js';
import { num, pct, qty } from './format.js';

const AXIS: Record<string, string> = {
  value: '按实际值分档',
  rate: '按完成率分档',
  deviation: '按偏离度分档',
};

function regionText(r: Region, unit: string | null): string {
  const u = unit ?? '';
  const lo = r.lo === null ? null : `${num(r.lo)}${u}`;
  const hi = r.hi === null ? null : `${num(r.hi)}${u}`;
  if (lo !== null && hi !== null && r.lo?.eq(r.hi as Decimal)) return `恰为${lo}`;
  if (lo === null && hi !== null) return `${hi}${r.hiIncl ? '及以下' : '以下'}`;
  if (hi === null && lo !== null) return `${lo}${r.loIncl ? '及以上' : '以上（不含）'}`;
  return `${lo ?? ''}${r.loIncl ? '（含）' : ''}至${hi ?? ''}${r.hiIncl ? '（含）' : ''}`;
}

function bandsText(bands: readonly Band[], regions: readonly Region[], unit: string | null): string {
  return regions
    .map((r) => {
      const b = bands[r.band];
      return b ? `${regionText(r, unit)}${pointsText(b.points)}${b.implicit ? '（默认）' : ''}` : '';
    })
    .join('；');
}

export function describeRule(rule: ScoringRule): string {
  switch (rule.kind) {
    case 'bands': {
      const unit = rule.axis === 'value' ? rule.unit : '%';
      const rest = rule.rest
        ? `；其余${pointsText(rule.rest)}`
        : rule.restDefault
          ? '；未达到时按默认规则'
          : '';
      return `${AXIS[rule.axis] ?? ''}：${bandsText(rule.bands, rule.regions, unit)}${rest}`;
    }
    case 'linear':
      return `完成率低于${pct(rule.threshold)}不得分，其上得分=(完成率-${pct(rule.threshold)})/(1-${pct(rule.threshold)})×${rule.multiplier.kind === 'points' ? num(rule.multiplier.value) : '分值'}`;
    case 'proportional':
      return '按完成率比例计分：得分=完成率×分值';
    case 'deduction': {
      const step = qty(rule.step.value, rule.step.unit);
      const from =
        rule.measure === 'count'
          ? `未发生得${pointsText(rule.full)}，每${step}扣${pointsText(rule.per)}`
          : rule.measure === 'deviation'
            ? `偏离${rule.allowance ? `不超过${pct(rule.allowance)}` : '0'}得${pointsText(rule.full)}，此外每偏离${step}扣${pointsText(rule.per)}`
            : `达到${rule.reference ? qty(rule.reference.value, rule.reference.unit) : '目标'}得${pointsText(rule.full)}，每${rule.measure === 'excess' ? '多' : '少'}${step}${rule.stepRelative ? '（按基准的百分比）' : ''}扣${pointsText(rule.per)}`;
      const cut = rule.cutoff
        ? `，${rule.measure === 'excess' ? '超过' : '低于'}${rule.cutoff.incl ? '或等于' : ''}${qty(rule.cutoff.at.value, rule.cutoff.at.unit)}不得分`
        : '';
      return `扣分：${from}${cut}，扣完为止`;
    }
    case 'binary':
      return `${rule.metText === '其余情形' ? '未出现下述情形' : rule.metText}得${pointsText(rule.met)}，${rule.unmetText ?? '未完成'}${rule.unmet ? `得${pointsText(rule.unmet)}` : '按默认规则'}${rule.judged ? '（可酌情扣分）' : ''}`;
    case 'grades':
      return `定性分档：${rule.levels
        .map((l) => `${l.label}${l.range ? `${pct(l.range.lo)}–${pct(l.range.hi)}` : pointsText(l.points)}`)
        .join('；')}${rule.rest ? `；其余${pointsText(rule.rest)}` : ''}`;
    case 'composite':
      return `分${rule.parts.length}部分计分：${rule.parts.map((p, i) => `（${i + 1}）${num(p.max)}分，${describeRule(p.rule)}`).join('；')}`;
    case 'default':
      return '默认规则：达到目标得满分，否则“≥”按实际÷目标、“≤”按目标÷实际计分；定性指标按达成、部分达成、未达成三档计分';
  }
}

const described = new WeakMap<ParsedStandard, string>();

/** The rule with the readings the parser had to choose (worded once per parsed standard). */
export function describeStandard(std: ParsedStandard): string {
  let text = described.get(std);
  if (text === undefined) {
    const notes = std.notes.length > 0 ? `（${std.notes.join('；')}）` : '';
    text = `${describeRule(std.rule)}${notes}`;
    described.set(std, text);
  }
  return text;
}
