// Turning importer diagnostics into findings: what the importer could not read or found missing is a
// defect of the published document (or of its conversion) that a reviewer must see. Repairs the
// importer made silently (severity info) are not findings.

import type { Diagnostic, DiagnosticCode } from '../../core/model/common.js';
import type { BudgetDocument } from '../../core/model/document.js';
import type { FindingDraft } from '../rule.js';

export function diagnosticFindings(
  doc: BudgetDocument,
  codes: (c: DiagnosticCode) => boolean,
): FindingDraft[] {
  return doc.diagnostics
    .filter((d) => d.severity !== 'info' && codes(d.code))
    .map((d: Diagnostic) => {
      const f: FindingDraft = { message: d.message, lines: [d.source.line], severity: d.severity };
      if (d.table !== undefined) f.table = d.table;
      return f;
    });
}
