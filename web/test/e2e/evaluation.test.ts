// The self-evaluation in a real browser against `yusuan serve` (issue 12, part 5): the Beijing liaison
// office's 2023 targets, approved; the unit types the executed budget and the actual values of one
// project and sees the evaluator's score and reason appear as it types, explains the points lost,
// saves and submits; the finance reviewer adjusts a score with a reason, approves and publishes; the
// public sees target against actual, both scores and the grade on the document's page. The other
// targets are filled through the API first. axe-core and screenshots (1366×768, 390×844) on each page.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusBytes, CORPUS } from '../../../src/test-support/corpus.js';
import {
  axeSerious,
  checkPage,
  DESKTOP,
  ensureWebBuilt,
  hasChromium,
  launch,
  overflowAtPhoneWidth,
  PHONE,
  SHOTS,
  signIn,
} from './browser';
import type { RunningServer, TestUser } from './server';
import { apiSession, startServer } from './server';

const USERS: TestUser[] = [
  { name: 'ev-admin', password: 'ev-admin-password', role: 'admin' },
  { name: 'ev-unit', password: 'ev-unit-password', role: 'unit', region: '430100', department: '157' },
  { name: 'ev-reviewer', password: 'ev-reviewer-password', role: 'reviewer', region: '430100' },
];
const FOCUS = '驻京维稳';
const FOCUS_ACTUALS: [string, string][] = [
  ['解决40名常态驻京工作人员和临时增派工作人员全年就餐', '11'],
  ['拨付20名抽调干部全年生活补助', '12'],
  ['第一时间对接、第一时间处置、第一时间汇报', '100%'],
  ['补贴对象精准率', '100%'],
  ['成本有效控制，无不合规支出', '270'],
  ['劝返上访人员满意度', '92%'],
  ['保障工作正常开展', '有效保障'],
  ['为基层减压减负', '不适用'],
];

type Api = Awaited<ReturnType<typeof apiSession>>;
interface Ind {
  id: string;
  name: string;
  targetValue: string | null;
  actual: string | null;
}
interface Ev {
  targets: { id: string; name: string; execution: { budget: string | null }; indicators: Ind[] }[];
}

