// Aggregation in the style of OpenSpending's babbage: a cube is a fact source (rows of stored tables,
// projects or indicators joined with their documents) with dimensions and measures, all named here as
// data; a query drills down by dimensions, cuts by values, orders and pages. Sums are exact (numeric,
// returned as decimal strings in 万元) and only over documents the actor may see.
import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import { YusuanError } from '../core/errors.js';
import type { Database } from './schema.js';
import type { Actor } from './visibility.js';
import { visibleTo } from './visibility.js';

interface Dimension {
  /** SQL of the key (over the cube's source aliased as f, documents as d). */
  key: string;
  /** SQL of a label shown beside the key, when the key is a code. */
  label?: string;
}

interface Cube {
  title: string;
  /** FROM … (aliases: d for documents, f for the fact rows); WHERE conditions of the cube itself. */
  from: string;
  where: string[];
  measures: Record<string, string>;
  dimensions: Record<string, Dimension>;
}

const DOCUMENT_DIMENSIONS: Record<string, Dimension> = {
  year: { key: 'd.year' },
  region: { key: 'd.region_code', label: '(select r.name from regions r where r.code = d.region_code)' },
  department: { key: 'coalesce(d.department_code, d.department_name)', label: 'd.department_name' },
  'department.name': { key: 'd.department_name' },
  kind: { key: 'd.kind' },
  state: { key: 'd.state' },
  document: { key: 'd.id', label: 'd.title' },
};

/** The name of the row of `kind` whose code is the fact row's code cut to `digits`, in the same table. */
const rowName = (kind: string, digits: number) =>
  `(select c.name from table_rows c where c.document_id = f.document_id and c.table_id = f.table_id` +
  ` and c.kind = '${kind}' and c.code = left(f.code, ${digits}) limit 1)`;

const amountOf = (column: string) => `(f.amounts ->> '${column}')::numeric`;

/** The cubes, by name. Amount tables contribute their leaf rows only, so no figure counts twice. */
export const CUBES: Record<string, Cube> = {
  'expenditure-functional': {
    title: '支出（按功能分类，部门支出总表的项级科目）',
    from: 'table_rows f join documents d on d.id = f.document_id',
    where: [`f.table_id = 'expenditure'`, `f.kind = 'item'`],
    measures: { amount: 'f.amount', basic: amountOf('basic'), project: amountOf('project') },
    dimensions: {
      ...DOCUMENT_DIMENSIONS,
      // The class and section names as the document's own table writes them (the names of the
      // classification change over the years).
      'functional.class': { key: 'left(f.code, 3)', label: rowName('class', 3) },
      'functional.section': { key: 'left(f.code, 5)', label: rowName('section', 5) },
      'functional.item': { key: 'f.code', label: 'f.name' },
    },
  },
  'expenditure-economic': {
    title: '基本支出（按经济分类，一般公共预算基本支出表的款级科目）',
    from: 'table_rows f join documents d on d.id = f.document_id',
    where: [`f.table_id = 'basic-expenditure'`, `f.kind = 'item'`],
    measures: { amount: 'f.amount', personnel: amountOf('personnel'), publicFunds: amountOf('publicFunds') },
    dimensions: {
      ...DOCUMENT_DIMENSIONS,
      'economic.class': { key: 'left(f.code, 3)' },
      'economic.item': { key: 'f.code', label: 'f.name' },
    },
  },
  income: {
    title: '收入（按来源，部门收入总表的合计行）',
    from: `table_rows f join documents d on d.id = f.document_id
      cross join lateral jsonb_each_text(f.amounts) as part(key, value)`,
    where: [`f.table_id = 'income'`, `f.kind = 'total'`, `part.key <> 'total'`, `part.value is not null`],
    measures: { amount: 'part.value::numeric' },
    dimensions: { ...DOCUMENT_DIMENSIONS, 'income.kind': { key: 'part.key' } },
  },
  'three-public': {
    title: '“三公”经费（按构成，三公经费表的合计行）',
    from: `table_rows f join documents d on d.id = f.document_id
      cross join lateral jsonb_each_text(f.amounts) as part(key, value)`,
    where: [
      `f.table_id = 'three-public'`,
      `f.kind = 'total'`,
      `part.key in ('reception', 'abroad', 'vehiclePurchase', 'vehicleOperation')`,
      `part.value is not null`,
    ],
    measures: { amount: 'part.value::numeric' },
    dimensions: { ...DOCUMENT_DIMENSIONS, 'three-public.part': { key: 'part.key' } },
  },
  projects: {
    title: '项目（项目支出绩效目标表、重点项目、申报项目）',
    from: 'projects f join documents d on d.id = f.document_id',
    where: [`f.target_kind <> 'unit'`],
    measures: { amount: 'f.amount', count: '1::numeric', indicators: 'f.indicator_count::numeric' },
    dimensions: {
      ...DOCUMENT_DIMENSIONS,
      project: { key: 'f.name' },
      unit: { key: 'f.unit_code', label: 'f.unit_name' },
    },
  },
  indicators: {
    title: '绩效指标（项目与部门整体目标的三级指标）',
    from: `indicators f join documents d on d.id = f.document_id
      join projects p on p.document_id = f.document_id and p.ordinal = f.project_ordinal`,
    where: ['not f.placeholder'],
    measures: { count: '1::numeric', weight: 'f.weight' },
    dimensions: {
      ...DOCUMENT_DIMENSIONS,
      level1: { key: 'f.level1' },
      level2: { key: 'f.level2' },
      indicator: { key: 'f.name' },
      project: { key: 'p.name' },
      'target.kind': { key: 'p.target_kind' },
    },
  },
};

