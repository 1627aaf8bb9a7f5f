import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import type { DepartmentBudgetDocument } from '../core/model/document.js';
import { keyTotals } from '../core/model/access.js';
import { importBytes } from '../importers/index.js';
import { review } from '../rules/engine.js';
import type { Finding } from '../rules/rule.js';
import type { DemoFile } from './index.js';
import {
  DEMO_REGION,
  PLANTED_DEFECTS,
  demoCity,
  demoDepartments,
  sampleDocument,
  sampleWithDefect,
} from './index.js';
import { renderText } from '../publishers/text/index.js';

const Decimal100 = Decimal.from('100');

interface Loaded {
  file: DemoFile;
  doc: DepartmentBudgetDocument;
  findings: Finding[];
}

const loaded: Loaded[] = [];
const byKey = (code: string, year: number) => {
  const x = loaded.find((l) => l.file.departmentCode === code && l.file.year === year);
  if (!x) throw new Error(`no ${code} ${year}`);
  return x;
};

beforeAll(async () => {
  for (const file of demoCity()) {
    const r = await importBytes(file.bytes, { fileName: file.fileName });
    if (!r.ok) throw new Error(`${file.fileName}: ${r.error.message}`);
    if (r.document.kind !== 'department-budget') throw new Error(`${file.fileName}: ${r.document.kind}`);
    loaded.push({ file, doc: r.document, findings: review(r.document) });
  }
}, 120_000);

describe('the demo city 示例市', () => {
  it('has 40 departments, 148 budget units whose codes start with their department, over 2023–2025', () => {
    const deps = demoDepartments();
    expect(deps).toHaveLength(40);
    expect(deps.flatMap((d) => d.units)).toHaveLength(148);
    for (const d of deps) for (const u of d.units) expect(u.code).toMatch(new RegExp(`^${d.code}\\d{3}$`));
    expect(loaded).toHaveLength(120);
    expect(new Set(loaded.map((l) => l.file.year))).toEqual(new Set([2023, 2024, 2025]));
    expect(loaded.every((l) => l.file.regionCode === DEMO_REGION.code)).toBe(true);
  });

  it('imports every file as the department budget it names, without warnings or errors', () => {
    for (const { file, doc } of loaded) {
      expect(doc.department?.value).toBe(file.departmentName);
      expect(doc.year).toBe(file.year);
      expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(Object.keys(doc.tables)).toHaveLength(10);
    }
  });

  it('gives the review exactly the planted defects, in the documents they were planted in', () => {
    const found = loaded
      .filter((l) => l.findings.length > 0)
      .map(
        (l) =>
          `${l.file.departmentCode}/${l.file.year}: ${[...new Set(l.findings.map((f) => f.rule))].sort().join(' ')}`,
      )
      .sort();
    const planted = PLANTED_DEFECTS.map(
      (d) => `${d.departmentCode}/${d.year}: ${[...d.rules].sort().join(' ')}`,
    ).sort();
    expect(found).toEqual(planted);
    expect(planted).toHaveLength(6);
  });

  it('keeps its totals consistent across tables, units and targets (real figures)', () => {
    const { doc } = byKey('140', 2025);
    const k = keyTotals(doc);
    expect(k.income?.toString()).toBe(k.expenditure?.toString());
    expect(k.basic?.add(k.project ?? k.basic).toString()).toBe(k.expenditure?.toString());
    expect(k.personnel?.add(k.publicFunds ?? k.personnel).toString()).toBe(k.basic?.toString());
    const units = doc.unitTargets.map((u) => u.amount?.value.toString());
    expect(doc.units.map((u) => u.code)).toEqual(['140001', '140002']);
    expect(units).toHaveLength(2);
    // Pinned figures of the default seed: a change of the generator shows here.
    expect([k.expenditure?.toString(), k.basic?.toString(), k.project?.toString(), k.threePublic?.toString()])
      .toMatchInlineSnapshot(`
      [
        "3434.88",
        "2370.31",
        "1064.57",
        "27.12",
      ]
    `);
  });

  it('states each year-on-year change against the previous year’s document', () => {
    for (const { file, doc } of loaded) {
      if (file.year === 2023) continue;
      const before = keyTotals(byKey(file.departmentCode, file.year - 1).doc).income;
      const now = keyTotals(doc).income;
      const change = doc.narrative.facts.find((f) => f.key === 'income.change');
      expect(before && now && change).toBeTruthy();
      if (!before || !now || !change) continue;
      expect(change.value.toString()).toBe(now.sub(before).toString());
      const pct = doc.narrative.facts.find((f) => f.key === 'income.changePct');
      expect(pct?.value.abs().toString()).toBe(
        now.sub(before).abs().mul(Decimal100).div(before, 2)?.toString(),
      );
    }
  });

  it('has government funds in the departments that spend them, and projects with weights summing to 100', () => {
    const civil = keyTotals(byKey('117', 2024).doc);
    expect(civil.fundTotal?.isZero()).toBe(false);
    const { doc } = byKey('112', 2025);
    expect(doc.projectTargets.length).toBeGreaterThan(2);
    for (const t of doc.projectTargets) {
      const w = t.indicators.reduce((a, i) => a + Number(i.weight?.toString() ?? 0), 0);
      expect(w).toBe(100);
      expect(new Set(t.indicators.map((i) => i.level1))).toEqual(
        new Set(['成本指标', '产出指标', '效益指标', '满意度指标']),
      );
    }
  });

  it('is deterministic: the same seed gives the same bytes, another seed other figures', () => {
    const digest = (files: Iterable<DemoFile>) => {
      const h = createHash('sha256');
      for (const f of files) h.update(f.fileName).update(f.bytes);
      return h.digest('hex');
    };
    const opts = { departments: 5, years: [2025] };
    expect(digest(demoCity(opts))).toBe(digest(demoCity(opts)));
    expect(digest(demoCity({ ...opts, seed: 'other' }))).not.toBe(digest(demoCity(opts)));
  });

  it('generates other regions lazily with fresh codes, and no defects outside 示例市', () => {
    const it = demoCity({ regions: 3, departments: 2, years: [2024] });
    const files = [...it];
    expect(files.map((f) => f.fileName.slice(0, 15))).toEqual([
      '439900-2024-101',
      '439900-2024-102',
      '990001-2024-101',
      '990001-2024-102',
      '990002-2024-101',
      '990002-2024-102',
    ]);
    expect(files[2]?.departmentName).toMatch(/^清河县/);
  });

  it('keeps the app sample: 示例市数据管理局 2025, and the same with its 三公 defect', () => {
    const clean = renderText(sampleDocument());
    const defect = renderText(sampleWithDefect());
    expect(clean).toContain('示例市数据管理局');
    expect(clean).not.toBe(defect);
  });
});
