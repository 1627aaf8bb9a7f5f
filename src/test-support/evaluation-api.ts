// An API test's self-evaluation fixture: a server on a test store with an admin, the finance bureau of
// 430100 (and of 430200), the 主管部门 and a unit of department 157 (all of it, and one limited to unit
// 157001) and a unit of 104; the Beijing office's 2023 budget (corpus) uploaded, submitted and approved
// (unless asked not to), so that its targets can be evaluated. `call` sends JSON as one of them (null: anonymous).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { addUser, createToken, jobQueue } from '../app/index.js';
import type { EvaluationView, PdfPrinter } from '../app/index.js';
import { buildServer } from '../server/app.js';
import { startWorkers } from '../server/job-workers.js';
import { CORPUS, corpusBytes } from './corpus.js';
import { multipart } from './multipart.js';
import { openTestStore } from './stores.js';

export const EVALUATION_USERS: [string, string, Record<string, string>][] = [
  ['admin', 'admin', {}],
  ['rev', 'reviewer', { region: '430100' }],
  ['rev2', 'reviewer', { region: '430200' }],
  ['dept', 'department', { region: '430100', department: '157' }],
  ['unit', 'unit', { department: '157' }],
  ['unit1', 'unit', { department: '157', unit: '157001' }],
  ['other', 'unit', { department: '104' }],
];

/** The Beijing office's project the tests score, and its actual values in the document's order. */
export const FOCUS = '驻京维稳';
export const FOCUS_ACTUALS = ['11个月', '12', '100%', '100%', '270', '92%', '有效保障', '不适用'];

export interface EvaluationFixture {
  store: Awaited<ReturnType<typeof openTestStore>>;
  app: FastifyInstance;
  doc: string;
  call: (
    method: 'GET' | 'POST' | 'PUT',
    who: string | null,
    url: string,
    payload?: unknown,
  ) => Promise<LightMyRequestResponse>;
  view: (who: string | null) => Promise<EvaluationView>;
  close: () => Promise<void>;
}

/** With `printer`, job workers run in the process (PDF renders); `approve: false` leaves the budget a draft. */
export async function evaluationFixture(
  kind: 'pglite' | 'postgres',
  options: { printer?: PdfPrinter; approve?: boolean } = {},
): Promise<EvaluationFixture> {
  const store = await openTestStore(kind);
  const jobs = jobQueue(store);
  const { app } = await buildServer({ store, jobs, webDir: null });
  if (options.printer)
    await startWorkers(store, jobs, { concurrency: 1, printer: options.printer, pollSeconds: 0.3 });
  const tokens: Record<string, string> = {};
  for (const [name, role, scope] of EVALUATION_USERS) {
    await addUser(store, { name, role, ...scope, password: 'ev-password-1' });
    tokens[name] = await createToken(store, name);
  }
  const bearer = (who: string | null) => (who ? { authorization: `Bearer ${tokens[who] ?? ''}` } : {});
  const call: EvaluationFixture['call'] = (method, who, url, payload) =>
    app.inject({
      method,
      url,
      headers: bearer(who),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const body = multipart({ name: CORPUS.beijing, bytes: corpusBytes('beijing') }, { region: '430100' });
  const up = await app.inject({
    method: 'POST',
    url: '/api/documents',
    ...body,
    headers: { ...body.headers, ...bearer('admin') },
  });
  const doc = up.json<{ id: string }>().id;
  const chain = [
    ['unit', 'submit', {}],
    ['rev', 'approve', { opinion: '同意' }],
  ] as const;
  for (const [who, action, payload] of options.approve === false ? [] : chain) {
    const r = await call('POST', who, `/api/documents/${doc}/${action}`, payload);
    if (r.statusCode !== 200) throw new Error(`${action}: ${r.body}`);
  }
  const view = async (who: string | null) => {
    const r = await call('GET', who, `/api/documents/${doc}/evaluation`);
    if (r.statusCode !== 200) throw new Error(`GET evaluation as ${who}: ${r.statusCode} ${r.body}`);
    return r.json<EvaluationView>();
  };
  return {
    store,
    app,
    doc,
    call,
    view,
    close: async () => {
      await app.close();
      await jobs.stop();
      await store.drop();
    },
  };
}

/** The focus project's entries: the executed amount and its actual values. */
export function focusEntries(v: EvaluationView, executed = '270.00') {
  const focus = v.targets.find((x) => x.name === FOCUS);
  if (!focus) throw new Error('no focus target');
  return {
    id: focus.id,
    executed,
    indicators: focus.indicators.map((i, n) => ({ id: i.id, actual: FOCUS_ACTUALS[n] ?? null })),
  };
}

/**
 * Fills every target of the document as `who`: a value each indicator's standard accepts (its 指标值,
 * else 达成, 完成, 100%, 不适用 — the first the preview takes), the budget executed (what was entered,
 * else the whole budget), explanations; then saves. Answers the saved evaluation.
 */
export async function fillEverything(
  call: EvaluationFixture['call'],
  who: string,
  doc: string,
): Promise<EvaluationView> {
  const read = await call('GET', who, `/api/documents/${doc}/evaluation`);
  const v = read.json<EvaluationView>();
  const candidates = (i: EvaluationView['targets'][number]['indicators'][number]) =>
    [i.targetValue ?? '', '达成', '完成', '100%', '不适用'].filter((c) => c.trim() !== '');
  const choice = new Map<string, number>();
  const patch = () => ({
    targets: v.targets.map((x) => ({
      id: x.id,
      executed: x.execution.executed ?? x.execution.budget ?? '0',
      executionExplanation: '年底前部分资金未支付，已督促加快执行',
      indicators: x.indicators.map((i) => ({
        id: i.id,
        actual: i.actual ?? candidates(i)[choice.get(`${x.id}/${i.id}`) ?? 0] ?? '不适用',
        explanation: '偏差原因：工作量变化；改进措施：加强过程监控',
      })),
    })),
  });
  for (let round = 0; round < 5; round++) {
    const r = await call('POST', who, `/api/documents/${doc}/evaluation/preview`, patch());
    if (r.statusCode === 200) break;
    for (const p of r.json<{ details: { problems: { path: string }[] } }>().details.problems) {
      const [, ti, ii] = /^targets\.(\d+)\.indicators\.(\d+)/.exec(p.path) ?? [];
      const x = v.targets[Number(ti)];
      const i = x?.indicators[Number(ii)];
      if (x && i) choice.set(`${x.id}/${i.id}`, (choice.get(`${x.id}/${i.id}`) ?? 0) + 1);
    }
  }
  const r = await call('PUT', who, `/api/documents/${doc}/evaluation/actuals`, patch());
  if (r.statusCode !== 200) throw new Error(`saving every target: ${r.body}`);
  return r.json<EvaluationView>();
}
