// The figures Part 1 states, read with the patterns of fact-patterns.ts: each fact keeps its exact
// value, its unit, the phrase it was read from and the line its number is printed on. The reader
// reports what is written; whether it agrees with the tables is for the review to say.

import { Decimal } from '../../../core/decimal.js';
import { FACT_KEYS } from '../../../core/model/narrative.js';
import type { FactKey, NarrativeClassAmount, NarrativeFact } from '../../../core/model/narrative.js';
import type { Located } from '../../../core/source.js';
import type { ImportContext } from '../../context.js';
import { CLASS_ITEM, FACT_PATTERNS, NOT_CLASSES, REASON } from './fact-patterns.js';
import type { FactPattern, FactScope } from './fact-patterns.js';
import { lineAt, matchForm, sliceText } from './located-text.js';
import type { LocatedText } from './located-text.js';
import type { OtherMatterItem } from './other-matters.js';

export interface FactSources {
  /** Section 三, 四 and 五 as texts (paragraphs separated by newlines), when present. */
  totals?: LocatedText;
  general?: LocatedText;
  fund?: LocatedText;
  /** The items of section 六. */
  matters: readonly OtherMatterItem[];
}

export interface FactReading {
  facts: NarrativeFact[];
  classAmounts: NarrativeClassAmount[];
  threePublicChangeReason: Located<string> | null;
}

const NARRATIVE = { table: '部门预算说明' };
const PLANNED_ADDITIONS = /拟新增|计划新增|新增(?:配置|配备|购置)/;
const TRAINING_START = /培训费(?:预算)?(?:为|是)?\d/;

/** Cuts the text at the first match of `at`: the part before and the part from it. */
function cutAt(t: LocatedText, at: RegExp): [LocatedText, LocatedText | undefined] {
  const i = matchForm(t).search(at);
  return i < 0 ? [t, undefined] : [sliceText(t, 0, i), sliceText(t, i)];
}

function buildScopes(src: FactSources): Map<FactScope, LocatedText> {
  const scopes = new Map<FactScope, LocatedText>();
  const put = (scope: FactScope, t: LocatedText | undefined) => {
    if (t) scopes.set(scope, t);
  };
  put('totals', src.totals);
  put('general', src.general);
  put('fund', src.fund);
  for (const item of src.matters) {
    if (item.key === 'generalSpending') {
      const meeting = matchForm(item.body).search(/会议费/);
      const [beforeTraining, training] = cutAt(item.body, TRAINING_START);
      // Meeting costs come first in every template seen; the training part starts at 培训费.
      if (meeting >= 0 && meeting < beforeTraining.text.length)
        put('meeting', sliceText(beforeTraining, meeting));
      put('training', training);
    } else if (item.key === 'assets') {
      const [held, planned] = cutAt(item.body, PLANNED_ADDITIONS);
      put('assetsHeld', held);
      put('assetsNew', planned);
    } else {
      put(item.key, item.body);
    }
  }
  return scopes;
}

function sign(dir: string | undefined, v: Decimal): Decimal {
  return dir === '减少' || dir === '下降' ? v.neg() : v;
}

export function readFacts(ctx: ImportContext, src: FactSources): FactReading {
  const scopes = buildScopes(src);
  const out: FactReading = { facts: [], classAmounts: [], threePublicChangeReason: null };
  const seen = new Set<FactKey>();
  const forms = new Map([...scopes].map(([scope, t]) => [scope, matchForm(t)]));
  for (const p of FACT_PATTERNS) {
    const t = scopes.get(p.scope);
    const form = forms.get(p.scope);
    if (!t || form === undefined || seen.has(p.key)) continue;
    const m = p.re.exec(form);
    if (!m) continue;
    seen.add(p.key);
    readMatch(ctx, p, t, m, out);
  }
  const order = (k: FactKey) => FACT_KEYS.indexOf(k);
  out.facts.sort((a, b) => order(a.key) - order(b.key));
  return out;
}

/** Parses a figure; reports a warning (and gives null) when it is not a number. */
function figure(ctx: ImportContext, text: string, phrase: string, line: number): Decimal | null {
  const v = Decimal.parse(text);
  if (!v) {
    ctx.report(
      'cell-unreadable',
      'warning',
      `第${line}行“${phrase}”中的数字“${text}”无法读取，应为数字（如 6563.63）`,
      line,
      NARRATIVE,
    );
  }
  return v;
}