/** Every target but the focus: a value each standard accepts, the budget executed, explanations. */
async function fillOthers(unit: Api, id: string): Promise<void> {
  const ev = (await unit('GET', `/api/documents/${id}/evaluation`)) as Ev;
  const others = ev.targets.filter((t) => t.name !== FOCUS);
  const choice = new Map<string, number>();
  const candidates = (i: Ind) =>
    [i.targetValue ?? '', '达成', '完成', '100%', '不适用'].filter((c) => c.trim());
  const patch = () => ({
    targets: others.map((t) => ({
      id: t.id,
      executed: t.execution.budget ?? '0',
      indicators: t.indicators.map((i) => ({
        id: i.id,
        actual: candidates(i)[choice.get(i.id + t.id) ?? 0] ?? '不适用',
        explanation: '偏差原因：任务量调整；改进措施：加强过程监控',
      })),
    })),
  });
  for (let round = 0; round < 5; round++) {
    try {
      await unit('POST', `/api/documents/${id}/evaluation/preview`, patch());
      break;
    } catch (e) {
      const body = String(e).replace(/^[^{]*/, '');
      const problems = (JSON.parse(body) as { details: { problems: { path: string }[] } }).details.problems;
      for (const p of problems) {
        const [, ti, ii] = /^targets\.(\d+)\.indicators\.(\d+)/.exec(p.path) ?? [];
        const t = others[Number(ti)];
        const i = t?.indicators[Number(ii)];
        if (t && i) choice.set(i.id + t.id, (choice.get(i.id + t.id) ?? 0) + 1);
      }
    }
  }
  await unit('PUT', `/api/documents/${id}/evaluation/actuals`, patch());
}

describe.skipIf(!hasChromium)('self-evaluation in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let id = '';
  beforeAll(async () => {
    ensureWebBuilt();
    [server, browser] = await Promise.all([startServer({ users: USERS }), launch()]);
    const [admin, unit, reviewer] = await Promise.all(
      USERS.map((u) => apiSession(server.url, u.name, u.password)),
    );
    if (!admin || !unit || !reviewer) throw new Error('sessions');
    await admin('PUT', '/api/regions/430100', { name: '长沙市' });
    // The upload is multipart: through fetch with the admin's session.
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ev-admin', password: 'ev-admin-password' }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const form = new FormData();
    form.set('region', '430100');
    form.set('file', new Blob([Buffer.from(corpusBytes('beijing'))]), CORPUS.beijing);
    const up = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: {
        cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
        'x-csrf-token': csrfToken,
      },
      body: form,
    });
    id = ((await up.json()) as { id: string }).id;
    await unit('POST', `/api/documents/${id}/submit`, {});
    await reviewer('POST', `/api/documents/${id}/approve`, { opinion: '同意' });
    await reviewer('POST', `/api/documents/${id}/publish`, {});
    await fillOthers(unit, id);
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('unit enters actuals with live scores → submits → reviewer adjusts a score and publishes → the public sees it', async () => {
    // The unit: the document links to its self-evaluation; typing scores live.
    const unitContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const unit = await signIn(unitContext, server.url, USERS[1] as TestUser);
    await unit.goto(`${server.url}/work/documents/${id}`);
    await unit.getByRole('link', { name: '绩效自评与运行监控' }).click();
    await unit.waitForURL(/\/evaluation$/);
    const card = unit
      .locator('.evaluation-target')
      .filter({ has: unit.locator('.ant-card-head-title', { hasText: new RegExp(`^${FOCUS}`) }) });
    await card.getByLabel(`${FOCUS}的全年执行数（万元）`).fill('270.00');
    for (const [name, actual] of FOCUS_ACTUALS) await card.getByLabel(`${name}的实际完成值`).fill(actual);
    // the evaluator's reason for the month short, before anything is saved
    await card.getByText('每1月扣0.5分', { exact: false }).first().waitFor();
    await card.getByText('95.34%', { exact: false }).first().waitFor();
    await card.getByText('失分须说明原因和改进措施').first().waitFor();
    await checkPage(unit, 'evaluation-unit');
    await card.getByLabel(`${FOCUS}预算未执行的原因和改进措施`).fill('年末一笔款项未到支付节点');
    for (const name of [FOCUS_ACTUALS[0]?.[0], FOCUS_ACTUALS[7]?.[0]])
      await card
        .getByLabel(`${name}的偏差原因及改进措施`)
        .fill('偏差原因：一个月款项延迟；改进措施：按月督办');
    await unit
      .getByRole('button', { name: '保 存' })
      .or(unit.getByRole('button', { name: '保存' }))
      .click();
    await unit.getByText('已保存').first().waitFor();
    await card.locator('.ant-card-extra').getByText('98.97').waitFor();
    await unit.getByRole('button', { name: '报送自评' }).click();
    await unit.getByText('已报送自评').first().waitFor();
    await unit.getByRole('tab', { name: '运行监控' }).click();
    await unit.getByText('保存监控记录').waitFor();
    await checkPage(unit, 'evaluation-monitoring');
    await unitContext.close();

    // The reviewer: adjusts the first indicator's score with a reason, approves and publishes.
    const revContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const rev = await signIn(revContext, server.url, USERS[2] as TestUser);
    await rev.goto(`${server.url}/work/documents/${id}/evaluation`);
    const rcard = rev
      .locator('.evaluation-target')
      .filter({ has: rev.locator('.ant-card-head-title', { hasText: new RegExp(`^${FOCUS}`) }) });
    await rcard.getByRole('button', { name: '调整得分' }).first().click();
    const dialog = rev.getByRole('dialog');
    await dialog.getByLabel('复核得分').fill('4.5');
    await dialog.getByLabel('调整理由').fill('一个月未按时支付，按标准扣分后不予折算');
    await dialog
      .getByRole('button', { name: '调 整' })
      .or(dialog.getByRole('button', { name: '调整' }))
      .click();
    await rcard.getByText('复核 4.50').waitFor();
    await rcard.getByText('自评 5.07').waitFor();
    await checkPage(rev, 'evaluation-review');
    await rev
      .getByRole('button', { name: '审 定' })
      .or(rev.getByRole('button', { name: '审定' }))
      .click();
    await rev
      .getByRole('dialog')
      .getByRole('button', { name: '审 定' })
      .or(rev.getByRole('dialog').getByRole('button', { name: '审定' }))
      .click();
    await rev.getByText('已审定').first().waitFor();
    await rev.getByRole('button', { name: '公开结果' }).click();
    await rev.getByText('已公开结果').first().waitFor();
    await revContext.close();

    // The public: the document's page shows the published results.
    const pubContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const pub = await pubContext.newPage();
    await pub.goto(`${server.url}/documents/${id}`);
    const results = pub.locator('#evaluation');
    await results.getByText('绩效自评结果').waitFor();
    const pcard = results
      .locator('.evaluation-target')
      .filter({ has: pub.locator('.ant-card-head-title', { hasText: new RegExp(`^${FOCUS}`) }) });
    await pcard.locator('.ant-card-extra').getByText('98.40').waitFor();
    await pcard.locator('.ant-card-extra').getByText('优').waitFor();
    await pcard.getByText('自评 5.07').waitFor();
    await pcard.getByRole('cell', { name: '95% → 92%' }).waitFor();
    // The 绩效自评表 of the published evaluation, as the reader downloads it: the workbook, and the
    // forms opened in a new tab with the bureau's adjusted score and its reason.
    const xlsx = results.getByRole('link', { name: /下载自评表 XLSX/ });
    const download = await pub.request.get(
      new URL((await xlsx.getAttribute('href')) ?? '', server.url).toString(),
    );
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const [tab] = await Promise.all([
      pubContext.waitForEvent('page'),
      results.getByRole('link', { name: /查看自评表/ }).click(),
    ]);
    await tab.getByText('财政部门复核').first().waitFor();
    await tab.getByText('4.50', { exact: true }).first().waitFor();
    await tab.screenshot({ path: join(SHOTS, 'evaluation-sheet-1366.png') });
    await tab.close();
    expect(await overflowAtPhoneWidth(pub), 'evaluation-public: horizontal overflow at 390px').toEqual([]);
    expect(await axeSerious(pub), 'evaluation-public: axe serious/critical').toEqual([]);
    // The results are at the end of a long page: each screenshot shows them.
    for (const [suffix, vp] of [
      ['1366', DESKTOP],
      ['390', PHONE],
    ] as const) {
      await pub.setViewportSize(vp);
      await pub.waitForTimeout(300);
      await pcard.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120));
      await pub.waitForTimeout(300);
      await pub.screenshot({ path: join(SHOTS, `evaluation-public-${suffix}.png`) });
    }
    await pubContext.close();
  }, 240_000);
});
