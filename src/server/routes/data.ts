// Reading across documents: the aggregate cubes (babbage style), year over year for a department,
// search, and exports (CSV with BOM and no formulas, JSON, XLSX; a region-year as a Fiscal Data
// Package). Every figure comes only from documents the reader may see.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { AggregateResult, ExportFile, Sheet } from '../../app/index.js';
import {
  aggregate,
  ANONYMOUS,
  cellsSheet,
  CUBE_NAMES,
  cubeModels,
  EXPORT_FORMATS,
  exportSheets,
  fiscalDataPackage,
  getTable,
  getTables,
  parseCut,
  parseOrder,
  publishedStamp,
  search,
  SEARCH_KINDS,
  tableSheet,
  yearOverYear,
  YusuanError,
} from '../../app/index.js';
import type { ServerContext } from '../context.js';
import { errors, idParams, money } from '../schemas.js';

const aggregateQuery = z.object({
  cube: z.enum(CUBE_NAMES as [string, ...string[]]).default('expenditure-functional'),
  measure: z.string().optional().describe('度量（默认 amount，或数据立方的第一个度量）'),
  drilldown: z.string().optional().describe('以逗号分隔的维度，如 year,department,functional.class'),
  cut: z.string().optional().describe('筛选，如 year:2024|region:430100；同一维度多个值用分号'),
  order: z.string().optional().describe('排序，如 amount:desc,year'),
  page: z.coerce.number().int().min(1).default(1),
  pagesize: z.coerce.number().int().min(1).max(10000).default(100),
});

const cellSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
const aggregateResult = z
  .object({
    cube: z.string(),
    measure: z.string(),
    cells: z.array(cellSchema),
    summary: z.record(z.string(), money),
    total_cell_count: z.number().int(),
    page: z.number().int(),
    pagesize: z.number().int(),
  })
  .meta({ id: 'AggregateResult' });

const formatQuery = z.object({ format: z.enum(EXPORT_FORMATS).default('csv') });

function sendFile(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(Buffer.from(file.bytes));
}

function queryOf(q: z.infer<typeof aggregateQuery>) {
  return {
    cube: q.cube,
    measure: q.measure,
    drilldown: q.drilldown
      ? q.drilldown
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    cut: parseCut(q.cut),
    order: parseOrder(q.order),
    page: q.page,
    pagesize: q.pagesize,
  };
}

/**
 * Public aggregations reused while the published documents stay the same: the portal's readers all
 * ask the same few questions, and the answer over a province's departments costs a scan of their rows.
 * Keyed by the query; valid while `publishedStamp` (one small query) is unchanged. Signed-in users see
 * their own drafts too and are answered afresh.
 */
class PublicAggregates {
  private readonly entries = new Map<string, { stamp: string; result: AggregateResult }>();
  constructor(private readonly limit = 500) {}

  async get(store: ServerContext['store'], query: Parameters<typeof aggregate>[2]): Promise<AggregateResult> {
    const key = JSON.stringify(query);
    const stamp = await publishedStamp(store.db);
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.result;
    const result = await aggregate(store.db, ANONYMOUS, query);
    this.entries.delete(key);
    this.entries.set(key, { stamp, result });
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return result;
  }
}

