// A region's self-evaluation and monitoring settings (issue 12): read by anyone (they are the rules
// the published scores follow), changed by admins (the route's permission), validated first — every
// problem with its stable code and a Chinese message, nothing stored when there is one. The
// evaluation and monitoring of a document use its region's settings.
import type { Kysely, Transaction } from 'kysely';
import { YusuanError } from '../core/errors.js';
import type { EvaluationSettings, MonitoringSettings } from '../core/model/performance.js';
import {
  evaluationSettingsOf,
  monitoringSettingsOf,
  normalizeSettings,
  settingsProblems,
} from '../scoring/index.js';
import type { EvaluationSettingsJson } from '../scoring/index.js';
import { regionEvaluationSettings, saveRegionEvaluationSettings } from '../store/evaluation-settings.js';
import type { Store } from '../store/index.js';
import type { Database } from '../store/schema.js';
import type { Context } from '../store/workflow.js';

export type { EvaluationSettingsJson, SettingsProblem } from '../scoring/index.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface ScoringSettings {
  /** As stored and sent. */
  json: EvaluationSettingsJson;
  evaluation: EvaluationSettings;
  monitoring: MonitoringSettings;
}

export function scoringSettingsOf(json: EvaluationSettingsJson): ScoringSettings {
  return { json, evaluation: evaluationSettingsOf(json), monitoring: monitoringSettingsOf(json) };
}

/** The settings a document of the region is scored and monitored with. */
export async function scoringSettings(db: Db, region: string | null): Promise<ScoringSettings> {
  return scoringSettingsOf(await regionEvaluationSettings(db, region));
}

export async function getEvaluationSettings(store: Store, region: string): Promise<EvaluationSettingsJson> {
  return regionEvaluationSettings(store.db, region);
}

export async function putEvaluationSettings(
  store: Store,
  ctx: Context,
  region: string,
  v: EvaluationSettingsJson,
): Promise<EvaluationSettingsJson> {
  const problems = settingsProblems(v);
  if (problems.length)
    throw new YusuanError(
      'validation',
      `绩效评价设置有 ${problems.length} 处错误：${problems.map((p) => p.message).join('；')}`,
      { problems },
    );
  return saveRegionEvaluationSettings(store.db, ctx, region, normalizeSettings(v));
}
