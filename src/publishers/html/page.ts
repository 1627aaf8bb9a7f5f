// The page around a document's content: doctype, inline stylesheet, the banner for unresolved
// review errors, and the cover heading naming the source file. Nothing external is loaded.

import { esc } from './escape.js';
import { STYLES } from './styles.js';

/** A review finding as the banner lists it (the review's `Finding` fits this shape). */
export interface BannerFinding {
  message: string;
  lines: readonly number[];
}

export interface PageParts {
  /** <title> text. */
  title: string;
  /** Large heading (the department); null when the content opens with its own title. */
  heading: string | null;
  /** Second heading line, e.g. "2024年部门预算公开". */
  subheading: string | null;
  content: string;
  /** The source file as given; only its base name is printed (a local path is nobody's business). */
  sourceFile: string;
  unresolvedErrors: readonly BannerFinding[];
}

export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

export const bannerText = (n: number): string => `本文件含未解决的审核错误 ${n} 项`;

function banner(findings: readonly BannerFinding[]): string {
  if (findings.length === 0) return '';
  const items = findings
    .map((f) => `<li>${f.lines[0] !== undefined ? `第 ${esc(f.lines[0])} 行：` : ''}${esc(f.message)}</li>`)
    .join('');
  return (
    `<div class="review-banner" role="alert"><strong>${esc(bannerText(findings.length))}</strong>` +
    `<div>本文件在审核发现错误的情况下强制发布，以下错误尚未更正：</div><ol>${items}</ol></div>`
  );
}

export function page(p: PageParts): string {
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="generator" content="yusuan"><title>${esc(p.title)}</title><style>${STYLES}</style></head>` +
    `<body><main>${banner(p.unresolvedErrors)}` +
    (p.heading === null
      ? ''
      : `<header class="doc-header"><h1 class="department">${esc(p.heading)}</h1>` +
        (p.subheading ? `<p class="doc-title">${esc(p.subheading)}</p>` : '') +
        `<p class="doc-meta">由 yusuan 根据 ${esc(baseName(p.sourceFile))} 生成</p></header>`) +
    p.content +
    `</main></body></html>\n`
  );
}
