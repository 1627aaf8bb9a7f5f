// A document created in yusuan rather than imported: a model (codec JSON, e.g. a declaration form
// built in the web editor) reviewed and stored like an upload, in draft. Its "original" is the model
// JSON text itself, so the same model twice gives the same id.
import { randomUUID } from 'node:crypto';
import { decodeDocument, documentToJson } from '../core/codec/index.js';
import { YusuanError } from '../core/errors.js';
import { review } from '../rules/engine.js';
import type { Finding } from '../rules/rule.js';
import type { Store } from '../store/index.js';
import { saveDocument } from '../store/index.js';
import type { Actor } from '../store/visibility.js';
import type { DocumentScope } from './store-import.js';
import { prepareDocument, sha256Hex } from './store-import.js';

export interface CreatedDocument {
  id: string;
  created: boolean;
  state: 'draft';
  version: number;
  findings: Finding[];
}

export async function createFromModel(
  store: Store,
  actor: Actor,
  model: unknown,
  region: string | undefined,
  authorize: (scope: DocumentScope) => void,
): Promise<CreatedDocument> {
  const decoded = decodeDocument(model);
  if (!decoded.ok) throw YusuanError.from(decoded.error);
  const doc = decoded.document;
  const text = documentToJson(doc);
  const bytes = new TextEncoder().encode(text);
  const findings = review(doc);
  const scopeRegion = region ?? (actor.kind === 'user' ? actor.region : null) ?? null;
  const prepared = prepareDocument({
    id: randomUUID(),
    fileName: `${doc.title?.value ?? doc.kind}.json`,
    bytes,
    sha256: sha256Hex(bytes),
    document: doc,
    findings,
    sourceLines: [],
    region: scopeRegion,
    createRegion: actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'reviewer'),
    createdBy: actor.kind === 'user' ? actor.id : null,
  });
  // A unit's own form belongs to its department even when the model names no unit codes.
  if (
    prepared.departmentCode === null &&
    actor.kind === 'user' &&
    (actor.role === 'unit' || actor.role === 'department')
  ) {
    prepared.departmentCode = actor.department;
    prepared.unitCode = actor.role === 'unit' ? actor.unit : null;
  }
  authorize({ region: scopeRegion, departmentCode: prepared.departmentCode, unitCode: prepared.unitCode });
  const r = await saveDocument(store.db, prepared);
  return { id: r.id, created: r.created, state: 'draft', version: 1, findings };
}
