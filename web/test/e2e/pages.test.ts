// Every main page at desktop and phone width, with the API answered by the test from corpus documents
// (so layout, accessibility and empty/loaded states are checked without a database): the portal's
// list, overview and search, sign-in, the work area, the document beside its findings, the review
// queue, the declaration form editor, import and administration.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentToJson } from '../../../src/core/codec/index.js';
import { review } from '../../../src/rules/engine.js';
import { corpusText, importCorpus } from '../../../src/test-support/corpus.js';
import {
  axeSerious,
  DESKTOP,
  ensureWebBuilt,
  hasChromium,
  DIST,
  launch,
  overflowAtPhoneWidth,
  screenshots,
} from './browser';
import { serveDist } from './static-server';

const docs = {
  d1: importCorpus('bangongting'),
  d2: importCorpus('beijing'),
  d3: importCorpus('keyProjects'),
};
const lines = corpusText('bangongting').split('\n');
const findings = review(docs.d1).map((f) => ({
  ...f,
  key: `${f.rule}|${f.lines[0] ?? ''}`,
  explanation: null,
}));
const totals = {
  income: '6563.63',
  expenditure: '6563.63',
  basic: '5401.88',
  project: '1161.75',
  personnel: null,
  publicFunds: null,
  threePublic: '252.08',
};
const meta = (id: keyof typeof docs, extra: object = {}) => ({
  id,
  kind: docs[id].kind,
  year: docs[id].year,
  regionCode: '430100',
  department: 'department' in docs[id] && docs[id].department ? docs[id].department.value : null,
  departmentCode: id === 'd1' ? '104' : '157',
  title: docs[id].title?.value ?? null,
  state: 'published',
  version: 1,
  totals: id === 'd3' ? {} : totals,
  ...extra,
});
const user = { id: 1, name: 'cs-unit', role: 'unit', region: '430100', department: '104', unit: '104001' };

async function mockApi(page: Page, signedIn: boolean, role = 'unit'): Promise<void> {
  await page.route('**/api/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const method = route.request().method();
    const json = (body: unknown, status = 200) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const p = url.pathname;
    if (p === '/api/auth/me') return json({ user: signedIn ? { ...user, role } : null });
    if (p === '/api/regions')
      return json([{ code: '430100', name: '长沙市', level: 'city', parentCode: null, documents: 3 }]);
    if (p === '/api/documents' && method === 'GET')
      return json({
        items: [meta('d1', signedIn ? { state: 'draft' } : {}), meta('d2'), meta('d3')],
        total: 3,
      });
    if (p === '/api/departments')
      return json([
        {
          id: 1,
          regionCode: '430100',
          code: '104',
          name: '长沙市人民政府办公厅',
          documents: 1,
          years: [2024],
        },
      ]);
    if (p === '/api/users')
      return json({
        items: [
          { ...user, role, disabled: false, createdAt: '2024-01-02T08:00:00.000Z' },
          {
            id: 2,
            name: 'reviewer',
            role: 'reviewer',
            region: '430100',
            department: null,
            unit: null,
            disabled: true,
            createdAt: '2024-01-03T08:00:00.000Z',
          },
        ],
      });
    if (p === '/api/inbox')
      return json({
        items: [
          {
            documentId: 'd1',
            reason: role === 'unit' ? 'returned' : 'awaiting',
            title: '2024年部门预算',
            department: '长沙市人民政府办公厅',
            year: 2024,
            state: role === 'unit' ? 'draft' : 'submitted',
            version: 2,
            actions: role === 'unit' ? ['submit'] : ['return', 'approve'],
            opinion: role === 'unit' ? '请核对三公经费' : null,
            deadline: '2024-01-15',
            daysLeft: -3,
            overdue: true,
          },
        ],
        deadlinesNear: 0,
        overdue: 1,
      });
    if (p === '/api/aggregate')
      return json({
        cells: [
          { 'functional.class': '201', 'functional.class.label': '一般公共服务支出', amount: '6809.63' },
        ],
        summary: { amount: '6809.63' },
        total_cell_count: 1,
      });
    if (p === '/api/search')
      return json([
        {
          kind: 'project',
          name: '办公厅值班经费',
          score: 1,
          matches: [[3, 5]],
          highlight: '办公厅值班经费',
          departmentId: 1,
          department: '长沙市人民政府办公厅',
          regionCode: '430100',
          documentId: 'd1',
          year: 2024,
          project: '办公厅值班经费',
        },
      ]);
    const m = /^\/api\/documents\/(d\d)(\/.*)?$/.exec(p);
    const id = m?.[1] as keyof typeof docs | undefined;
    if (id && docs[id]) {
      const rest = m?.[2] ?? '';
      if (rest === '')
        return json(
          `{"meta":${JSON.stringify(meta(id, signedIn ? { state: 'draft', version: 2 } : {}))},"model":${documentToJson(docs[id])}}`,
        );
      if (rest === '/findings') return json(id === 'd1' ? findings : []);
      if (rest === '/review')
        return json({
          findings: id === 'd1' ? findings : [],
          submittable: false,
          comments: [
            {
              id: 1,
              version: 2,
              target: { table: '一般公共预算支出表', row: '201', column: '总计' },
              text: '请说明增长原因',
              actor: 'reviewer',
              at: '2024-01-10T08:00:00Z',
            },
          ],
        });
      if (rest === '/workflow')
        return json({
          id,
          state: role === 'unit' ? 'draft' : 'submitted',
          version: 2,
          returned: role === 'unit',
          adjustment: false,
          approvedVersion: null,
          publishedVersion: null,
          actions: role === 'unit' ? ['submit'] : ['return', 'approve'],
          settings: { departmentStep: false, deadlines: [] },
        });
      if (rest === '/history')
        return json([
          { seq: 1, action: 'import', actor: 'cs-unit', at: '2024-01-05T08:00:00Z', opinion: null },
          { seq: 2, action: 'submit', actor: 'cs-unit', at: '2024-01-06T08:00:00Z', opinion: null },
          {
            seq: 3,
            action: 'return',
            actor: 'reviewer',
            at: '2024-01-08T08:00:00Z',
            opinion: '请核对三公经费',
          },
        ]);
      if (rest === '/diff')
        return json({
          id,
          from: 1,
          to: 2,
          changes: [
            {
              path: 'tables.three-public.rows[0].amounts.total',
              kind: 'changed',
              figure: true,
              before: '13',
              after: '13.18',
              difference: '0.18',
            },
          ],
        });
      if (rest === '/source')
        return json({
          line: Number(url.searchParams.get('line')),
          text: lines[Number(url.searchParams.get('line')) - 1] ?? '',
          lineCount: lines.length,
        });
      if (rest === '/indicators') return json([]);
    }
    if (p === '/api/regions/430100/settings')
      return json({ departmentStep: true, deadlines: [{ year: 2025, date: '2024-11-30' }] });
    return json({ code: 'not-found', message: '未找到' }, 404);
  });
}

