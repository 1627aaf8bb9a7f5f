// Performance targets (绩效目标): a goal and indicators in three levels (domain.md §3).
// An indicator row keeps every cell as printed; `level1`/`level2`/`comparator` are the canonical
// readings (null when the printed text is not valid vocabulary, which the review reports).

import type { Decimal } from '../decimal.js';
import type { Located, SourceRef } from '../source.js';
import type { Comparator, Level1Indicator, Level2Indicator } from '../vocabulary.js';
import type { Amount, LineRange } from './common.js';

export interface Indicator {
  source: SourceRef;
  /** 一级指标: canonical, inherited from the rows above when the cell is blank. */
  level1: Level1Indicator | null;
  /** The level-1 text as printed on this row or inherited (words joined). */
  level1Text: string | null;
  /** 二级指标: canonical, inherited when blank. */
  level2: Level2Indicator | null;
  level2Text: string | null;
  /** 三级指标 name as printed (words joined); null when blank. */
  name: string | null;
  /** 指标值 as printed. */
  value: string | null;
  /** 指标值内容 / 指标解释. */
  content: string | null;
  /** 评（扣）分标准. */
  scoring: string | null;
  /** 度量单位 / 计量单位. */
  unit: string | null;
  /** 指标值类型 as printed. */
  valueType: string | null;
  /** The comparator read from 指标值类型 (or from the value, e.g. "≥90%"), null if none is valid. */
  comparator: Comparator | null;
  /** The weight in points (备注 column), null if blank or not a number. */
  weight: Decimal | null;
  /** The weight cell as printed when it is not a number. */
  weightText: string | null;
  /**
   * True when the row only says the level-2 indicator does not apply: the 三级 name and value are
   * blank or placeholders (无). Such rows are not counted as indicators.
   */
  placeholder: boolean;
}

export const TARGET_KINDS = [
  'project',
  'unit',
  'key-project',
  'declaration-project',
  'declaration-department',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const isTargetKind = (x: unknown): x is TargetKind =>
  typeof x === 'string' && (TARGET_KINDS as readonly string[]).includes(x);

export interface PerformanceTarget {
  kind: TargetKind;
  /** 主管部门 / department name. */
  department: string | null;
  /** Budget unit code (6 digits) where the table has one. */
  unitCode: string | null;
  unitName: string | null;
  /** Project name, or unit name for whole-unit targets. */
  name: Located<string>;
  /** 资金总额 (万元). */
  amount: Amount | null;
  /** 绩效目标 / 整体绩效目标 text. */
  goal: Located<string> | null;
  indicators: Indicator[];
  /** Every line range the target's rows occupy (one per page it spans). */
  spans: LineRange[];
}

/** 部门整体支出绩效目标表: one per unit, with its funding split. */
export interface UnitTarget extends PerformanceTarget {
  kind: 'unit';
  /**
   * Keys: total (资金总额), general (一般公共预算), fund (政府性基金拨款), specialAccount (财政专户管理资金),
   * other (其他资金), basic (基本支出), project (项目支出).
   */
  funding: Record<string, Amount | null>;
}

/** The per-unit subtotal rows of the project target table (104001 长沙市人民政府办公厅 795.80). */
export interface TargetUnitSubtotal {
  code: string;
  name: string;
  amount: Amount | null;
  source: SourceRef;
}
