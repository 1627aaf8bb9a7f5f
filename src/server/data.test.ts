// Aggregates, year over year, search and exports through the API on both databases: totals equal the
// sum of the stored rows, the previous year's rows are matched, hits are highlighted, CSV starts with a
// BOM and never with a formula, XLSX and the Fiscal Data Package open.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, csvField, Decimal, toCsv } from '../app/index.js';
import { demoCity } from '../demo/index.js';
import { CORPUS, corpusBytes } from '../test-support/corpus.js';
import { multipart } from '../test-support/multipart.js';
import { openTestStore, STORE_KINDS } from '../test-support/stores.js';
import { buildServer } from './app.js';

describe('CSV cells', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['-21.89', '-21.89'],
    ['6563.63', '6563.63'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('%s → %s', (input, out) => expect(csvField(input)).toBe(out));

  it('starts the file with a UTF-8 BOM', () => {
    const bytes = toCsv({
      name: 't',
      columns: [{ key: 'a', title: '名称' }],
      rows: [{ a: '=HYPERLINK("x")' }],
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('名称\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe.each(STORE_KINDS)('data API on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  let auth: Record<string, string> = {};
  const ids: string[] = [];
  const demo = [...demoCity({ departments: 1, years: [2023, 2024] })];

  const upload = async (name: string, bytes: Uint8Array, region: string) => {
    const body = multipart({ name, bytes }, { region });
    const r = await app.inject({
      method: 'POST',
      url: '/api/documents',
      ...body,
      headers: { ...body.headers, ...auth },
    });
    expect(r.statusCode).toBe(201);
    return r.json<{ id: string }>().id;
  };
  const get = async <T>(url: string, headers = auth) => {
    const r = await app.inject({ url, headers });
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    return r.json<T>();
  };

  beforeAll(async () => {
    store = await openTestStore(kind);
    ({ app } = await buildServer({ store, webDir: null }));
    await addUser(store, { name: 'admin', role: 'admin', password: 'admin-password' });
    auth = { authorization: `Bearer ${await createToken(store, 'admin')}` };
    ids.push(await upload(CORPUS.beijing, corpusBytes('beijing'), '430100'));
    ids.push(await upload(CORPUS.bangongting, corpusBytes('bangongting'), '430100'));
    for (const f of demo) ids.push(await upload(f.fileName, f.bytes, f.regionCode));
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });

  type Rows = {
    rows: {
      kind: string;
      code: string | null;
      amount: string | null;
      amounts: Record<string, string | null>;
    }[];
  };
  const storedSum = async (id: string, table: string, rowKind: string, column?: string) => {
    const t = await get<Rows>(`/api/documents/${id}/tables/${table}`);
    return Decimal.sum(
      t.rows
        .filter((r) => r.kind === rowKind)
        .flatMap((r) => {
          const v = column ? r.amounts[column] : r.amount;
          return v ? [Decimal.from(v)] : [];
        }),
    );
  };

  it('sums functional expenditure to the stored rows, per document and in all', async () => {
    const r = await get<{
      cells: Record<string, string>[];
      summary: { amount: string };
      total_cell_count: number;
    }>('/api/aggregate?drilldown=document&cut=region:430100');
    expect(r.total_cell_count).toBe(2);
    let all = Decimal.ZERO;
    for (const id of ids.slice(0, 2)) {
      const expected = await storedSum(id, 'expenditure', 'item');
      all = all.add(expected);
      expect(Decimal.from(r.cells.find((c) => c['document'] === id)?.['amount'] ?? 'x').eq(expected)).toBe(
        true,
      );
    }
    expect(Decimal.from(r.summary.amount).eq(all)).toBe(true);
  });

  it('drills down by year and functional class, cut by region, ordered by amount', async () => {
    const r = await get<{ cells: Record<string, string | number>[]; summary: { amount: string } }>(
      '/api/aggregate?drilldown=year,functional.class&cut=region:439900&order=amount:desc',
    );
    const sums = Decimal.sum(r.cells.map((c) => Decimal.from(String(c['amount']))));
    expect(sums.eq(Decimal.from(r.summary.amount))).toBe(true);
    const amounts = r.cells.map((c) => Decimal.from(String(c['amount'])));
    amounts.slice(1).forEach((a, i) => expect(a.cmp(amounts[i] ?? a)).toBeLessThanOrEqual(0));
    expect(new Set(r.cells.map((c) => c['year']))).toEqual(new Set([2023, 2024]));
    // each class with its name as the documents' tables write it
    const general = r.cells.find((c) => c['functional.class'] === '201');
    expect(general?.['functional.class.label']).toMatch(/^一般公共服务支出/);
    expect(r.cells.every((c) => typeof c['functional.class.label'] === 'string')).toBe(true);
  });

  it('sums income by kind and 三公 by part from the tables’ total rows', async () => {
    const income = await get<{ cells: Record<string, string>[]; summary: { amount: string } }>(
      `/api/aggregate?cube=income&drilldown=income.kind&cut=document:${ids[0]}`,
    );
    const t = await get<Rows>(`/api/documents/${ids[0]}/tables/income`);
    const total = t.rows.find((r) => r.kind === 'total');
    const parts = Object.entries(total?.amounts ?? {}).filter(([k, v]) => k !== 'total' && v !== null);
    expect(income.cells.map((c) => c['income.kind']).sort()).toEqual(parts.map(([k]) => k).sort());
    expect(
      Decimal.from(income.summary.amount).eq(Decimal.sum(parts.map(([, v]) => Decimal.from(v ?? '0')))),
    ).toBe(true);
    const three = await get<{ summary: { amount: string } }>(
      `/api/aggregate?cube=three-public&cut=document:${ids[0]}`,
    );
    const tp = await get<Rows>(`/api/documents/${ids[0]}/tables/three-public`);
    const tpTotal = tp.rows.find((r) => r.kind === 'total')?.amounts ?? {};
    const expected = ['reception', 'abroad', 'vehiclePurchase', 'vehicleOperation'].flatMap((k) =>
      tpTotal[k] ? [Decimal.from(tpTotal[k])] : [],
    );
    expect(Decimal.from(three.summary.amount).eq(Decimal.sum(expected))).toBe(true);
  });

  it('counts projects and indicators', async () => {
    const p = await get<{ summary: { count: string } }>(
      `/api/aggregate?cube=projects&measure=count&cut=document:${ids[1]}`,
    );
    const projects = await get<{ kind: string }[]>(`/api/documents/${ids[1]}/projects`);
    expect(Number(p.summary.count)).toBe(projects.filter((x) => x.kind !== 'unit').length);
    const i = await get<{ cells: Record<string, string>[] }>(
      `/api/aggregate?cube=indicators&measure=weight&drilldown=level1&cut=document:${ids[1]}`,
    );
    expect(i.cells.map((c) => c['level1'])).toContain('产出指标');
  });

  it('aggregates nothing for anonymous readers while everything is a draft', async () => {
    const r = await get<{ total_cell_count: number; summary: { amount: string } }>(
      '/api/aggregate?drilldown=year',
      {},
    );
    expect(r).toMatchObject({ total_cell_count: 0, summary: { amount: '0' } });
  });

  it('answers the public from a reused aggregation until the published documents change', async () => {
    const publicTotal = async () =>
      (await get<{ summary: { amount: string } }>('/api/aggregate?drilldown=year', {})).summary.amount;
    expect(await publicTotal()).toBe('0');
    expect(await publicTotal()).toBe('0'); // the reused answer
    // one document published through the chain: the next public answer has its figures
    const id = ids[2] ?? '';
    const post = (url: string, payload: object = {}) =>
      app.inject({ method: 'POST', url, payload, headers: auth });
    const review = await get<{ findings: { key: string; severity: string }[] }>(
      `/api/documents/${id}/review`,
    );
    for (const f of review.findings.filter((x) => x.severity === 'error'))
      await post(`/api/documents/${id}/explanations`, { key: f.key, text: '已核实' });
    for (const step of ['submit', 'approve', 'publish']) {
      const r = await post(`/api/documents/${id}/${step}`, step === 'approve' ? { opinion: '同意' } : {});
      expect(r.statusCode, r.body).toBe(200);
    }
    const expected = await storedSum(id, 'expenditure', 'item');
    expect(Decimal.from(await publicTotal()).eq(expected)).toBe(true);
    // taken back into an adjustment: out of the public's sums until the adjustment is published (the
    // sums count the rows of published documents; the document page keeps showing the published version)
    const adjust = await post(`/api/documents/${id}/adjust`, { opinion: '调整项目支出' });
    expect(adjust.statusCode, adjust.body).toBe(200);
    expect(await publicTotal()).toBe('0');
  });

  it('refuses an unknown dimension with the field named', async () => {
    const r = await app.inject({ url: '/api/aggregate?drilldown=colour', headers: auth });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'validation', details: { field: 'drilldown' } });
  });

  it('compares every row with last year’s', async () => {
    const [y23, y24] = [ids[2] ?? '', ids[3] ?? ''];
    const meta = await get<{ meta: { departmentId: number } }>(`/api/documents/${y24}`);
    const r = await get<{
      current: { id: string };
      previous: { id: string };
      rows: {
        table: string;
        code: string | null;
        kind: string;
        current: string | null;
        previous: string | null;
        change: string | null;
        changePct: string | null;
      }[];
    }>(`/api/departments/${meta.meta.departmentId}/year-over-year?year=2024`);
    expect(r.current.id).toBe(y24);
    expect(r.previous.id).toBe(y23);
    const total = r.rows.find((x) => x.table === 'expenditure' && x.kind === 'total');
    const [cur, prev] = [
      await storedSum(y24, 'expenditure', 'total'),
      await storedSum(y23, 'expenditure', 'total'),
    ];
    expect(total?.current && Decimal.from(total.current).eq(cur)).toBe(true);
    expect(total?.previous && Decimal.from(total.previous).eq(prev)).toBe(true);
    expect(total?.change && Decimal.from(total.change).eq(cur.sub(prev))).toBe(true);
    expect(total?.changePct).toBe(cur.sub(prev).mul(Decimal.from('100')).div(prev, 2)?.toFixed(2));
  });

  it('finds departments, projects and indicators by a Chinese substring, highlighted', async () => {
    const hits = await get<{ kind: string; name: string; highlight: string }[]>(
      `/api/search?q=${encodeURIComponent('联络')}`,
    );
    expect(hits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'department',
          name: '长沙市人民政府驻北京联络处',
          highlight: '长沙市人民政府驻北京<mark>联络</mark>处',
        }),
      ]),
    );
    const projects = await get<{ kind: string; name: string }[]>(
      `/api/search?q=${encodeURIComponent('提案')}&kind=project`,
    );
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.every((p) => p.kind === 'project' && p.name.includes('提案'))).toBe(true);
    expect(await get<unknown[]>(`/api/search?q=${encodeURIComponent('提案')}&kind=project`, {})).toEqual([]);
  });

  it('exports a table as CSV with a BOM, XLSX and JSON', async () => {
    const csv = await app.inject({
      url: `/api/documents/${ids[0]}/tables/expenditure/export?format=csv`,
      headers: auth,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await get<Rows>(`/api/documents/${ids[0]}/tables/expenditure`);
    expect(csv.body.trim().split('\r\n').length).toBe(rows.rows.length + 1);
    const xlsx = await app.inject({ url: `/api/documents/${ids[0]}/export?format=xlsx`, headers: auth });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(8);
    const json = await get<unknown[]>(`/api/aggregate/export?format=json&drilldown=year&cut=region:430100`);
    expect(json).toHaveLength(2);
  });

  it('packages a region-year as a Fiscal Data Package', async () => {
    const r = await app.inject({ url: '/api/regions/439900/years/2024/datapackage', headers: auth });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    const files = unzipSync(new Uint8Array(r.rawPayload));
    const descriptor = JSON.parse(strFromU8(files['datapackage.json'] ?? new Uint8Array())) as {
      profile: string;
      resources: { path: string }[];
    };
    expect(descriptor.profile).toBe('fiscal-data-package');
    for (const res of descriptor.resources) expect(files[res.path]?.length).toBeGreaterThan(0);
    const functional = strFromU8(files['expenditure-functional.csv'] ?? new Uint8Array())
      .trim()
      .split('\r\n');
    const agg = await get<{ total_cell_count: number }>(
      '/api/aggregate?drilldown=department,functional.class,functional.section,functional.item&cut=region:439900|year:2024&pagesize=1',
    );
    expect(functional.length - 1).toBe(agg.total_cell_count);
  });
});
