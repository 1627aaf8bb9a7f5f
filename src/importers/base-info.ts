// What every document kind shares and is read before dispatch: source, title, year, department.

import type { DocumentSource, Located } from '../core/source.js';

export interface BaseInfo {
  source: DocumentSource;
  title: Located<string> | null;
  year: number | null;
  /** The department as named on the cover or the first table, when known before dispatch. */
  department: Located<string> | null;
}
