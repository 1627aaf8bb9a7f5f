// The single sample of the demo script and the docs: 示例市数据管理局's 2025 budget, clean, and the same
// document with its planted defect (the narrative states a “三公” total 0.50 above the table's).

import type { DepartmentBudgetDocument } from '../core/model/document.js';
import { demoDocument } from './city.js';
import { DEPARTMENTS } from './catalogue.js';

const DATA_BUREAU = DEPARTMENTS.findIndex((d) => d.code === '140');

export function sampleDocument(): DepartmentBudgetDocument {
  return demoDocument(DATA_BUREAU, 2025, { defects: false });
}

export function sampleWithDefect(): DepartmentBudgetDocument {
  return demoDocument(DATA_BUREAU, 2025);
}
