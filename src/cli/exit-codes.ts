// The command line's exit codes, and the one mapping from error codes to them (README lists both).
// The codes follow sysexits.h where one fits: 64 usage, 69 unavailable, 70 internal, 73 cannot create.
import type { ErrorCode } from '../app/index.js';

export const EXIT = {
  ok: 0,
  /** `check`/`publish`: the review found errors. */
  findings: 1,
  /** An input could not be read as a document (missing, too large, not text, not a budget document…). */
  input: 2,
  /** Wrong command-line usage, or an output that would overwrite an input. */
  usage: 64,
  /** A service the command needs is unavailable (`publish --format pdf` without Chromium). */
  unavailable: 69,
  /** A bug: an unexpected internal error (reported in one line, no stack trace). */
  internal: 70,
  /** The output file could not be written, or exists and may not be replaced. */
  cannotWrite: 73,
} as const;

const BY_CODE: Record<ErrorCode, number> = {
  'file-not-found': EXIT.input,
  'file-unreadable': EXIT.input,
  'is-directory': EXIT.input,
  'too-large': EXIT.input,
  'empty-file': EXIT.input,
  'binary-data': EXIT.input,
  'encoding-invalid': EXIT.input,
  'not-a-budget-document': EXIT.input,
  'damaged-file': EXIT.input,
  'pdf-without-text': EXIT.input,
  'unsupported-format': EXIT.input,
  'converter-missing': EXIT.unavailable,
  'xlsx-no-worksheet': EXIT.input,
  'xlsx-too-large': EXIT.input,
  'time-limit': EXIT.input,
  usage: EXIT.usage,
  validation: EXIT.input,
  'not-found': EXIT.input,
  conflict: EXIT.input,
  unauthenticated: EXIT.usage,
  forbidden: EXIT.usage,
  'too-many-requests': EXIT.unavailable,
  'review-errors': EXIT.findings,
  'evaluation-incomplete': EXIT.findings,
  'output-is-input': EXIT.usage,
  'output-exists': EXIT.cannotWrite,
  'cannot-write': EXIT.cannotWrite,
  unavailable: EXIT.unavailable,
  internal: EXIT.internal,
};

export function exitCodeFor(code: ErrorCode): number {
  return BY_CODE[code];
}
