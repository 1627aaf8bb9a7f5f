// The product in a real browser against `yusuan serve` on a temporary embedded database with the demo
// city: the public portal down to a department and its charts; a unit importing a corpus document and
// following a finding to its cell; a unit filling and submitting a declaration form; a reviewer
// returning with an opinion, the unit resubmitting, approval and publication, and the public seeing
// it; a unit failing to open another department's draft by its address. axe-core on every main page;
// screenshots at 1366×768 and 390×844 in web/test/screenshots.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath } from '../../../src/test-support/corpus.js';
import { checkPage, DESKTOP, draftHref, ensureWebBuilt, hasChromium, launch, ROOT, signIn } from './browser';
import type { RunningServer } from './server';
import { apiSession, startServer } from './server';

const OPENAPI = join(ROOT, 'src/server/openapi.json');
const paths = existsSync(OPENAPI)
  ? Object.keys((JSON.parse(readFileSync(OPENAPI, 'utf8')) as { paths: object }).paths)
  : [];
const hasServer = paths.includes('/api/documents');
const hasWorkflow = paths.some((p) => p.endsWith('/submit'));

const USERS = [
  // A department-level unit account: with a unit code the server shows it only that unit's documents,
  // and a department budget belongs to no single unit.
  {
    name: 'cs-unit',
    password: 'cs-unit-password',
    role: 'unit',
    region: '430100',
    department: '104',
  },
  { name: 'other-unit', password: 'other-unit-password', role: 'unit', region: '439900', department: '102' },
  // The demo city's 示例市人民政府办公室 (101), at department level like cs-unit.
  {
    name: 'office-unit',
    password: 'office-unit-password',
    role: 'unit',
    region: '439900',
    department: '101',
  },
] as const;
const OFFICE = USERS[2];

