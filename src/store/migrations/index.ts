// The versioned migrations, in order. A released migration is never edited: a change is a new one.
import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as workflow from './0002-workflow.js';
import * as storageExternal from './0003-storage-external.js';
import * as jobs from './0004-jobs.js';
import * as evaluation from './0005-evaluation.js';
import * as userDisabled from './0006-user-disabled.js';
import * as evaluationSettings from './0008-evaluation-settings.js';
import * as jobHeartbeat from './0009-job-heartbeat.js';
import * as tableRowsLookup from './0010-table-rows-lookup.js';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-workflow': workflow,
  '0003-storage-external': storageExternal,
  '0004-jobs': jobs,
  '0005-evaluation': evaluation,
  '0006-user-disabled': userDisabled,
  '0008-evaluation-settings': evaluationSettings,
  '0009-job-heartbeat': jobHeartbeat,
  '0010-table-rows-lookup': tableRowsLookup,
};