export const CUBE_NAMES = Object.keys(CUBES);

export interface AggregateQuery {
  cube: string;
  measure?: string | undefined;
  drilldown?: readonly string[] | undefined;
  /** dimension → values (a cell matches any of them). */
  cut?: Readonly<Record<string, readonly string[]>> | undefined;
  /** [dimension or measure, direction]. */
  order?: readonly (readonly [string, 'asc' | 'desc'])[] | undefined;
  page?: number | undefined;
  pagesize?: number | undefined;
}

export interface AggregateResult {
  cube: string;
  measure: string;
  cells: Record<string, string | number | null>[];
  summary: Record<string, string>;
  total_cell_count: number;
  page: number;
  pagesize: number;
}

/** `year:2024|region:430100;430200` → {year: ['2024'], region: ['430100', '430200']}. */
export function parseCut(text: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!text) return out;
  for (const part of text.split('|')) {
    const i = part.indexOf(':');
    if (i <= 0) throw new YusuanError('validation', `cut 的每一项应为 “维度:值”：${part}`, { field: 'cut' });
    const dim = part.slice(0, i);
    (out[dim] ??= []).push(...part.slice(i + 1).split(';'));
  }
  return out;
}

/** `amount:desc,year` → [['amount','desc'],['year','asc']]. */
export function parseOrder(text: string | undefined): [string, 'asc' | 'desc'][] {
  if (!text) return [];
  return text.split(',').map((p) => {
    const [name = '', dir = 'asc'] = p.split(':');
    if (dir !== 'asc' && dir !== 'desc')
      throw new YusuanError('validation', `order 的方向应为 asc 或 desc：${p}`, { field: 'order' });
    return [name, dir];
  });
}

export function cubeOf(name: string): Cube {
  const cube = CUBES[name];
  if (!cube)
    throw new YusuanError('validation', `没有数据立方 ${name}（可用：${CUBE_NAMES.join('、')}）`, {
      field: 'cube',
    });
  return cube;
}

function dimensionOf(cube: Cube, cubeName: string, name: string, field: string): Dimension {
  const d = cube.dimensions[name];
  if (!d)
    throw new YusuanError(
      'validation',
      `数据立方 ${cubeName} 没有维度 ${name}（可用：${Object.keys(cube.dimensions).join('、')}）`,
      { field },
    );
  return d;
}

