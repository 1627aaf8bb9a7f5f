// Which of the known document kinds a text is, from its title and first table headers.

import type { DocumentKind } from '../core/vocabulary.js';
import { compact } from '../core/text.js';
import type { SourceLine } from './lines.js';

export function detectKind(lines: readonly SourceLine[]): DocumentKind | null {
  const head = lines.slice(0, 60).map((l) => compact(l.text));
  const all = (test: (t: string) => boolean, within = head) => within.some(test);
  if (all((t) => t.includes('重大政策和重点项目绩效目标'))) return 'key-projects';
  if (all((t) => /绩效目标申报表/.test(t))) return 'declaration-forms';
  if (all((t) => t.includes('部门预算公开') || t.includes('部门预算说明'))) return 'department-budget';
  // No title: look for the characteristic tables anywhere.
  const body = lines.map((l) => compact(l.text));
  if (all((t) => /^\d{4}年?部门收支总体情况表$/.test(t), body)) return 'department-budget';
  if (all((t) => t.startsWith('主管单位项目名称资金总额绩效目标'), body)) return 'key-projects';
  if (all((t) => t.startsWith('项目基本情况项目名称') || t.startsWith('部门基本信息预算单位'), body))
    return 'declaration-forms';
  return null;
}

/** The first four-digit year (2000–2099) written with 年 in the first lines. */
export function detectYear(lines: readonly SourceLine[]): { year: number; line: number } | null {
  for (const l of lines.slice(0, 80)) {
    const m = /(20\d{2})\s*年/.exec(l.text);
    if (m?.[1]) return { year: Number(m[1]), line: l.no };
  }
  return null;
}