function readMatch(
  ctx: ImportContext,
  p: FactPattern,
  t: LocatedText,
  m: RegExpExecArray,
  out: FactReading,
): void {
  const start = m.index;
  const end = start + m[0].length;
  const phrase = t.text.slice(start, end);
  const groups = m.groups ?? {};
  const at = m.indices?.groups ?? {};
  if (p.kind === 'none') {
    out.facts.push({
      key: p.key,
      value: Decimal.ZERO,
      unit: p.unit,
      text: phrase,
      source: { line: lineAt(t, start) },
    });
    return;
  }
  if (p.kind === 'value') {
    const n = groups['n'];
    const line = lineAt(t, at['n']?.[0] ?? start);
    const v = n === undefined ? null : figure(ctx, n, phrase, line);
    if (!v) return;
    out.facts.push({ key: p.key, value: v, unit: p.unit, text: phrase, source: { line } });
    if (p.classes) readClasses(ctx, p.classes, t, end, out);
    return;
  }
  const dir = groups['dir'];
  const dirAt = at['dir']?.[0] ?? start;
  const amountEnd = at['amt']?.[1] ?? at['dir']?.[1] ?? end;
  const changeText = t.text.slice(start, amountEnd);
  if (dir === '持平') {
    out.facts.push({
      key: p.key,
      value: Decimal.ZERO,
      unit: '万元',
      text: changeText,
      source: { line: lineAt(t, dirAt) },
    });
  } else if (groups['n'] !== undefined) {
    const line = lineAt(t, at['n']?.[0] ?? start);
    const v = figure(ctx, groups['n'], changeText, line);
    if (v)
      out.facts.push({ key: p.key, value: sign(dir, v), unit: '万元', text: changeText, source: { line } });
  }
  const pct = groups['p'];
  if (p.pctKey && pct !== undefined) {
    const line = lineAt(t, at['p']?.[0] ?? start);
    const v = figure(ctx, pct, phrase, line);
    if (v)
      out.facts.push({
        key: p.pctKey,
        value: sign(groups['pdir'], v),
        unit: '%',
        text: phrase,
        source: { line },
      });
  }
  if (p.reason) out.threePublicChangeReason = readReason(t, end);
}

/** The reason stated right after a change ("，主要是落实…"), up to the end of its sentence. */
function readReason(t: LocatedText, from: number): Located<string> | null {
  const m = REASON.exec(matchForm(t).slice(from));
  const span = m?.indices?.groups?.['r'];
  if (!span) return null;
  const text = t.text.slice(from + span[0], from + span[1]).replace(/[，,；;]+$/, '');
  return text === '' ? null : { value: text, source: { line: lineAt(t, from + span[0]) } };
}

/** The functional classes listed after a total: "其中：一般公共服务支出6563.63万元，占100.00%". */
function readClasses(
  ctx: ImportContext,
  scope: NarrativeClassAmount['scope'],
  t: LocatedText,
  from: number,
  out: FactReading,
): void {
  const f = matchForm(t);
  const stop = f.indexOf('\n', from);
  const paragraph = f.slice(0, stop < 0 ? f.length : stop);
  const lead = /其中[:,]?/.exec(paragraph.slice(from));
  if (!lead) return;
  const re = new RegExp(CLASS_ITEM.source, CLASS_ITEM.flags);
  re.lastIndex = from + lead.index + lead[0].length;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const name = m.groups?.['name'];
    const n = m.groups?.['n'];
    const nAt = m.indices?.groups?.['n']?.[0] ?? m.index;
    if (!name || n === undefined || NOT_CLASSES.includes(name)) break;
    const line = lineAt(t, nAt);
    const phrase = t.text.slice(m.index, m.index + m[0].length);
    const amount = figure(ctx, n, phrase, line);
    const shareText = m.groups?.['s'];
    const share = shareText === undefined ? null : figure(ctx, shareText, phrase, line);
    if (amount) out.classAmounts.push({ scope, name, amount, share, source: { line } });
  }
}
