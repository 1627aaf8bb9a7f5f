// The public library: the model and its JSON codec, errors with codes, the use cases and their
// ports (src/app/index.ts), and the importer's one entry. The CLI and the server are thin clients.
export * from './app/index.js';
export { importBytes, importDocument, importText } from './importers/index.js';
export type {
  ImportResult,
  ImportFailure,
  ImportFailureCode,
  ImportOptions,
  ImportBytesOptions,
  ImportPorts,
} from './importers/index.js';
