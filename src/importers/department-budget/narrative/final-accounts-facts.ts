// The figures the final accounts' explanation (情况说明) states, section by section, in the wording of
// the national template: totals and their change on the year before (增加/减少 X 万元，增长/下降 Y%),
// parts of income and expenditure with their shares (占 Y%), the general budget by class and by item
// (年初预算为 X 万元，支出决算为 Y 万元), 三公 against its budget, 机关运行经费, 政府采购, and the years
// the text names. Each fact keeps its exact value, the phrase and the line its number is printed on.

import { Decimal } from '../../../core/decimal.js';
import type {
  FactKey,
  NarrativeClassAmount,
  NarrativeFact,
  NarrativeSectionKey,
} from '../../../core/model/narrative.js';
import { lineAt, matchForm } from './located-text.js';
import type { LocatedText } from './located-text.js';

const N = String.raw`(\d[\d,]*(?:\.\d+)?)`;

interface Reading {
  facts: NarrativeFact[];
  classAmounts: NarrativeClassAmount[];
}

/** Reads one section's text with the patterns for it. */
class SectionReader {
  readonly form: string;
  constructor(
    readonly text: LocatedText,
    readonly out: Reading,
  ) {
    this.form = matchForm(text);
  }

  private push(
    key: FactKey,
    value: Decimal,
    unit: string,
    at: number,
    phrase: string,
    qualifier?: string,
  ): void {
    const fact: NarrativeFact = { key, value, unit, text: phrase, source: { line: lineAt(this.text, at) } };
    if (qualifier !== undefined) fact.qualifier = qualifier;
    this.out.facts.push(fact);
  }

  /** The first match of `re`, its group `g` read as a figure under `key`: 万元, or per cent for …Pct keys. */
  amount(key: FactKey, re: RegExp, g = 1): RegExpExecArray | null {
    const m = re.exec(this.form);
    const v = m?.[g] ? Decimal.parse(m[g]) : null;
    const unit = /Pct$|share$/.test(key) ? '%' : '万元';
    if (m && v) this.push(key, v, unit, m.index + m[0].indexOf(m[g] ?? ''), this.phrase(m));
    return m;
  }

  /** Every match of a global `re`: amount in group 2 (and share in 3) for the part named in group 1. */
  parts(amountKey: FactKey, shareKey: FactKey | null, re: RegExp): void {
    for (const m of this.form.matchAll(re)) {
      const name = this.text.text.slice(
        (m.index ?? 0) + m[0].indexOf(m[1] ?? ''),
        (m.index ?? 0) + m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length,
      );
      const v = m[2] ? Decimal.parse(m[2]) : null;
      const at = m.index ?? 0;
      if (v)
        this.push(
          amountKey,
          v,
          '万元',
          at + m[0].indexOf(m[2] ?? ''),
          this.text.text.slice(at, at + m[0].length),
          name,
        );
      const share = m[3] ? Decimal.parse(m[3]) : null;
      if (shareKey && share)
        this.push(
          shareKey,
          share,
          '%',
          at + m[0].lastIndexOf(m[3] ?? ''),
          this.text.text.slice(at, at + m[0].length),
          name,
        );
    }
  }

  /**
   * The change after `subject` ("…总计增加56.95万元，增长1.87%" or "…持平"): a signed amount and a
   * signed per cent; 持平 is a change of zero.
   */
  change(changeKey: FactKey, pctKey: FactKey, subject: string): void {
    const re = new RegExp(
      `${subject}(?:支出)?(?:决算)?(?<dir>增加|减少)(?<v>\\d[\\d,]*(?:\\.\\d+)?)万元[，,]?(?<pdir>增长|下降)(?<p>\\d[\\d,]*(?:\\.\\d+)?)%`,
    );
    const m = re.exec(this.form);
    const g = m?.groups;
    if (m && g) {
      const v = g['v'] ? Decimal.parse(g['v']) : null;
      const p = g['p'] ? Decimal.parse(g['p']) : null;
      const phrase = this.phrase(m);
      const vAt = m.index + m[0].indexOf(g['dir'] ?? '') + (g['dir'] ?? '').length;
      const pAt = m.index + m[0].lastIndexOf(g['pdir'] ?? '') + (g['pdir'] ?? '').length;
      if (v) this.push(changeKey, g['dir'] === '减少' ? v.neg() : v, '万元', vAt, phrase);
      if (p) this.push(pctKey, g['pdir'] === '下降' ? p.neg() : p, '%', pAt, phrase);
      return;
    }
    const flat = new RegExp(`${subject}[^。]{0,12}持平`).exec(this.form);
    if (flat) {
      const phrase = this.phrase(flat);
      this.push(changeKey, Decimal.ZERO, '万元', flat.index, phrase);
      this.push(pctKey, Decimal.ZERO, '%', flat.index, phrase);
    }
  }

