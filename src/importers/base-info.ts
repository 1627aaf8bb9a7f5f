// What every document kind shares and is read before dispatch: source, title, year, department.

import type { DocumentSource, Located, SourceRef } from '../core/source.js';

export interface BaseInfo {
  source: DocumentSource;
  title: Located<string> | null;
  year: number | null;
  /** The line the year was read from. */
  yearSource?: SourceRef;
  /** The department as named on the cover or the first table, when known before dispatch. */
  department: Located<string> | null;
}
