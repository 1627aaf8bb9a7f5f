// A template describes one region's disclosure layout as data: which document kind it is, which
// standard tables it has, how their titles are printed, their shape and their columns, the sections of
// its explanation and where its headline totals are read. A new region is a new template, not new
// code (domain.md §5). The table ids are stable roles across templates (the summary statement, the
// basic-expenditure table); names, titles and columns are per template. Templates are recognised from
// the document (importers/detect.ts), never configured.

import type { NarrativeSectionKey } from '../model/narrative.js';
import type { MoneyUnit } from '../vocabulary.js';

export const TABLE_IDS = [
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
] as const;
export type TableId = (typeof TABLE_IDS)[number];
export const isTableId = (x: unknown): x is TableId =>
  typeof x === 'string' && (TABLE_IDS as readonly string[]).includes(x);

export interface ColumnTemplate {
  key: string;
  /** Canonical label. */
  label: string;
  /** For multi-level headers: the group label printed above (e.g. 本级财政拨款). */
  group?: string;
  /**
   * The column's part in the row identity total = Σ parts: 'total', a 'part', or 'none' (a column
   * outside the identity: an "其中" column, a sub-part, a figure of another kind). By default the
   * column keyed 'total' is the total, columns labelled 其中… are 'none', the others parts.
   */
  sum?: 'total' | 'part' | 'none';
}

export interface BalanceItemTemplate {
  key: string;
  role: 'item' | 'subitem' | 'subtotal' | 'total';
  /** Printed labels (without numbering, white space removed) that mean this item. */
  labels: readonly string[];
}

interface TableTemplateBase {
  id: TableId;
  /** Position in the document (1-based), as in the table of contents. */
  no: number;
  /** Canonical name (domain.md §1). */
  name: string;
  /** The title as printed after the year, white space removed. */
  titles: readonly string[];
  /** Header captions the table prints besides its column labels (项目, 功能分类科目编码, 决算数…). */
  captions?: readonly string[];
  /** The money unit the template prints this table in when it is not the document's (Shanghai's 三公
   * table is in 万元 in budgets in 元). */
  unit?: MoneyUnit;
}

/**
 * A sum a statement states: an item (by key) equals the sum of other items — listed by key, or every
 * item of role 'item' on that side ('items'), or every functional class (类) it lists ('classes').
 */
export interface BalanceIdentity {
  side: 'income' | 'expenditure';
  total: string;
  parts: readonly string[] | 'items' | 'classes';
}

export interface BalanceTableTemplate extends TableTemplateBase {
  shape: 'balance';
  incomeColumns: readonly ColumnTemplate[];
  expenditureColumns: readonly ColumnTemplate[];
  incomeItems: readonly BalanceItemTemplate[];
  expenditureItems: readonly BalanceItemTemplate[];
  /** The sums the statement states (checked column by column). */
  identities?: readonly BalanceIdentity[];
  /** Pairs of income and expenditure items that must be equal (收入总计 = 支出总计). */
  balances?: readonly (readonly [income: string, expenditure: string])[];
}

export interface AmountTableTemplate extends TableTemplateBase {
  shape: 'amounts';
  /**
   * What a row is: a functional or economic classification code, a unit, or — 'total' — nothing:
   * the table prints one row of figures, the totals (Shanghai's 三公 table).
   */
  classification: 'functional' | 'economic' | 'unit' | 'total';
  columns: readonly ColumnTemplate[];
  /**
   * 'paired': each printed row holds two rows side by side (code, name, figures | code, name,
   * figures), as the final accounts print the basic-expenditure table; the left ones come first.
   */
  layout?: 'paired';
  /**
   * Names of total rows besides 合计/总计 (人员经费合计, 公用经费合计), with the economic classes (类)
   * whose rows they add up.
   */
  totalRows?: readonly { name: string; key: string; classes: readonly string[] }[];
  /** Sums within each row across columns besides total = Σ parts (三公: 小计 = 购置费 + 运行费). */
  rowIdentities?: readonly { total: string; parts: readonly string[] }[];
}

