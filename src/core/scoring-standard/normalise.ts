// Scoring-standard text in one comparable form: half width, no spaces, one dash, comparison words as
// symbols before a number ("大于等于90%" → "≥90%"; "不超过预算" stays words), and the parts that are not scoring taken out and kept: the weight
// the text states ("该指标分值为20分"), definitions ("完成率=实际完成值/目标值*100%"), basis notes
// ("以实际预算下达数为准"), and a text replaced in place ("…扣完为止改为完成率小于60%…").

import { Decimal } from '../decimal.js';
import { toHalfWidth } from '../text.js';

const WORDS: [RegExp, string][] = [
  [/(?:大于或者等于|大于或等于|大于等于|不低于|不少于|不小于)(?=\d)/g, '≥'],
  [/(?:小于或者等于|小于或等于|小于等于|不高于|不超过|不大于)(?=\d)/g, '≤'],
  [/>=/g, '≥'],
  [/<=/g, '≤'],
  [/(?:大于|高于|超过)(?=\d)/g, '>'],
  [/(?:小于|低于|不足|不到|未达到|未达)(?=\d)/g, '<'],
  [/等于(?=\d)/g, '='],
];

/** The normalised text: half width, no spaces, one dash, comparison words as symbols. */
export function normaliseScoring(text: string): string {
  let t = toHalfWidth(text).replace(/[\s\u00a0]+/g, '');
  t = t.replace(/[—–－~～]+/g, '-').replace(/(?<=\d%?)至(?=\d)/g, '-');
  t = t.replace(/[×xX*＊]/g, '×').replace(/÷/g, '/');
  for (const [re, sym] of WORDS) t = t.replace(re, sym);
  return t;
}

export interface Prepared {
  /** The text left to read as scoring clauses. */
  text: string;
  statedWeight: Decimal | null;
  notes: string[];
}

const STATED_WEIGHT = /(?:该指标)?分值为(\d+(?:\.\d+)?)分[,;。]?/g;
// "完成率=三级指标实际完成值/三级指标目标值×100%", "信访事件办结率=信访事件办结数量/信访事件数量×100%":
// the definition of the rate the standard scores; it is how the evaluator computes the rate anyway.
const DEFINITION = /[\u4e00-\u9fa5]*率=(?!\d)[^;；。,，]*(?:[;；。,，]|$)/g;
const BASIS = /^(?:以实际预算下达数为[准基]准?|以实际预算为准)[,;。]?/;
const REMARK = /\((?:以[^()]*为准|按[^()]*执行)\)/g;
const REPLACED = /改为/;
// "按照走访数量；按照接待批次；全部完成得满分…": what is counted, before the scoring itself.
const LEAD_IN = /^(?:按照[^;；,，。]*[;；,，])+/;

/** Takes out what is not a scoring clause; what it takes out and why is kept in `notes`. */
export function prepare(normalised: string): Prepared {
  const notes: string[] = [];
  let text = normalised;
  const replaced = REPLACED.exec(text);
  if (replaced) {
    notes.push(`评分标准写明“改为”，按“改为”之后的标准执行：${text.slice(replaced.index + 2)}`);
    text = text.slice(replaced.index + 2);
  }
  let statedWeight: Decimal | null = null;
  text = text.replace(STATED_WEIGHT, (_m, n: string) => {
    statedWeight = Decimal.from(n);
    return '';
  });
  // A formula's own "得分=…" is kept: only definitions of a rate are dropped.
  text = text.replace(DEFINITION, (m) => (m.startsWith('得分') ? m : ''));
  text = text.replace(BASIS, '').replace(REMARK, '').replace(LEAD_IN, '');
  return { text, statedWeight, notes };
}
