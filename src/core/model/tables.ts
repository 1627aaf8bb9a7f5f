// The ten standard tables of a department budget (domain.md §1), in three shapes:
// - 'balance': two-sided income/expenditure statements (部门收支总表, 财政拨款收支总表);
// - 'amounts': rows of amounts by classification or unit (收入总表, 支出总表, 一般公共预算支出表,
//   基本支出表, 三公经费表, 政府性基金表), with columns keyed as in the template;
// - 'targets': the two performance-target tables, whose content is in `projectTargets` / `unitTargets`.
// A table that is printed but holds no figures is present with `empty: true`; a table not printed is absent.

import type { Located } from '../source.js';
import type { SourceRef } from '../source.js';
import type { Amount, LineRange } from './common.js';
import type { TableId } from '../templates/template.js';

/** What one printed page of a table prints above its rows. */
export interface TablePageHeading {
  /** The title line as printed ("2024年部门收支总体情况表"). */
  title: Located<string>;
  /** The unit line: its label as printed (部门名称, 编制部门, 编制单位, 单位名称) and the name. */
  department: { label: string; value: string; source: SourceRef } | null;
}

export interface TableBase {
  id: TableId;
  /** Canonical name (domain.md §1), e.g. 部门收支总表. */
  name: string;
  /** The title as printed on the first page. */
  title: Located<string>;
  /** 部门名称 as printed under the title, if any. */
  department: string | null;
  /** 单位 as printed (万元, 元). */
  unit: string | null;
  /** Each printed page of the table (title to last row), in order. */
  pages: LineRange[];
  /** The title and unit line of each printed page, in the order of `pages`. */
  headings?: TablePageHeading[];
  /** True when the table is printed but holds no figures (all blank or zero). */
  empty: boolean;
  /** The note printed under the table (注：…), if any. */
  note: Located<string> | null;
}

export interface ColumnDef {
  /** Stable key of the column in the template, e.g. 'total', 'basic', 'project'. */
  key: string;
  /** The column label (canonical, from the template). */
  label: string;
}

export type BalanceSide = 'income' | 'expenditure';

export interface BalanceEntry {
  source: SourceRef;
  /** The item label as printed, words joined ("本年收入合计"). */
  label: string;
  /** The template's key for this item ('本级财政拨款收入', '本年收入合计', '收入总计', …), null if unknown. */
  key: string | null;
  /** 'item' for a top-level item (一、…), 'subitem' for a sub-item (1、…), 'subtotal' for 本年…合计, 'total' for 总计. */
  role: 'item' | 'subitem' | 'subtotal' | 'total';
  amounts: Record<string, Amount | null>;
}

export interface BalanceTable extends TableBase {
  shape: 'balance';
  columns: { income: ColumnDef[]; expenditure: ColumnDef[] };
  income: BalanceEntry[];
  expenditure: BalanceEntry[];
}

/**
 * Row kinds of amount tables: 'total' (合计), and by classification level — functional:
 * 'class' (类, 3 digits), 'section' (款, 5), 'item' (项, 7); economic: 'class' (类 301), 'item' (款 30101);
 * per-unit tables (三公): 'unit'.
 */
export type AmountRowKind = 'total' | 'class' | 'section' | 'item' | 'unit';

export interface AmountRow {
  source: SourceRef;
  kind: AmountRowKind;
  /** The full classification code (2010301, 20103, 201; 30101, 301), inherited where the row leaves parts blank. */
  code: string | null;
  /** The name as printed (功能科目 / 经济科目名称 / 部门名称), words joined. */
  name: string;
  amounts: Record<string, Amount | null>;
}

export interface AmountTable extends TableBase {
  shape: 'amounts';
  /**
   * 'functional' (功能分类), 'economic' (经济分类), 'unit' (rows are units, e.g. 三公), or 'total'
   * (the table prints one row of figures, its totals: Shanghai's 三公 table).
   */
  classification: 'functional' | 'economic' | 'unit' | 'total';
  columns: ColumnDef[];
  rows: AmountRow[];
}

export interface TargetTable extends TableBase {
  shape: 'targets';
  /** The 合计 row's amount (project table), if printed. */
  total: Amount | null;
}

export type StandardTable = BalanceTable | AmountTable | TargetTable;
