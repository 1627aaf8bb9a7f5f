// The figures of one department in one year, drawn from the seeded stream: per unit its staff, its
// personnel (301, 303) and public-funds (302) items, its projects and its 三公 costs, all in cents
// (分 of 万元, i.e. the two decimals printed). A figure depends only on (seed, region, department,
// unit, year, item), so last year's figures are recomputed, not remembered, to state the changes.

import type { DepartmentSpec, FunctionalItem } from './catalogue.js';
import { HOUSING, MEDICAL_ADMIN, MEDICAL_INSTITUTION, PENSION } from './catalogue.js';
import { Random } from './random.js';

export interface DemoRegion {
  /** 6-digit region code (行政区划代码, fictional). */
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
}

export interface EconItem {
  code: string;
  name: string;
  cents: number;
  /** The functional item the amount is charged to. */
  functional: FunctionalItem;
}

export interface ProjectFigures {
  name: string;
  unitCode: string;
  cents: number;
  functional: FunctionalItem;
  /** Paid from government funds (政府性基金), not the general budget. */
  fund: boolean;
}

export interface UnitFigures {
  code: string;
  name: string;
  /** The department's own office (行政) or a subordinate institution (事业). */
  kind: 'admin' | 'institution';
  staff: number;
  personnel: EconItem[];
  family: EconItem[];
  publicFunds: EconItem[];
  projects: ProjectFigures[];
  threePublic: { reception: number; abroad: number; purchase: number; operation: number };
}

export interface DepartmentFigures {
  region: DemoRegion;
  spec: DepartmentSpec;
  /** Full name: region name + department name. */
  name: string;
  year: number;
  units: UnitFigures[];
  vehicles: number;
  procurement: { goods: number; works: number; services: number };
  meetingPeople: number;
  trainingPeople: number;
}

// Yearly amounts per head in cents of 万元 (0.01万元 = 100元): [code, name, low, high].
const PERSONNEL_RATES: readonly [string, string, number, number][] = [
  ['30101', '基本工资', 380, 520],
  ['30102', '津贴补贴', 420, 640],
  ['30103', '奖金', 90, 160],
  ['30107', '绩效工资', 300, 520],
  ['30108', '机关事业单位基本养老保险缴费', 210, 260],
  ['30109', '职业年金缴费', 100, 130],
  ['30110', '职工基本医疗保险缴费', 110, 150],
  ['30113', '住房公积金', 170, 230],
];
const PUBLIC_RATES: readonly [string, string, number, number][] = [
  ['30201', '办公费', 20, 45],
  ['30205', '水费', 2, 6],
  ['30206', '电费', 8, 18],
  ['30207', '邮电费', 4, 10],
  ['30211', '差旅费', 15, 40],
  ['30215', '会议费', 3, 9],
  ['30216', '培训费', 4, 11],
  ['30217', '公务接待费', 2, 8],
  ['30228', '工会经费', 12, 18],
  ['30229', '福利费', 10, 16],
  ['30231', '公务用车运行维护费', 6, 20],
  ['30299', '其他商品和服务支出', 10, 35],
];

const item = (code: string, name: string): FunctionalItem => ({ code, name });

/** The demo's yearly growth of rates: a department-wide factor for each year. */
function yearFactor(seed: string, region: string, dep: string, year: number): number {
  let f = 1;
  for (let y = 2020; y <= year; y++) f *= new Random(seed, region, dep, 'growth', y).between(0.96, 1.08);
  return f;
}

function unitStaff(r: Random, kind: UnitFigures['kind'], yearRandom: Random): number {
  const base = kind === 'admin' ? r.int(25, 140) : r.int(8, 90);
  return Math.max(5, base + yearRandom.int(-3, 4));
}

export interface FigureContext {
  seed: string;
  region: DemoRegion;
  spec: DepartmentSpec;
}

export function unitCodes(spec: DepartmentSpec): { code: string; name: string; kind: UnitFigures['kind'] }[] {
  return [
    { code: `${spec.code}001`, name: spec.name, kind: 'admin' as const },
    ...spec.units.map((u, i) => ({
      code: `${spec.code}${String(i + 2).padStart(3, '0')}`,
      name: u,
      kind: 'institution' as const,
    })),
  ];
}

