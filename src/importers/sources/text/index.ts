// Text files (the text conversions of published documents): decoded (UTF-8, UTF-16, GB18030) and
// split into lines of tab-separated cells, with the conversion's markup undone (../../lines.ts).

import { decode } from '../../decode.js';
import { splitLines } from '../../lines.js';
import type { ReadResult } from '../source-document.js';

const MESSAGES = {
  'empty-file': '文件为空，没有可导入的内容',
  'binary-data': '文件不是文本（含二进制数据），无法作为预算公开文本导入',
} as const;

export function readText(bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, error: { code: decoded.reason, message: MESSAGES[decoded.reason] } };
  return {
    ok: true,
    source: { format: 'text', encoding: decoded.encoding, lines: splitLines(decoded.text) },
  };
}