export interface TargetTableTemplate extends TableTemplateBase {
  shape: 'targets';
  target: 'project' | 'unit';
}

export type TableTemplate = BalanceTableTemplate | AmountTableTemplate | TargetTableTemplate;

/** A section of the explanation: its key and the titles its heading prints (numbering and names removed). */
export interface NarrativeSectionTemplate {
  key: NarrativeSectionKey;
  titles: readonly string[];
  /**
   * How the heading may be printed: 'numbered' (一、… or 第三部分…), 'named' (the department's name,
   * a year or a project's name before the title: 上海市普陀区商务委员会机构设置, 2025年部门预算编制说明,
   * 科技创新专项经费情况说明) or 'bare' (the title alone).
   */
  heading: 'numbered' | 'named' | 'bare';
  /** The section may be printed more than once (one 项目经费情况说明 per project). */
  repeated?: boolean;
}

/**
 * Where a headline total is read: an item of a balance statement (side, item key, the column to read,
 * by default its first), or a row of an amount table (its total row, or the total row of that name)
 * and a column.
 */
export type TotalLocator =
  | { table: TableId; side: 'income' | 'expenditure'; item: string; column?: string }
  | { table: TableId; row: 'total' | { name: string }; column: string };

/**
 * Two figures printed in two tables that must agree: the sum of the `a` figures equals the sum of the
 * `b` figures (收入总计 of the statement = 合计 of the income table; 人员经费合计 + 公用经费合计 = 基本支出).
 */
export interface Agreement {
  a: readonly TotalLocator[];
  b: readonly TotalLocator[];
}

/**
 * A statement's functional classes agree with the 类 rows of an amount table: each class item's
 * amount (in `column` of the statement, or its first) equals the class row's amount in `rowColumn`.
 */
export interface ClassAgreement {
  statement: { table: TableId; side: 'income' | 'expenditure'; column?: string };
  amounts: { table: TableId; column: string };
}

export const TOTAL_KEYS = [
  'income',
  'expenditure',
  'basic',
  'project',
  'personnel',
  'publicFunds',
  'threePublic',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

export const TEMPLATE_KINDS = ['department-budget', 'unit-budget', 'final-accounts'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface Template {
  id: string;
  name: string;
  /** The kind of document printed in this layout. */
  kind: TemplateKind;
  /** Money unit of the tables (a table's own 单位 line wins). */
  unit: '万元' | '元';
  /**
   * True when the tables print figures rounded to 0.01 万元 from accounts kept in 元 (the final
   * accounts): a sum of n printed parts may then differ from its printed total by up to n × 0.005
   * 万元 without any error in the accounts. The review reports such differences as information.
   */
  roundedFromYuan?: boolean;
  tables: readonly TableTemplate[];
  /** Labels of the line above a table naming the department or unit (部门名称, 编制部门, 编制单位). */
  unitLabels: readonly string[];
  /**
   * The cover's label for the department ("预算主管部门：…"); absent where the cover prints the
   * department's name above the title (长沙市人民政府办公厅 / 2024年部门预算公开).
   */
  coverLabel?: string;
  /**
   * The explanation's sections, in order. Absent for the Hunan layout, whose seven sections and the
   * facts they state have their own reader (importers/department-budget/narrative).
   */
  narrative?: readonly NarrativeSectionTemplate[];
  /** Where each headline total is read, in order of preference. */
  totals: Partial<Record<TotalKey, readonly TotalLocator[]>>;
  /** How many of the template's tables a document must print (titles followed by rows) to be read with it. */
  minTables: number;
  /** Figures that agree across tables (checked by the review). */
  agreements?: readonly Agreement[];
  /** Statements whose class items agree with an amount table's 类 rows. */
  classAgreements?: readonly ClassAgreement[];
}

export function tableTemplate(template: Template, id: TableId): TableTemplate {
  const t = template.tables.find((x) => x.id === id);
  if (!t) throw new Error(`template ${template.id} has no table ${id}`);
  return t;
}
