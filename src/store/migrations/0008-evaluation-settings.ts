// A region's settings of the self-evaluation and of monitoring (execution share, level shares, grade
// bands, warning margins), kept beside its workflow settings in `region_settings`: null means the
// defaults (src/scoring). Validated by src/scoring/region-settings.ts before they are written. A
// submitted self-evaluation keeps the settings it was scored with (`evaluations.settings`), so that a
// later change of the region's settings does not change scores under review or published; a return to
// the unit clears them.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table region_settings add column evaluation json`.execute(db);
  await sql`alter table evaluations add column settings json`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table evaluations drop column settings`.execute(db);
  await sql`alter table region_settings drop column evaluation`.execute(db);
}