export async function aggregate(
  db: Kysely<Database>,
  actor: Actor,
  q: AggregateQuery,
): Promise<AggregateResult> {
  const cube = cubeOf(q.cube);
  const measure = q.measure ?? Object.keys(cube.measures)[0] ?? 'amount';
  const measureSql = cube.measures[measure];
  if (!measureSql)
    throw new YusuanError(
      'validation',
      `数据立方 ${q.cube} 没有度量 ${measure}（可用：${Object.keys(cube.measures).join('、')}）`,
      { field: 'measure' },
    );
  const drilldown = [...new Set(q.drilldown ?? [])];
  const dims = drilldown.map((name) => ({ name, ...dimensionOf(cube, q.cube, name, 'drilldown') }));
  const conditions: RawBuilder<unknown>[] = [visibleTo(actor, 'd'), ...cube.where.map((w) => sql.raw(w))];
  const cut = q.cut ?? {};
  if (!cut['kind'] && cube.dimensions['kind']) conditions.push(sql`d.kind = 'department-budget'`);
  for (const [name, values] of Object.entries(cut)) {
    const d = dimensionOf(cube, q.cube, name, 'cut');
    conditions.push(sql`(${sql.raw(d.key)})::text in (${sql.join(values)})`);
  }
  const where = sql.join(conditions, sql` and `);
  const from = sql.raw(cube.from);
  const keyCols = dims.flatMap((d, i) => [
    sql`${sql.raw(d.key)} as ${sql.ref(`k${i}`)}`,
    ...(d.label ? [sql`min(${sql.raw(d.label)}) as ${sql.ref(`l${i}`)}`] : []),
  ]);
  const groupBy = dims.length ? sql`group by ${sql.join(dims.map((d) => sql.raw(d.key)))}` : sql``;
  const orderTerms = (q.order ?? []).map(([name, dir]) => {
    const i = drilldown.indexOf(name);
    const target = i >= 0 ? sql.ref(`k${i}`) : name === measure ? sql`sum(${sql.raw(measureSql)})` : null;
    if (!target)
      throw new YusuanError('validation', `order 只能按所选维度或度量排序：${name}`, { field: 'order' });
    return sql`${target} ${sql.raw(dir)} nulls last`;
  });
  const defaultOrder = dims.map((_, i) => sql`${sql.ref(`k${i}`)} asc nulls last`);
  const orderBy = [...orderTerms, ...defaultOrder];
  const pagesize = Math.min(Math.max(q.pagesize ?? 100, 1), 10_000);
  const page = Math.max(q.page ?? 1, 1);
  const select = sql.join([...keyCols, sql`sum(${sql.raw(measureSql)})::text as m`]);
  const cellsQuery = sql<Record<string, unknown>>`select ${select} from ${from} where ${where} ${groupBy}
    ${orderBy.length ? sql`order by ${sql.join(orderBy)}` : sql``} limit ${pagesize} offset ${(page - 1) * pagesize}`;
  const countQuery = dims.length
    ? sql<{ n: number; total: string | null }>`select count(*)::int as n, sum(m)::text as total from (
        select ${sql.join(dims.map((d) => sql.raw(d.key)))}, sum(${sql.raw(measureSql)}) as m
        from ${from} where ${where} ${groupBy}) g`
    : sql<{
        n: number;
        total: string | null;
      }>`select 1 as n, sum(${sql.raw(measureSql)})::text as total from ${from} where ${where}`;
  const [cells, count] = await Promise.all([cellsQuery.execute(db), countQuery.execute(db)]);
  const c = count.rows[0];
  return {
    cube: q.cube,
    measure,
    cells: cells.rows.map((r) => {
      const cell: Record<string, string | number | null> = {};
      dims.forEach((d, i) => {
        cell[d.name] = (r[`k${i}`] ?? null) as string | number | null;
        if (d.label) cell[`${d.name}.label`] = (r[`l${i}`] ?? null) as string | null;
      });
      cell[measure] = (r['m'] ?? null) as string | null;
      return cell;
    }),
    summary: { [measure]: c?.total ?? '0' },
    total_cell_count: c?.n ?? 0,
    page,
    pagesize,
  };
}

/** The cubes with their dimensions and measures (for the API's model endpoint). */
export function cubeModels(): { name: string; title: string; measures: string[]; dimensions: string[] }[] {
  return Object.entries(CUBES).map(([name, c]) => ({
    name,
    title: c.title,
    measures: Object.keys(c.measures),
    dimensions: Object.keys(c.dimensions),
  }));
}

/**
 * What the published documents are now, as one value that changes whenever a document is published,
 * taken back into an adjustment, replaced or removed, or a region renamed: the key under which a
 * public aggregation may be reused (see the server's aggregate route).
 */
export async function publishedStamp(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ stamp: string }>`select
      (select count(*)::text || '/' || coalesce(max(updated_at)::text, '') || '/' ||
        coalesce(sum(version), 0)::text from documents where state = 'published')
      || '/' || (select coalesce(md5(string_agg(code || ':' || name, ',' order by code)), '')
        from regions) as stamp`.execute(db);
  return r.rows[0]?.stamp ?? '';
}
