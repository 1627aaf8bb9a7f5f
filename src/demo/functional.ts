// A department's expenditure by functional classification (类 → 款 → 项), summed from its units'
// economic items and projects: the rows of 部门收入总表, 部门支出总表, 一般公共预算支出表 and
// 政府性基金预算支出表. Each 类 = Σ its 款, each 款 = Σ its 项, by construction.

import type { FunctionalItem } from './catalogue.js';
import { CLASS_OF, HOUSING_SECTION, MEDICAL_SECTION, OTHER_SECTIONS, PENSION_SECTION } from './catalogue.js';
import type { DepartmentFigures } from './figures.js';

export interface FunctionalRow {
  kind: 'class' | 'section' | 'item';
  code: string;
  name: string;
  basic: number;
  project: number;
}

export type FundScope = 'general' | 'fund' | 'all';

function sectionNames(f: DepartmentFigures): Map<string, string> {
  const m = new Map<string, string>(Object.entries(OTHER_SECTIONS));
  for (const s of [f.spec.sector.section, PENSION_SECTION, MEDICAL_SECTION, HOUSING_SECTION])
    m.set(s.code, s.name);
  if (f.spec.fund) m.set(f.spec.fund.section.code, f.spec.fund.section.name);
  return m;
}

const memo = new WeakMap<DepartmentFigures, Map<FundScope, FunctionalRow[]>>();

/** The rows of a functional table in code order, for the general budget, the funds or both. */
export function functionalRows(f: DepartmentFigures, scope: FundScope): FunctionalRow[] {
  const known = memo.get(f) ?? new Map<FundScope, FunctionalRow[]>();
  memo.set(f, known);
  const hit = known.get(scope);
  if (hit) return hit;
  const rows = computeRows(f, scope);
  known.set(scope, rows);
  return rows;
}

function computeRows(f: DepartmentFigures, scope: FundScope): FunctionalRow[] {
  const items = new Map<string, { item: FunctionalItem; basic: number; project: number }>();
  const add = (item: FunctionalItem, basic: number, project: number) => {
    const e = items.get(item.code) ?? { item, basic: 0, project: 0 };
    e.basic += basic;
    e.project += project;
    items.set(item.code, e);
  };
  for (const u of f.units) {
    if (scope !== 'fund')
      for (const x of [...u.personnel, ...u.family, ...u.publicFunds]) add(x.functional, x.cents, 0);
    for (const p of u.projects)
      if (scope === 'all' || (scope === 'fund') === p.fund) add(p.functional, 0, p.cents);
  }
  const names = sectionNames(f);
  const rows: FunctionalRow[] = [];
  const codes = [...items.keys()].sort();
  for (const cls of [...new Set(codes.map((c) => c.slice(0, 3)))]) {
    const inClass = codes.filter((c) => c.startsWith(cls));
    rows.push(sumRow('class', cls, CLASS_OF[cls]?.name ?? cls, inClass, items));
    for (const sec of [...new Set(inClass.map((c) => c.slice(0, 5)))]) {
      const inSection = inClass.filter((c) => c.startsWith(sec));
      rows.push(sumRow('section', sec, names.get(sec) ?? sec, inSection, items));
      for (const code of inSection)
        rows.push(sumRow('item', code, items.get(code)?.item.name ?? code, [code], items));
    }
  }
  return rows;
}

function sumRow(
  kind: FunctionalRow['kind'],
  code: string,
  name: string,
  codes: readonly string[],
  items: Map<string, { basic: number; project: number }>,
): FunctionalRow {
  let basic = 0;
  let project = 0;
  for (const c of codes) {
    basic += items.get(c)?.basic ?? 0;
    project += items.get(c)?.project ?? 0;
  }
  return { kind, code, name, basic, project };
}

/** Department totals in cents. */
export interface Totals {
  basic: number;
  personnel: number;
  publicFunds: number;
  generalProject: number;
  fundProject: number;
  project: number;
  general: number;
  fund: number;
  total: number;
  threePublic: { reception: number; abroad: number; purchase: number; operation: number; total: number };
}

const sum = (xs: readonly { cents: number }[]) => xs.reduce((a, x) => a + x.cents, 0);

export function totals(f: DepartmentFigures): Totals {
  let personnel = 0;
  let publicFunds = 0;
  let generalProject = 0;
  let fundProject = 0;
  const three = { reception: 0, abroad: 0, purchase: 0, operation: 0, total: 0 };
  for (const u of f.units) {
    personnel += sum(u.personnel) + sum(u.family);
    publicFunds += sum(u.publicFunds);
    for (const p of u.projects) {
      if (p.fund) fundProject += p.cents;
      else generalProject += p.cents;
    }
    three.reception += u.threePublic.reception;
    three.abroad += u.threePublic.abroad;
    three.purchase += u.threePublic.purchase;
    three.operation += u.threePublic.operation;
  }
  three.total = three.reception + three.abroad + three.purchase + three.operation;
  const basic = personnel + publicFunds;
  return {
    basic,
    personnel,
    publicFunds,
    generalProject,
    fundProject,
    project: generalProject + fundProject,
    general: basic + generalProject,
    fund: fundProject,
    total: basic + generalProject + fundProject,
    threePublic: three,
  };
}

/** One unit's totals: basic, project, general and fund parts. */
export function unitTotals(u: DepartmentFigures['units'][number]) {
  const basic = sum(u.personnel) + sum(u.family) + sum(u.publicFunds);
  const fund = u.projects.filter((p) => p.fund).reduce((a, p) => a + p.cents, 0);
  const project = sum(u.projects);
  return { basic, project, fund, general: basic + project - fund, total: basic + project };
}