export function dataRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  const { store } = ctx;
  const publicAggregates = new PublicAggregates();
  return (app, _options, done) => {
    app.get(
      '/api/aggregate',
      {
        config: { action: 'aggregate.read' },
        schema: {
          tags: ['data'],
          summary: '汇总（babbage 风格：measure、drilldown、cut、order、page/pagesize）',
          description:
            '数据立方：expenditure-functional（功能分类支出）、expenditure-economic（经济分类基本支出）、income（收入来源）、' +
            'three-public（“三公”经费构成）、projects（项目）、indicators（绩效指标）。金额为精确十进制字符串（万元）。' +
            '默认只汇总部门预算（cut kind: 可改）。',
          querystring: aggregateQuery,
          response: { 200: aggregateResult, ...errors(400) },
        },
      },
      async (request) =>
        request.actor.kind === 'anonymous'
          ? publicAggregates.get(store, queryOf(request.query))
          : aggregate(store.db, request.actor, queryOf(request.query)),
    );

    app.get(
      '/api/aggregate/cubes',
      {
        config: { action: 'aggregate.read' },
        schema: {
          tags: ['data'],
          summary: '数据立方及其维度与度量',
          response: {
            200: z.array(
              z.object({
                name: z.string(),
                title: z.string(),
                measures: z.array(z.string()),
                dimensions: z.array(z.string()),
              }),
            ),
          },
        },
      },
      () => Promise.resolve(cubeModels()),
    );

    app.get(
      '/api/aggregate/export',
      {
        config: { action: 'export.read' },
        schema: {
          tags: ['data'],
          summary: '导出汇总结果（CSV 带 BOM、JSON、XLSX）',
          querystring: aggregateQuery.extend(formatQuery.shape),
        },
      },
      async (request, reply) => {
        const r = await aggregate(store.db, request.actor, queryOf(request.query));
        const file = await exportSheets(`aggregate-${r.cube}`, request.query.format, [
          cellsSheet(r.cube, r.cells, r.measure),
        ]);
        return sendFile(reply, file);
      },
    );

    app.get(
      '/api/departments/:id/year-over-year',
      {
        config: { action: 'document.read' },
        schema: {
          tags: ['data'],
          summary: '部门预算同比：每张表的每一行与上年同一行比较（变动额与变动率）',
          params: z.object({ id: z.coerce.number().int() }),
          querystring: z.object({ year: z.coerce.number().int() }),
          response: {
            200: z.object({
              departmentId: z.number().int(),
              year: z.number().int(),
              current: z.object({ id: z.string(), year: z.number().int() }).nullable(),
              previous: z.object({ id: z.string(), year: z.number().int() }).nullable(),
              rows: z.array(
                z.object({
                  table: z.string(),
                  side: z.string().nullable(),
                  kind: z.string(),
                  code: z.string().nullable(),
                  name: z.string(),
                  current: money.nullable(),
                  previous: money.nullable(),
                  change: money.nullable(),
                  changePct: z.string().nullable(),
                }),
              ),
            }),
            ...errors(404),
          },
        },
      },
      async (request) => {
        const r = await yearOverYear(store.db, request.actor, request.params.id, request.query.year);
        if (!r.current && !r.previous)
          throw new YusuanError(
            'not-found',
            `部门 ${request.params.id} 在 ${request.query.year} 年及上年没有可查看的部门预算`,
          );
        return r;
      },
    );

    app.get(
      '/api/search',
      {
        config: { action: 'search.read' },
        schema: {
          tags: ['data'],
          summary: '搜索部门、项目和绩效指标（中文子串，按匹配程度排序，标出匹配处）',
          querystring: z.object({
            q: z.string().min(1).max(100),
            kind: z.enum(SEARCH_KINDS).optional(),
            limit: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: {
            200: z.array(
              z.object({
                kind: z.enum(SEARCH_KINDS),
                name: z.string(),
                score: z.number(),
                matches: z.array(z.tuple([z.number().int(), z.number().int()])),
                highlight: z.string().describe('名称的 HTML，匹配处在 <mark> 中，其余已转义'),
                departmentId: z.number().int().nullable(),
                department: z.string().nullable(),
                regionCode: z.string().nullable(),
                documentId: z.string().nullable(),
                year: z.number().int().nullable(),
                project: z.string().nullable(),
              }),
            ),
          },
        },
      },
      async (request) =>
        search(store.db, request.actor, request.query.q, {
          limit: request.query.limit,
          ...(request.query.kind ? { kinds: [request.query.kind] } : {}),
        }),
    );

    app.get(
      '/api/documents/:id/export',
      {
        config: { action: 'export.read' },
        schema: {
          tags: ['data'],
          summary: '导出文档的全部表（CSV 为长表；XLSX 每表一个工作表；JSON）',
          params: idParams,
          querystring: formatQuery,
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const tables = await getTables(store.db, request.actor, id);
        if (!tables) throw new YusuanError('not-found', `文档 ${id} 不存在或无权查看`, { id });
        const sheets: Sheet[] = [];
        for (const t of tables) {
          const full = await getTable(store.db, request.actor, id, t.id);
          if (full) sheets.push(tableSheet(full));
        }
        const format = request.query.format;
        const out = format === 'xlsx' ? sheets : [longSheet(sheets)];
        return sendFile(reply, await exportSheets(`document-${id}`, format, out));
      },
    );

    app.get(
      '/api/documents/:id/tables/:table/export',
      {
        config: { action: 'export.read' },
        schema: {
          tags: ['data'],
          summary: '导出一张表（CSV 带 BOM、JSON、XLSX）',
          params: idParams.extend({ table: z.string().min(1).max(64) }),
          querystring: formatQuery,
        },
      },
      async (request, reply) => {
        const t = await getTable(store.db, request.actor, request.params.id, request.params.table);
        if (!t)
          throw new YusuanError('not-found', `文档 ${request.params.id} 没有表 ${request.params.table}`);
        return sendFile(
          reply,
          await exportSheets(`${request.params.id}-${t.id}`, request.query.format, [tableSheet(t)]),
        );
      },
    );

    app.get(
      '/api/regions/:code/years/:year/datapackage',
      {
        config: { action: 'export.read' },
        schema: {
          tags: ['data'],
          summary: '地区某年的财政数据包（Fiscal Data Package：datapackage.json 与 CSV，zip）',
          params: z.object({ code: z.string().regex(/^\d{6}$/), year: z.coerce.number().int() }),
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await fiscalDataPackage(store.db, request.actor, request.params.code, request.params.year),
        ),
    );
    done();
  };
}

/** Every table's rows in one long sheet: table, side, kind, code, name, column, amount, line. */
function longSheet(sheets: readonly Sheet[]): Sheet {
  const rows: Sheet['rows'] = [];
  for (const s of sheets)
    for (const r of s.rows)
      for (const c of s.columns)
        if (c.numeric)
          rows.push({
            table: s.name,
            side: r['side'] ?? null,
            kind: r['kind'] ?? null,
            code: r['code'] ?? null,
            name: r['name'] ?? null,
            column: c.key.replace(/^amount\./, ''),
            amount: r[c.key] ?? null,
            line: r['line'] ?? null,
          });
  return {
    name: 'tables',
    columns: [
      { key: 'table', title: '表' },
      { key: 'side', title: '方向' },
      { key: 'kind', title: '行类型' },
      { key: 'code', title: '编码' },
      { key: 'name', title: '名称' },
      { key: 'column', title: '栏目' },
      { key: 'amount', title: '金额（万元）', numeric: true },
      { key: 'line', title: '原文行' },
    ],
    rows,
  };
}