  /** Years named: the document's own ("2024年度收入支出总计") and the one compared with ("与2023年度相比"). */
  years(): void {
    const stated = /(20\d{2})年度?(?:收入支出总计|财政拨款收入支出总计|预算绩效管理|政府采购|无)/.exec(
      this.form,
    );
    if (stated?.[1])
      this.push('year.stated', Decimal.from(stated[1]), '年', stated.index, this.phrase(stated));
    const previous = /(?:与|比)(20\d{2})年度?(?:相比|增加|减少|持平)/.exec(this.form);
    if (previous?.[1])
      this.push('year.previous', Decimal.from(previous[1]), '年', previous.index, this.phrase(previous));
  }

  phrase(m: RegExpExecArray): string {
    return this.text.text.slice(m.index, m.index + m[0].length);
  }
}

const read = (
  texts: ReadonlyMap<NarrativeSectionKey, LocatedText>,
  key: NarrativeSectionKey,
  out: Reading,
) => {
  const t = texts.get(key);
  return t ? new SectionReader(t, out) : null;
};

export function readFinalAccountsFacts(texts: ReadonlyMap<NarrativeSectionKey, LocatedText>): Reading {
  const out: Reading = { facts: [], classAmounts: [] };

  const totals = read(texts, 'totals', out);
  totals?.amount('all.total', new RegExp(`收入支出总计(?:为)?${N}万元`));
  totals?.change('all.change', 'all.changePct', '收入支出总计');
  totals?.years();

  const income = read(texts, 'income', out);
  income?.amount('income.total', new RegExp(`本年收入合计${N}万元`));
  income?.parts(
    'income.part',
    'income.partShare',
    new RegExp(
      `(财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入)${N}万元[，,]?占${N}%`,
      'g',
    ),
  );

  const expenditure = read(texts, 'expenditure', out);
  expenditure?.amount('expenditure.total', new RegExp(`本年支出合计${N}万元`));
  expenditure?.parts(
    'expenditure.part',
    'expenditure.partShare',
    new RegExp(`(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出)${N}万元[，,]?占${N}%`, 'g'),
  );

  const fiscal = read(texts, 'fiscal', out);
  fiscal?.amount('fiscal.total', new RegExp(`财政拨款收入支出总计(?:为)?${N}万元`));
  fiscal?.change('fiscal.change', 'fiscal.changePct', '财政拨款收入支出总计');
  fiscal?.years();

  const general = read(texts, 'general', out);
  if (general) {
    const m = general.amount(
      'general.total',
      new RegExp(`一般公共预算财政拨款支出${N}万元[，,]?占本年支出合计的${N}%`),
    );
    if (m?.[2])
      general.amount(
        'general.share',
        new RegExp(`一般公共预算财政拨款支出${N}万元[，,]?占本年支出合计的${N}%`),
        2,
      );
    general.change('general.change', 'general.changePct', '一般公共预算财政拨款支出');
    general.years();
    for (const c of general.form.matchAll(
      new RegExp(`([\\u4e00-\\u9fff]+?支出)[(（]类[)）]${N}万元[，,]?占${N}%`, 'g'),
    )) {
      const amount = c[2] ? Decimal.parse(c[2]) : null;
      if (!amount || !c[1]) continue;
      out.classAmounts.push({
        scope: 'general',
        name: c[1],
        amount,
        share: c[3] ? Decimal.parse(c[3]) : null,
        source: { line: lineAt(general.text, (c.index ?? 0) + c[0].indexOf(c[2] ?? '')) },
      });
    }
    const whole = new RegExp(`年初预算为${N}万元[，,]?支出决算为${N}万元[，,]?完成年初预算的${N}%`);
    general.amount('general.budget', whole, 1);
    general.amount('general.final', whole, 2);
    general.amount('general.completionPct', whole, 3);
    const items = new RegExp(
      `\\d+[、.]([^。]*?[(（]项[)）])[。.]?主要用于[:：][^。]*?。?[^年]*?年初预算为${N}万元[，,]?支出决算为${N}万元`,
      'g',
    );
    for (const it of general.form.matchAll(items)) {
      const at = it.index ?? 0;
      // The item's 类/款/项 path as printed (full-width brackets), from the text rather than its matching form.
      const nameAt = at + it[0].indexOf(it[1] ?? '');
      const name = general.text.text.slice(nameAt, nameAt + (it[1] ?? '').length).replace(/\s/g, '');
      const phrase = general.text.text.slice(at, at + it[0].length);
      const budget = it[2] ? Decimal.parse(it[2]) : null;
      const final = it[3] ? Decimal.parse(it[3]) : null;
      const lineOf = (g: string | undefined) => lineAt(general.text, at + it[0].lastIndexOf(g ?? ''));
      if (budget)
        out.facts.push({
          key: 'general.itemBudget',
          value: budget,
          unit: '万元',
          text: phrase,
          source: { line: lineOf(it[2]) },
          qualifier: name,
        });
      if (final)
        out.facts.push({
          key: 'general.item',
          value: final,
          unit: '万元',
          text: phrase,
          source: { line: lineOf(it[3]) },
          qualifier: name,
        });
    }
  }

  const basic = read(texts, 'basic', out);
  basic?.amount('basic.total', new RegExp(`基本支出${N}万元`));
  basic?.amount('basic.personnel', new RegExp(`人员经费${N}万元`));
  basic?.amount('basic.publicFunds', new RegExp(`公用经费${N}万元`));

  const three = read(texts, 'threePublic', out);
  if (three) {
    const whole = new RegExp(`年初预算为${N}万元[，,]?支出决算为${N}万元[，,]?完成预算的${N}%`);
    three.amount('threePublic.budget', whole, 1);
    three.amount('threePublic.total', whole, 2);
    three.amount('threePublic.completionPct', whole, 3);
    three.amount('threePublic.abroad', new RegExp(`因公出国[(（]境[)）]费(?:支出)?决算(?:为)?${N}万元`));
    three.amount(
      'threePublic.vehicle',
      new RegExp(`公务用车购置及运行(?:维护)?费(?:支出)?决算(?:为)?${N}万元`),
    );
    three.amount('threePublic.reception', new RegExp(`公务接待费(?:支出)?决算(?:为)?${N}万元`));
  }

  const fund = read(texts, 'fund', out);
  fund?.amount('fund.total', new RegExp(`政府性基金预算财政拨款收入${N}万元`));
  const capital = read(texts, 'stateCapital', out);
  capital?.amount('stateCapital.total', new RegExp(`国有资本经营预算财政拨款收入${N}万元`));

  const other = read(texts, 'other', out);
  if (other) {
    other.amount('operating.total', new RegExp(`机关运行经费支出${N}万元`));
    other.change(
      'operating.change',
      'operating.changePct',
      '机关运行经费支出[\\d,.]+万元[，,]?比20\\d{2}年度?',
    );
    const procurement = new RegExp(
      `政府采购金额(?:[(（][^)）]*[)）])?为${N}万元[，,]?其中[:：]货物采购金额${N}万元[、，,]工程采购金额${N}万元[、，,]服务采购金额${N}万元`,
    );
    other.amount('procurement.total', procurement, 1);
    other.amount('procurement.goods', procurement, 2);
    other.amount('procurement.works', procurement, 3);
    other.amount('procurement.services', procurement, 4);
  }
  return out;
}
