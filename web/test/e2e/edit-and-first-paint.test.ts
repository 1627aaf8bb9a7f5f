// Editing targets and the explanation in the work area (issue 10, units), in a real browser against
// `yusuan serve --demo`: the demo city's draft of 示例市人民政府办公室 (2025) has no finding; the unit
// gives 服务人次 of 政务督查督办 a weight of 25 instead of 20 and sees the weight total of 105
// reported, then states the “三公” total as 26.58 instead of 26.08 and sees the sentence change and
// the two findings that quote it; an edit on a version someone else has meanwhile changed is refused
// by the server and the refusal shown.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, DESKTOP, ensureWebBuilt, hasChromium, launch, screenshots, signIn } from './browser';
import type { RunningServer, TestUser } from './server';
import { startServer } from './server';

const OFFICE: TestUser = {
  name: 'office-editor',
  password: 'office-editor-password',
  role: 'unit',
  region: '439900',
  department: '101',
};

/** The draft's address in the unit's list of documents. */
async function draftHref(page: Page): Promise<string> {
  const draft = page
    .locator('.ant-table-row')
    .filter({ hasText: '草稿' })
    .filter({ hasText: '部门预算' })
    .locator('a')
    .first();
  await draft.waitFor();
  return (await draft.getAttribute('href')) ?? '';
}

describe.skipIf(!hasChromium)('editing targets and the explanation', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    ensureWebBuilt();
    [server, browser] = await Promise.all([startServer({ demo: true, users: [OFFICE] }), launch()]);
  }, 360_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a unit edits a weight and a stated figure; the review re-runs each time', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await signIn(context, server.url, OFFICE);
    const href = await draftHref(page);
    await page.goto(`${server.url}${href}`);
    await page.getByRole('tab', { name: '发现 0' }).waitFor();

    // The weight of 服务人次 (政务督查督办, 20 points) from the project target table.
    const weight = page.locator(
      '#table-project-targets td[data-path="projectTargets[0].indicators[2].weight"]',
    );
    expect(await weight.textContent()).toBe('20');
    await weight.click();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await dialog.getByText('修改权重（分）').waitFor();
    const input = dialog.getByLabel('新的权重');
    await input.fill('二十');
    await dialog.getByText('权重应为数字，如 15 或 12.5').waitFor();
    expect(await dialog.getByRole('button', { name: '保存并重新审核' }).isDisabled()).toBe(true);
    await screenshots(page, 'work-edit-weight-invalid');
    await input.fill('25');
    await screenshots(page, 'work-edit-weight');
    await dialog.getByRole('button', { name: '保存并重新审核' }).click();
    await page.getByText('已保存第 2 版，审核发现 1 条').waitFor();
    const panel = page.locator('.side-panel');
    await panel.getByText('项目“政务督查督办”的指标分值合计 105 分，应为 100 分，相差 +5').waitFor();
    await page.getByRole('tab', { name: '发现 1' }).waitFor();
    await page
      .locator('.indicator-tree')
      .filter({ hasText: '政务督查督办' })
      .getByText('权重合计 105 分')
      .waitFor();

    // The “三公” total the explanation states (26.08, as the table): a figure in the sentence.
    const figure = page.locator('#narrative .fact', { hasText: /^26\.08$/ });
    await figure.click();
    await dialog.getByText('修改说明中的数字（万元）').waitFor();
    await dialog.getByText('原文：“三公”经费预算数为26.08万元').waitFor();
    await dialog.getByLabel('新的说明中的数字').fill('26.58');
    await dialog.getByText('修改后：“三公”经费预算数为26.58万元').waitFor();
    await checkPage(page, 'work-edit-fact');
    await dialog.getByRole('button', { name: '保存并重新审核' }).click();
    await page.getByText('已保存第 3 版，审核发现 3 条').waitFor();
    await panel
      .getByText(
        '部门预算说明““三公”经费预算数为26.58万元”与一般公共预算“三公”经费支出表“合计”小计 26.08 万元 不一致，相差 +0.50',
      )
      .waitFor();
    await page.locator('#narrative p', { hasText: '“三公”经费预算数为26.58万元' }).waitFor();
    await page.getByRole('tab', { name: '发现 3' }).waitFor();

    // Someone else saves a version meanwhile: this page's next edit is refused, and says why.
    const id = href.split('/').pop() ?? '';
    const elsewhere = await browser.newContext();
    const login = await elsewhere.request.post(`${server.url}/api/auth/login`, {
      data: { name: OFFICE.name, password: OFFICE.password },
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const saved = await elsewhere.request.patch(`${server.url}/api/documents/${id}`, {
      headers: { 'x-csrf-token': csrfToken, 'if-match': '"3"' },
      data: { edits: [{ op: 'set', path: 'projectTargets[0].indicators[3].scoring', value: '完成计满分' }] },
    });
    expect(saved.status()).toBe(200);
    await elsewhere.close();
    await weight.click();
    await dialog.getByLabel('新的权重').fill('20');
    await dialog.getByRole('button', { name: '保存并重新审核' }).click();
    await dialog.getByText('文档已被修改（当前版本 4，您的版本 3），请刷新后再改').waitFor();
    await dialog.getByText('未保存（代码：conflict）').waitFor();
    await screenshots(page, 'work-edit-refused');
    expect(await dialog.getByLabel('新的权重').inputValue()).toBe('20');
    await context.close();
  }, 180_000);
});
