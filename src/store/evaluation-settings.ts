// A region's self-evaluation and monitoring settings, read from and written to its row of
// `region_settings` (migration 0008) — the same row as its workflow settings, which a write here
// leaves as they are. Absent or null: the defaults. The write and its audit entry are one transaction.
import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_EVALUATION_SETTINGS_JSON } from '../scoring/index.js';
import type { EvaluationSettingsJson } from '../scoring/index.js';
import { requireRegion } from './regions.js';
import type { Database } from './schema.js';
import type { Context } from './workflow.js';
import { auditSettings } from './workflow.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function regionEvaluationSettings(
  db: Db,
  region: string | null,
): Promise<EvaluationSettingsJson> {
  if (region === null) return DEFAULT_EVALUATION_SETTINGS_JSON;
  const r = await db
    .selectFrom('region_settings')
    .select('evaluation')
    .where('region_code', '=', region)
    .executeTakeFirst();
  const v = typeof r?.evaluation === 'string' ? (JSON.parse(r.evaluation) as unknown) : r?.evaluation;
  return v ? (v as EvaluationSettingsJson) : DEFAULT_EVALUATION_SETTINGS_JSON;
}

/** Stores a validated value (the caller validates) and audits the change; `not-found` for no region. */
export async function saveRegionEvaluationSettings(
  db: Kysely<Database>,
  ctx: Context,
  region: string,
  v: EvaluationSettingsJson,
): Promise<EvaluationSettingsJson> {
  return db.transaction().execute(async (tx) => {
    await requireRegion(tx, region);
    const before = await regionEvaluationSettings(tx, region);
    const json = JSON.stringify(v);
    await tx
      .insertInto('region_settings')
      .values({ region_code: region, department_review: false, deadlines: '{}', evaluation: json })
      .onConflict((oc) =>
        oc.column('region_code').doUpdateSet({ evaluation: json, updated_at: new Date(ctx.now) }),
      )
      .execute();
    await auditSettings(tx, ctx, { region, settings: 'evaluation', before, after: v });
    return v;
  });
}