describe.skipIf(!hasChromium || !hasServer)('the web app against yusuan serve', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    ensureWebBuilt();
    [server, browser] = await Promise.all([startServer({ demo: true, users: [...USERS] }), launch()]);
    // The corpus department's region (长沙市), made by an admin as the server requires of units.
    const admin = await apiSession(server.url, 'admin', 'yusuan-admin');
    await admin('PUT', '/api/regions/430100', { name: '长沙市' });
    // The chain without the 主管部门 step: unit → finance reviewer (the step has its own server tests).
    await admin('PUT', '/api/regions/439900/settings', {
      departmentStep: false,
      deadlines: [{ year: 2025, date: '2099-12-31' }],
    });
    // Building the web app (when its sources changed) and loading the demo city take minutes on a
    // loaded two-core machine, and a flow of many pages takes more than the default minute there.
  }, 360_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a unit imports a corpus document and follows a finding to its cell', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await signIn(context, server.url, USERS[0]);
    await checkPage(page, 'work-home');
    await page.goto(`${server.url}/work/import`);
    await page.locator('input[type=file]').setInputFiles(corpusPath('bangongting'));
    await page.getByRole('button', { name: '查看并处理' }).click();
    await page.locator('.finding-button').first().waitFor();
    // A finding about a target: clicking it flashes the row or indicator it is pinned to.
    await page.locator('.finding-button').filter({ hasText: '110联动经费' }).first().click();
    await page.locator('.pin-flash').first().waitFor();
    await checkPage(page, 'work-document');
    await context.close();
  }, 120_000);

  it('another department’s draft does not exist for a unit (404 page, no figures)', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const cs = await signIn(context, server.url, USERS[0]);
    await cs.goto(`${server.url}/work`);
    const link = cs.locator('.ant-table-row a').first();
    await link.waitFor();
    const draftHref = (await link.getAttribute('href')) ?? '';
    await context.close();
    const other = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await signIn(other, server.url, USERS[1]);
    await page.goto(`${server.url}${draftHref}`);
    await page.getByText('该文件不存在，或您无权查看。').waitFor();
    expect(await page.locator('section.table-page').count()).toBe(0);
    await other.close();
  }, 120_000);

  it('a unit fills a declaration form and submits it', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await signIn(context, server.url, OFFICE);
    await page.goto(`${server.url}/work/forms/new`);
    await page.getByLabel('项目名称').fill('政务数据共享平台运维');
    await page.getByLabel('本年申请资金（万元）').fill('120.50');
    await page.getByLabel('年度绩效目标').fill('保障平台全年稳定运行，数据共享及时准确');
    const rows = page.locator('.indicator-row');
    const fill = async (
      i: number,
      l2: string,
      name: string,
      cmp: string,
      value: string,
      unit: string,
      weight: string,
    ) => {
      const row = rows.nth(i);
      await row.getByRole('combobox', { name: /二级指标/ }).click();
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${l2}"]`).click();
      await row.getByRole('textbox', { name: /名称/ }).fill(name);
      await row.getByRole('combobox', { name: /指标值类型/ }).click();
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${cmp}"]`).click();
      await row.getByRole('textbox', { name: /的指标值$/ }).fill(value);
      await row.getByRole('combobox', { name: /度量单位/ }).fill(unit);
      await row.getByRole('textbox', { name: /权重/ }).fill(weight);
      await row.getByRole('textbox', { name: /评（扣）分标准/ }).fill('达到目标值得满分，未达到按比例扣分');
    };
    await fill(0, '数量指标', '平台可用率', '≥', '99', '%', '50');
    await fill(1, '社会效益指标', '共享数据调用次数', '≥', '100000', '次', '30');
    await fill(2, '服务对象满意度指标', '使用单位满意度', '≥', '90', '%', '20');
    await expect.poll(() => page.locator('.weight-total').innerText()).toContain('100 分');
    await checkPage(page, 'form-editor');
    await page.getByRole('button', { name: '保存申报表' }).click();
    await page.waitForURL(/\/work\/documents\//);
    await page.getByRole('button', { name: '提交审核' }).click();
    const explain = page.getByRole('dialog', { name: '提交前请说明尚存的错误' });
    // Either it is submitted at once, or the remaining errors are to be explained first.
    await page.locator('.ant-tag').filter({ hasText: '已提交' }).or(explain).first().waitFor();
    if (await explain.isVisible()) {
      for (const box of await explain.locator('textarea').all()) await box.fill('已与财政部门沟通确认');
      await explain.getByRole('button', { name: '说明并提交' }).click();
    }
    await page.locator('.ant-tag').filter({ hasText: '已提交' }).waitFor();
    await context.close();
  }, 120_000);

  it('review: return with an opinion, resubmit, approve, publish; the public sees it', async () => {
    const unitContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const unit = await signIn(unitContext, server.url, OFFICE);
    const href = await draftHref(unit);
    const id = href.split('/').pop() ?? '';
    const submit = async () => {
      await unit.goto(`${server.url}${href}`);
      await unit.getByRole('button', { name: '提交审核' }).click();
      const explain = unit.getByRole('dialog', { name: '提交前请说明尚存的错误' });
      await unit.locator('.ant-tag').filter({ hasText: '已提交' }).or(explain).first().waitFor();
      if (await explain.isVisible()) {
        for (const box of await explain.locator('textarea').all()) await box.fill('数据经核对无误');
        await explain.getByRole('button', { name: '说明并提交' }).click();
      }
      await unit.locator('.ant-tag').filter({ hasText: '已提交' }).waitFor();
    };
    await submit();

    const revContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const reviewer = await signIn(revContext, server.url, { name: 'reviewer', password: 'yusuan-reviewer' });
    await reviewer.goto(`${server.url}/review`);
    await reviewer.locator(`a[href="/work/documents/${id}"]`).first().waitFor();
    await checkPage(reviewer, 'review-queue');
    await reviewer.goto(`${server.url}/work/documents/${id}`);
    await reviewer
      .getByRole('button', { name: '退 回' })
      .or(reviewer.getByRole('button', { name: '退回' }))
      .click();
    const dialog = reviewer.getByRole('dialog', { name: '退回并说明意见' });
    await dialog.getByLabel('意见').fill('项目支出绩效指标权重合计不为100分，请修改');
    await dialog.getByRole('button', { name: /退\s*回/ }).click();
    await reviewer.locator('.ant-tag').filter({ hasText: '草稿' }).waitFor();

    await unit.goto(`${server.url}${href}`);
    await unit.getByText('项目支出绩效指标权重合计不为100分，请修改').first().waitFor();
    await checkPage(unit, 'work-returned');
    // Against last year (the demo's 2024 budget of the same department), in the side panel.
    await unit.getByRole('tab', { name: '上年' }).click();
    await unit.locator('.yoy .ant-table-row').first().waitFor();
    await checkPage(unit, 'work-year-over-year');
    // The unit corrects a figure from its source; the review re-runs and the version goes up.
    await unit.locator('#table-general-expenditure tbody tr[data-line] td.num').nth(1).click();
    const source = unit.getByRole('dialog', { name: '数据来源' });
    const input = source.getByLabel('新的数值');
    await input.fill((Number(await input.inputValue()) + 1).toFixed(2));
    await source.getByRole('button', { name: '保存并重新审核' }).click();
    await unit.getByText(/已保存第 \d+ 版/).waitFor();
    await submit();

    await reviewer.goto(`${server.url}/work/documents/${id}`);
    await reviewer.getByRole('button', { name: /批\s*复|审核通过/ }).click();
    const approve = reviewer.getByRole('dialog', { name: '批复意见' });
    await approve.getByRole('button', { name: /批\s*复/ }).click();
    await reviewer
      .locator('.ant-tag')
      .filter({ hasText: /已批复|主管部门已审/ })
      .waitFor();
    if (await reviewer.locator('.ant-tag').filter({ hasText: '主管部门已审' }).count()) {
      await reviewer.getByRole('button', { name: /批\s*复/ }).click();
      await approve.getByRole('button', { name: /批\s*复/ }).click();
      await reviewer.locator('.ant-tag').filter({ hasText: '已批复' }).waitFor();
    }
    await reviewer.getByRole('button', { name: /公\s*开/ }).click();
    await reviewer.getByRole('button', { name: '确认公开' }).click();
    await reviewer.locator('.ant-tag').filter({ hasText: '已公开' }).waitFor();

    const publicContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const reader = await publicContext.newPage();
    await reader.goto(`${server.url}/documents/${id}`);
    await reader.locator('section.table-page').first().waitFor();
    await Promise.all([unitContext.close(), revContext.close(), publicContext.close()]);
  }, 240_000);

  it('portal (after publication): region and year → departments → a department page with its tables and charts', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(server.url);
    const firstDept = page.locator('.ant-table-row a').first();
    if (!hasWorkflow) {
      // Nothing is published without the workflow: the list says so and what to do.
      await page.getByText('尚无公开的部门预算').waitFor();
      await checkPage(page, 'portal-home');
      await context.close();
      return;
    }
    await firstDept.waitFor();
    await checkPage(page, 'portal-home');
    // Search within the list, then sort by 支出预算.
    const href = await firstDept.getAttribute('href');
    expect(href).toMatch(/^\/documents\//);
    // The department page, timed from navigation to its tables on screen.
    await page.goto(`${server.url}${href ?? ''}`);
    await page.locator('section.table-page').first().waitFor();
    const t = await page.evaluate(
      () => performance.getEntriesByName('yusuan:tables-shown')[0]?.startTime ?? -1,
    );
    console.log(`public department page: tables shown ${Math.round(t)} ms after navigation`);
    expect(await page.locator('section.table-page').count()).toBeGreaterThanOrEqual(8);
    await page.locator('#charts .echart svg').first().waitFor();
    const drill = page.locator('.drill-list .link-button').first();
    if (await drill.count()) {
      await drill.click();
      await page.getByRole('button', { name: '全部类' }).waitFor();
    }
    await checkPage(page, 'portal-department');
    await page.goto(`${server.url}/overview`);
    await page.locator('.echart svg').first().waitFor();
    await checkPage(page, 'portal-overview');
    await page.goto(`${server.url}/search?q=${encodeURIComponent('办公')}`);
    // Search answers from the server once it has /api/search; until then the page says it failed.
    await page.locator('.search-results').or(page.locator('.ant-result')).first().waitFor();
    await checkPage(page, 'portal-search');
    await context.close();
  }, 180_000);

  it('a department page downloads its PDF (rendered by the server as a job; anonymous readers sign in first)', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url);
    const first = page.locator('.ant-table-row a').first();
    await first.waitFor();
    const href = (await first.getAttribute('href')) ?? '';
    await page.goto(`${server.url}${href}`);
    await page.getByRole('button', { name: /下\s*载/ }).hover();
    await page.getByRole('menuitem', { name: 'PDF（登录后生成）' }).click();
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('用户名').fill('reviewer');
    await page.getByLabel('密码').fill('yusuan-reviewer');
    await page
      .getByRole('button', { name: '登 录' })
      .or(page.getByRole('button', { name: '登录' }))
      .click();
    await page.waitForURL((u) => u.pathname === href);
    await page.getByRole('button', { name: /下\s*载/ }).hover();
    const download = page.waitForEvent('download', { timeout: 200_000 });
    await page.getByRole('menuitem', { name: 'PDF', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  }, 300_000);
});