describe.skipIf(!hasChromium)('main pages (API answered by the test)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    ensureWebBuilt();
    [server, browser] = await Promise.all([serveDist(), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visit = async (signedIn: boolean, path: string, ready: string, name: string, role = 'unit') => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await mockApi(page, signedIn, role);
    await page.goto(`${server.url}${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(300);
    expect(await overflowAtPhoneWidth(page), `${name}: overflow at 390px`).toEqual([]);
    expect(await axeSerious(page), `${name}: axe`).toEqual([]);
    await screenshots(page, name);
    await page.close();
  };

  it('the portal loads little JavaScript first (code-split routes)', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await mockApi(page, false);
    await page.goto(`${server.url}/`);
    await page.locator('.ant-table-row').first().waitFor();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js')),
    );
    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(
      readFileSync(join(DIST, 'index.html'), 'utf8'),
    )?.[1];
    const size = (files: string[]) => {
      let raw = 0;
      let gz = 0;
      for (const f of files) {
        const bytes = readFileSync(join(DIST, f));
        raw += bytes.length;
        gz += gzipSync(bytes).length;
      }
      return `${(raw / 1024).toFixed(0)} KB (gzip ${(gz / 1024).toFixed(0)} KB)`;
    };
    const all = readdirSync(join(DIST, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `/assets/${f}`);
    console.log(
      `portal JS: entry chunk ${size(entry ? [entry] : [])}; loaded for the portal page ${size(scripts)} in ${scripts.length} files; whole app ${size(all)} in ${all.length} files`,
    );
    expect(scripts.some((s) => s.includes('EChart'))).toBe(false);
    expect(scripts.some((s) => s.includes('FormEditor') || s.includes('AdminPage'))).toBe(false);
    await page.close();
  });

  it('public pages', async () => {
    await visit(false, '/', '.ant-table-row', 'page-portal');
    await visit(false, '/overview', '.echart svg', 'page-overview');
    await visit(false, '/search?q=办公', '.search-results .ant-list-item', 'page-search');
    await visit(false, '/login', 'form', 'page-login');
    await visit(false, '/nowhere', '.ant-result', 'page-not-found');
  }, 240_000);

  it('work pages', async () => {
    await visit(true, '/work', '.ant-table-row', 'page-work');
    await visit(true, '/work/documents/d1', '.finding-button', 'page-work-document');
    await visit(true, '/work/import', '.ant-upload-drag', 'page-import');
    await visit(true, '/work/forms/new', '.indicator-row', 'page-form');
    await visit(true, '/review', '.ant-table-row', 'page-review', 'reviewer');
    await visit(true, '/work/documents/d1', '.finding-button', 'page-review-document', 'reviewer');
  }, 240_000);

  it('administration', async () => {
    await visit(true, '/admin', '.ant-table-row', 'page-admin', 'admin');
  }, 120_000);
});
