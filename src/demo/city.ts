// The demo regions and their files: 示例市 (439900, a fictional city code under Hunan's 43) with 40
// departments and 148 budget units, and for the benchmarks any number of further fictional counties
// (codes 990001…) with the same departments. Files are produced lazily, one at a time, so a province
// of 15,000 department budgets never sits in memory.

import type { DepartmentBudgetDocument } from '../core/model/document.js';
import { renderText } from '../publishers/text/index.js';
import type { DepartmentSpec } from './catalogue.js';
import { DEPARTMENTS, PLACE_FIRST, PLACE_SECOND } from './catalogue.js';
import { defectsOf } from './defects.js';
import { departmentBudget } from './document.js';
import type { DemoRegion } from './figures.js';
import { unitCodes } from './figures.js';

export const DEMO_REGION: DemoRegion = { code: '439900', name: '示例市', level: 'city' };
export const DEMO_YEARS: readonly number[] = [2023, 2024, 2025];
export const DEMO_SEED = 'yusuan-demo';

export interface DemoOptions {
  /** Any string; the same seed gives the same bytes. Default DEMO_SEED. */
  seed?: string;
  /** How many regions: 示例市 first, then fictional counties. Default 1. */
  regions?: number;
  /** Departments per region (at most 900; past the 40 of the catalogue they repeat as 分局). Default 40. */
  departments?: number;
  /** Budget years. Default 2023–2025. */
  years?: readonly number[];
  /** Plant the documented defects in 示例市's documents (defects.ts). Default true. */
  defects?: boolean;
}

export interface DemoFile {
  /** `439900-2025-112-示例市教育局.txt`. */
  fileName: string;
  /** The document in the Hunan text format (UTF-8), as the text publisher renders it. */
  bytes: Uint8Array;
  regionCode: string;
  regionName: string;
  year: number;
  departmentCode: string;
  departmentName: string;
  kind: 'department-budget';
}

export interface DemoDepartment {
  code: string;
  name: string;
  units: { code: string; name: string }[];
}

/** The i-th region (0-based): 示例市, then counties with made-up names. */
export function demoRegion(i: number): DemoRegion {
  if (i === 0) return DEMO_REGION;
  const a = PLACE_FIRST[(i - 1) % PLACE_FIRST.length] ?? '';
  const b = PLACE_SECOND[Math.floor((i - 1) / PLACE_FIRST.length) % PLACE_SECOND.length] ?? '';
  const round = Math.floor((i - 1) / (PLACE_FIRST.length * PLACE_SECOND.length));
  return { code: String(990000 + i), name: `${a}${b}${round > 0 ? round + 1 : ''}县`, level: 'county' };
}

const CHINESE_ORDINALS = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The i-th department spec (0-based): the catalogue, then the catalogue again as 分局 with new codes. */
export function departmentSpec(i: number): DepartmentSpec {
  if (i >= 900) throw new RangeError('a region has at most 900 departments (codes 100–999)');
  const spec = DEPARTMENTS[i % DEPARTMENTS.length];
  if (!spec) throw new Error('empty department catalogue');
  if (i < DEPARTMENTS.length) return spec;
  const round = Math.floor(i / DEPARTMENTS.length);
  return {
    ...spec,
    code: String(100 + i),
    name: `${spec.name}第${CHINESE_ORDINALS[round] ?? round + 1}分局`,
  };
}

/** The departments of a region with their full names and units. */
export function demoDepartments(
  options: DemoOptions = {},
  region: DemoRegion = DEMO_REGION,
): DemoDepartment[] {
  const n = options.departments ?? DEPARTMENTS.length;
  return Array.from({ length: n }, (_, i) => {
    const spec = departmentSpec(i);
    return {
      code: spec.code,
      name: `${region.name}${spec.name}`,
      units: unitCodes(spec).map((u) => ({ code: u.code, name: `${region.name}${u.name}` })),
    };
  });
}

/** One department budget as a model, with the planted defects when the options ask for them. */
export function demoDocument(
  departmentIndex: number,
  year: number,
  options: DemoOptions = {},
  region: DemoRegion = DEMO_REGION,
): DepartmentBudgetDocument {
  const spec = departmentSpec(departmentIndex);
  const doc = departmentBudget({ seed: options.seed ?? DEMO_SEED, region, spec }, year);
  if (options.defects !== false && region.code === DEMO_REGION.code)
    for (const d of defectsOf(spec.code, year)) d.apply(doc);
  return doc;
}

const encoder = new TextEncoder();

/**
 * Every demo file, lazily: for each region, each year, each department. The default is 示例市's
 * 120 department budgets (40 departments × 2023–2025) with its planted defects.
 */
export function* demoCity(options: DemoOptions = {}): Generator<DemoFile> {
  const regions = options.regions ?? 1;
  const years = options.years ?? DEMO_YEARS;
  const n = options.departments ?? DEPARTMENTS.length;
  for (let r = 0; r < regions; r++) {
    const region = demoRegion(r);
    for (const year of years) {
      for (let i = 0; i < n; i++) {
        const doc = demoDocument(i, year, options, region);
        const code = departmentSpec(i).code;
        const name = doc.department?.value ?? '';
        yield {
          fileName: `${region.code}-${year}-${code}-${name}.txt`,
          bytes: encoder.encode(renderText(doc)),
          regionCode: region.code,
          regionName: region.name,
          year,
          departmentCode: code,
          departmentName: name,
          kind: 'department-budget',
        };
      }
    }
  }
}
