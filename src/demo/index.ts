// The demo city (示例市): a deterministic generator of department budgets for `yusuan serve --demo`,
// `npm start`, the demo script and the benchmarks.
//
// - `demoCity(options)` yields files lazily: `{fileName, bytes, regionCode, regionName, year,
//   departmentCode, departmentName, kind}`; `bytes` is the Hunan text format the text publisher
//   writes, so loading them goes through the real importer and provenance is real. Default: 示例市,
//   40 departments (codes 101–140), 148 budget units (6-digit codes starting with the department's),
//   2023–2025 = 120 files, with the planted defects of `PLANTED_DEFECTS`.
// - `DEMO_REGION` = {code: '439900', name: '示例市', level: 'city'} (a fictional code under Hunan's
//   43); `demoDepartments()` lists the departments with their units; `demoRegion(i)` the i-th region
//   (further regions are fictional counties 990001…, for benchmarks: `regions: 375` is a province of
//   15,000 department budgets a year).
// - Same seed → same bytes. Every table agrees with every other and with the narrative; each year's
//   changes are stated against the previous year's figures of the same generator.
export {
  DEMO_REGION,
  DEMO_SEED,
  DEMO_YEARS,
  demoCity,
  demoDepartments,
  demoDocument,
  demoRegion,
  departmentSpec,
} from './city.js';
export type { DemoDepartment, DemoFile, DemoOptions } from './city.js';
export type { DemoRegion } from './figures.js';
export { PLANTED_DEFECTS, defectsOf } from './defects.js';
export type { PlantedDefect } from './defects.js';
export { sampleDocument, sampleWithDefect } from './sample.js';