export function departmentFigures(ctx: FigureContext, year: number): DepartmentFigures {
  const { seed, region, spec } = ctx;
  const growth = yearFactor(seed, region.code, spec.code, year);
  const section = spec.sector.section.code;
  const units = unitCodes(spec).map((u, index): UnitFigures => {
    const base = new Random(seed, region.code, u.code, 'base');
    const yr = new Random(seed, region.code, u.code, year);
    const staff = unitStaff(base, u.kind, yr);
    const per = (code: string, low: number, high: number) => {
      const rate = new Random(seed, region.code, u.code, code).int(low, high);
      return Math.round(rate * staff * growth * yr.between(0.97, 1.03));
    };
    const run = u.kind === 'admin' ? item(`${section}01`, '行政运行') : item(`${section}50`, '事业运行');
    const charged = (code: string): FunctionalItem =>
      code === '30108'
        ? PENSION
        : code === '30109'
          ? item('2080506', '机关事业单位职业年金缴费支出')
          : code === '30110'
            ? u.kind === 'admin'
              ? MEDICAL_ADMIN
              : MEDICAL_INSTITUTION
            : code === '30113'
              ? HOUSING
              : run;
    const personnel = PERSONNEL_RATES.filter(([code]) => code !== '30107' || u.kind === 'institution')
      .filter(([code]) => code !== '30103' || u.kind === 'admin')
      .map(([code, name, lo, hi]) => ({ code, name, cents: per(code, lo, hi), functional: charged(code) }));
    const retired = base.int(0, Math.ceil(staff / 4));
    const family: EconItem[] =
      retired > 0
        ? [
            {
              code: '30302',
              name: '退休费',
              cents: Math.round(retired * 420 * growth),
              functional:
                u.kind === 'admin' ? item('2080501', '行政单位离退休') : item('2080502', '事业单位离退休'),
            },
          ]
        : [];
    const hasCars = u.kind === 'admin' || base.chance(0.4);
    const publicFunds = PUBLIC_RATES.filter(([code]) => code !== '30231' || hasCars).map(
      ([code, name, lo, hi]) => ({ code, name, cents: per(code, lo, hi), functional: run }),
    );
    if (spec.abroad && u.kind === 'admin') {
      publicFunds.splice(5, 0, {
        code: '30212',
        name: '因公出国（境）费用',
        cents: Math.round(new Random(seed, region.code, u.code, 'abroad').int(300, 1200) * growth),
        functional: run,
      });
    }
    const cents = (code: string) => publicFunds.find((x) => x.code === code)?.cents ?? 0;
    const purchase = hasCars && yr.chance(0.15) ? yr.int(12, 30) * 100 : 0;
    return {
      code: u.code,
      name: `${region.name}${u.name}`,
      kind: u.kind,
      staff,
      personnel,
      family,
      publicFunds,
      projects: projectsOf(ctx, u.code, index, year, growth),
      threePublic: {
        reception: cents('30217'),
        abroad: cents('30212'),
        purchase,
        operation: cents('30231'),
      },
    };
  });
  const r = new Random(seed, region.code, spec.code, year, 'other');
  const vehicles = units.filter((u) => u.threePublic.operation > 0).length + r.int(0, 3);
  return {
    region,
    spec,
    name: `${region.name}${spec.name}`,
    year,
    units,
    vehicles,
    procurement: {
      goods: r.int(5, 120) * 100,
      works: r.chance(0.3) ? r.int(10, 300) * 100 : 0,
      services: r.int(0, 200) * 100,
    },
    meetingPeople: r.int(5, 60) * 10,
    trainingPeople: r.int(5, 60) * 10,
  };
}

/** The projects of a unit: the department's list dealt out over its units (the office first). */
function projectsOf(ctx: FigureContext, unitCode: string, index: number, year: number, growth: number) {
  const { seed, region, spec } = ctx;
  const count = spec.units.length + 1;
  const out: ProjectFigures[] = [];
  spec.projects.forEach((name, i) => {
    if (i % count !== index) return;
    const base = new Random(seed, region.code, spec.code, name);
    const size = base.int(20, 600) * 100;
    const yr = new Random(seed, region.code, spec.code, name, year);
    const items = spec.sector.projectItems;
    const functional =
      items.length > 0 && base.chance(0.7)
        ? base.pick(items)
        : item(`${spec.sector.section.code}02`, '一般行政管理事务');
    out.push({
      name,
      unitCode,
      cents: Math.round((size * growth * yr.between(0.85, 1.15)) / 100) * 100 + yr.int(0, 99),
      functional,
      fund: false,
    });
  });
  if (spec.fund && index === 0) {
    const base = new Random(seed, region.code, spec.code, 'fund');
    const yr = new Random(seed, region.code, spec.code, 'fund', year);
    out.push({
      name: spec.fund.project,
      unitCode,
      cents: Math.round(base.int(200, 3000) * 100 * growth * yr.between(0.8, 1.2)),
      functional: spec.fund.item,
      fund: true,
    });
  }
  return out;
}
