// PLACEHOLDER — being written (helper B).
import type { KeyProjectsDocument } from '../../core/model/document.js';
import type { BaseInfo } from '../base-info.js';
import type { ImportContext } from '../context.js';

export function importKeyProjects(ctx: ImportContext, base: BaseInfo): KeyProjectsDocument {
  return {
    schemaVersion: 1,
    kind: 'key-projects',
    source: base.source,
    template: 'hunan',
    title: base.title,
    year: base.year,
    unit: null,
    projects: [],
    note: null,
    diagnostics: ctx.diagnostics,
  };
}
