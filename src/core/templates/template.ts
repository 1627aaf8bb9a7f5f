// A template describes one region's disclosure layout as data: which standard tables it has, how
// their titles are printed, their shape and their columns. A new region is a new template, not new
// code (domain.md §5). The table ids are stable across templates; names and titles are per template.

export const TABLE_IDS = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-expenditure',
  'basic-expenditure',
  'three-public',
  'fund-expenditure',
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
}

export interface BalanceTableTemplate extends TableTemplateBase {
  shape: 'balance';
  incomeColumns: readonly ColumnTemplate[];
  expenditureColumns: readonly ColumnTemplate[];
  incomeItems: readonly BalanceItemTemplate[];
  expenditureItems: readonly BalanceItemTemplate[];
}

export interface AmountTableTemplate extends TableTemplateBase {
  shape: 'amounts';
  classification: 'functional' | 'economic' | 'unit';
  columns: readonly ColumnTemplate[];
}

export interface TargetTableTemplate extends TableTemplateBase {
  shape: 'targets';
  target: 'project' | 'unit';
}

export type TableTemplate = BalanceTableTemplate | AmountTableTemplate | TargetTableTemplate;

export interface Template {
  id: string;
  name: string;
  /** Money unit of the tables. */
  unit: '万元' | '元';
  tables: readonly TableTemplate[];
}

export function tableTemplate(template: Template, id: TableId): TableTemplate {
  const t = template.tables.find((x) => x.id === id);
  if (!t) throw new Error(`template ${template.id} has no table ${id}`);
  return t;
}
