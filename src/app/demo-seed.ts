// Filling an empty store with the demo city (示例市, src/demo): the demo accounts (listed in the
// README, printed by `npm start`) and the generator's documents, imported through the real importer and
// published, except the demo department's last year (left in draft for the workflow).
import { DEMO_REGION, demoCity, demoDepartments } from '../demo/index.js';
import type { DemoFile } from '../demo/index.js';
import type { Actor, Store } from '../store/index.js';
import { ensureRegion, userByName } from '../store/index.js';
import { toErrorInfo } from '../core/errors.js';
import { addUser } from './accounts.js';
import type { NewUserInput } from './accounts.js';
import { seedDemoEvaluations } from './demo-evaluations.js';
import { importIntoStore } from './store-import.js';
import { refreshStatistics } from '../store/index.js';

export type { DemoFile } from '../demo/index.js';

const firstDepartment = demoDepartments()[0];
const DEMO_DEPARTMENT = firstDepartment?.code ?? '101';

/** The demo accounts: name, role, scope and password (printed by `npm start`, listed in the README). */
export const DEMO_USERS: readonly (NewUserInput & { password: string })[] = [
  { name: 'admin', role: 'admin', password: 'yusuan-admin' },
  { name: 'reviewer', role: 'reviewer', region: DEMO_REGION.code, password: 'yusuan-reviewer' },
  {
    name: 'department',
    role: 'department',
    region: DEMO_REGION.code,
    department: DEMO_DEPARTMENT,
    password: 'yusuan-department',
  },
  // The unit that prepares the department's budget: at department level (no unit code), because a
  // unit account limited to one unit owns only that unit's documents, and the draft the demo leaves
  // for the workflow is the department's budget.
  {
    name: 'unit',
    role: 'unit',
    region: DEMO_REGION.code,
    department: DEMO_DEPARTMENT,
    password: 'yusuan-unit',
  },
];

export interface DemoSeedReport {
  usersCreated: string[];
  loaded: number;
  duplicates: number;
  refused: { fileName: string; code: string; message: string }[];
  /** True when the store already held documents (nothing loaded). */
  skipped: boolean;
  /** Self-evaluations published. */
  evaluations: number;
}

/** The demo city's files (120 department budgets of 示例市, 2023–2025). */
export function demoFiles(): Iterable<DemoFile> {
  return demoCity();
}

/** Creates the demo accounts that are missing and, when the store holds no document, loads `files`. */
export async function seedDemo(
  store: Store,
  files: Iterable<DemoFile> | AsyncIterable<DemoFile> = demoFiles(),
  onFile?: (done: number) => void,
): Promise<DemoSeedReport> {
  const report: DemoSeedReport = {
    usersCreated: [],
    loaded: 0,
    duplicates: 0,
    refused: [],
    skipped: false,
    evaluations: 0,
  };
  for (const u of DEMO_USERS) {
    if (await userByName(store.db, u.name)) continue;
    await addUser(store, u);
    report.usersCreated.push(u.name);
  }
  const any = await store.db.selectFrom('documents').select('id').limit(1).executeTakeFirst();
  if (any) return { ...report, skipped: true };
  const actor: Actor = (await userByName(store.db, 'admin')) ?? { kind: 'anonymous' };
  const named = new Set<string>();
  for await (const f of files) {
    if (!named.has(f.regionCode)) {
      await ensureRegion(store.db, { code: f.regionCode, name: f.regionName });
      named.add(f.regionCode);
    }
    try {
      const r = await importIntoStore(store, {
        fileName: f.fileName,
        bytes: f.bytes,
        region: f.regionCode,
        actor,
      });
      if (r.created) report.loaded++;
      else report.duplicates++;
    } catch (e) {
      const info = toErrorInfo(e);
      report.refused.push({ fileName: f.fileName, code: info.code, message: info.message });
    }
    onFile?.(report.loaded + report.duplicates + report.refused.length);
  }
  // The portal shows the city: everything is published but the last year of the demo department, which
  // its accounts (department, unit) take through the workflow.
  const lastYear = await store.db
    .selectFrom('documents')
    .select((eb) => eb.fn.max('year').as('year'))
    .executeTakeFirst();
  await store.db
    .updateTable('documents')
    .set((eb) => ({
      state: 'published',
      approved_version: eb.ref('version'),
      published_version: eb.ref('version'),
    }))
    .where((eb) =>
      eb.or([
        eb('department_code', 'is', null),
        eb('department_code', '!=', DEMO_DEPARTMENT),
        eb('year', '!=', lastYear?.year ?? 0),
      ]),
    )
    .execute();
  // A few departments' 2024 self-evaluations, published (the portal shows their results).
  report.evaluations = await seedDemoEvaluations(store, actor);
  await refreshStatistics(store.db);
  return report;
}
