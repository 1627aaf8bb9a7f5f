// The store as the adapters (server, CLI) see it: opening it, its types, the visibility filter and the
// repositories' reads. Writes that compose the importer, the review and the store are use cases
// (store-import.ts, accounts.ts).
export * from '../store/index.js';
