// The store: PostgreSQL (a server, or PGlite embedded) through Kysely. What app/ uses of it.
export * from './connect.js';
export * from './schema.js';
export * from './visibility.js';
export * from './regions.js';
export * from './documents.js';
export * from './document-parts.js';
export * from './accounts.js';
export { flattenDocument, tenThousand } from './flatten.js';
export type { DocumentRows } from './flatten.js';
export * from './aggregate.js';
export * from './search.js';
export * from './year-over-year.js';
export * from './jobs-schema.js';
export * from './jobs.js';
export * from './job-queue.js';
export * from './login-failures.js';
export * from './evaluation-settings.js';
