// Opening the store: PGlite (embedded, its data in a folder, or in memory for tests) or a PostgreSQL
// server (DATABASE_URL), both through Kysely, migrated to the latest schema on open. `schema` puts
// every table in a schema of its own (tests isolate themselves that way on a shared server).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { YusuanError } from '../core/errors.js';
import { MIGRATIONS } from './migrations/index.js';
import { PgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type StoreLocation =
  | { kind: 'pglite'; dataDir?: string }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

export interface Store {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages (the folder, or the server without its password). */
  where: string;
  /** The PostgreSQL URL when on a server (the job queue needs it). */
  url?: string;
  schema?: string;
  /**
   * SQL text as given (several statements when there are no values), on the store's connections:
   * on PGlite it waits its turn for the one connection like every Kysely query (the job queue's own
   * SQL goes through here, so it never runs inside someone else's transaction).
   */
  raw(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function openStore(location: StoreLocation, options: OpenOptions = {}): Promise<Store> {
  const store =
    location.kind === 'pglite' ? await openPglite(location.dataDir) : await openPostgres(location);
  if (options.migrate !== false) {
    try {
      await migrate(store);
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  let pgl: PGlite;
  try {
    pgl = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  } catch (e) {
    throw new YusuanError('unavailable', `无法打开内嵌数据库 ${dataDir ?? '（内存）'}：${String(e)}`);
  }
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pgl) });
  const raw = async (text: string, values?: readonly unknown[]) => {
    if (values?.length) return db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...values]));
    const results = await db.connection().execute(() => pgl.exec(text));
    return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
  };
  return { db, kind: 'pglite', where: dataDir ?? '（内存）', raw, close: () => db.destroy() };
}

async function openPostgres(location: { url: string; schema?: string; poolSize?: number }): Promise<Store> {
  const { url, schema } = location;
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query(`create schema if not exists ${quoteIdent(schema)}`);
    } catch (e) {
      throw new YusuanError('unavailable', `无法连接 PostgreSQL ${redact(url)}：${String(e)}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: location.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)},public` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (e) {
    await db.destroy();
    throw new YusuanError('unavailable', `无法连接 PostgreSQL ${redact(url)}：${String(e)}`);
  }
  return {
    db,
    kind: 'postgres',
    where: redact(url),
    url,
    ...(schema ? { schema } : {}),
    raw: (text, values) => db.executeQuery(CompiledQuery.raw(text, [...(values ?? [])])),
    close: () => db.destroy(),
  };
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    // Migration numbers are handed out to parallel branches (0004 jobs, 0005 evaluation, 0006 users),
    // so a database may have applied a later number before an earlier one lands; each is independent.
    allowUnorderedMigrations: true,
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error)
    throw new YusuanError(
      'internal',
      `数据库迁移失败：${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Where the store is: `--data DIR`, else DATABASE_URL, else YUSUAN_DATA, else ./data. */
export function storeLocation(options: { data?: string }, env: NodeJS.ProcessEnv): StoreLocation {
  if (options.data) return { kind: 'pglite', dataDir: options.data };
  const url = env['DATABASE_URL'];
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: env['YUSUAN_DATA'] ?? './data' };
}
