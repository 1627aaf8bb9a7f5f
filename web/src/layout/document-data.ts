// Figures the document page shows besides the tables, read from the model JSON: key totals (from the
// statements as the Hunan template reads them), the composition of income and expenditure, the
// functional classification as a tree (类 → 款 → 项) and this year against last year from the facts
// the explanation states (total and signed change). Values stay decimal strings.
import type { AmountTableJson, BalanceTableJson, FactJson, TabledDocJson, TableId } from '../model/json';
import { isZero, subtract } from '../model/decimal';

export const TABLE_ORDER: readonly TableId[] = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-expenditure',
  'basic-expenditure',
  'three-public',
  'fund-expenditure',
  'state-capital-expenditure',
  'project-targets',
  'unit-targets',
];

export interface Slice {
  name: string;
  value: string;
  line?: number;
}

const balance = (doc: TabledDocJson, id: TableId): BalanceTableJson | null => {
  const t = doc.tables[id];
  return t && t.shape === 'balance' ? t : null;
};
const amounts = (doc: TabledDocJson, id: TableId): AmountTableJson | null => {
  const t = doc.tables[id];
  return t && t.shape === 'amounts' ? t : null;
};

function firstAmount(a: Record<string, { value: string } | null>): string | null {
  for (const v of Object.values(a)) if (v) return v.value;
  return null;
}

function entry(
  t: BalanceTableJson | null,
  side: 'income' | 'expenditure',
  keys: readonly string[],
): string | null {
  const e = t?.[side].find((x) => x.key !== null && keys.includes(x.key));
  return e ? firstAmount(e.amounts) : null;
}

export interface KeyTotals {
  income: string | null;
  expenditure: string | null;
  basic: string | null;
  project: string | null;
  threePublic: string | null;
}

export function keyTotals(doc: TabledDocJson): KeyTotals {
  const s = balance(doc, 'summary');
  const tp = amounts(doc, 'three-public');
  const tpTotal =
    tp?.rows.find((r) => r.kind === 'total') ?? (tp?.classification === 'total' ? tp.rows[0] : undefined);
  const exp = amounts(doc, 'expenditure')?.rows.find((r) => r.kind === 'total');
  return {
    income: entry(s, 'income', ['本年收入合计', '收入总计']),
    expenditure: entry(s, 'expenditure', ['本年支出合计', '支出总计']),
    basic: entry(s, 'expenditure', ['基本支出']) ?? exp?.amounts['basic']?.value ?? null,
    project: entry(s, 'expenditure', ['项目支出']) ?? exp?.amounts['project']?.value ?? null,
    threePublic: tpTotal?.amounts['total']?.value ?? null,
  };
}

function items(t: BalanceTableJson | null, side: 'income' | 'expenditure'): Slice[] {
  return (t?.[side] ?? [])
    .filter((e) => e.role === 'item')
    .map((e) => ({
      name: e.label.replace(/^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]/, ''),
      value: firstAmount(e.amounts) ?? '0',
      line: e.source.line,
    }))
    .filter((x) => !isZero(x.value));
}

/** Income by kind and expenditure by kind, from the 部门收支总表 (items with an amount). */
export function composition(doc: TabledDocJson): { income: Slice[]; expenditure: Slice[] } {
  const s = balance(doc, 'summary');
  return { income: items(s, 'income'), expenditure: items(s, 'expenditure') };
}

export interface ClassNode {
  code: string;
  name: string;
  value: string;
  line: number;
  children: ClassNode[];
}

/** The functional classification of expenditure as a tree, from 部门支出总表 (else 一般公共预算支出表). */
export function functionalTree(doc: TabledDocJson): ClassNode[] {
  const t = [amounts(doc, 'expenditure'), amounts(doc, 'general-expenditure')].find(
    (x) => x && !x.empty && x.classification === 'functional' && x.rows.some((r) => r.kind === 'class'),
  );
  if (!t) return [];
  const roots: ClassNode[] = [];
  const byCode = new Map<string, ClassNode>();
  for (const r of t.rows) {
    if (!r.code || (r.kind !== 'class' && r.kind !== 'section' && r.kind !== 'item')) continue;
    const node: ClassNode = {
      code: r.code,
      name: r.name,
      value: r.amounts['total']?.value ?? '0',
      line: r.source.line,
      children: [],
    };
    byCode.set(r.code, node);
    const parent =
      r.kind === 'item'
        ? byCode.get(r.code.slice(0, 5))
        : r.kind === 'section'
          ? byCode.get(r.code.slice(0, 3))
          : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export interface YearPair {
  name: string;
  current: string;
  previous: string;
  change: string;
  line?: number;
}

const TOTAL_NAMES: readonly [keyof KeyTotals, string][] = [
  ['income', '收入预算'],
  ['expenditure', '支出预算'],
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['threePublic', '“三公”经费'],
];

/** This year against last year's published document of the same department (its key totals). */
export function yearPairsOfTotals(current: Partial<KeyTotals>, previous: Partial<KeyTotals>): YearPair[] {
  const out: YearPair[] = [];
  for (const [key, name] of TOTAL_NAMES) {
    const c = current[key];
    const p = previous[key];
    if (c == null || p == null) continue;
    out.push({ name, current: c, previous: p, change: subtract(c, p) });
  }
  return out;
}

const PAIRS: readonly [string, string, string][] = [
  ['收入预算', 'income.total', 'income.change'],
  ['支出预算', 'expenditure.total', 'expenditure.change'],
  ['机关运行经费', 'operating.total', 'operating.change'],
  ['“三公”经费', 'threePublic.total', 'threePublic.change'],
];

/** This year against last year, from the stated totals and their signed changes (上年 = 本年 − 增减). */
export function yearPairs(facts: readonly FactJson[]): YearPair[] {
  const fact = (key: string) => facts.find((f) => f.key === key && !f.qualifier);
  const out: YearPair[] = [];
  for (const [name, total, change] of PAIRS) {
    const t = fact(total);
    const c = fact(change);
    if (!t || !c) continue;
    out.push({
      name,
      current: t.value,
      previous: subtract(t.value, c.value),
      change: c.value,
      line: c.source.line,
    });
  }
  return out;
}
