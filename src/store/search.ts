// Search over departments, projects and indicators: Chinese substring (ILIKE, served by the pg_trgm
// GIN indexes), ranked by how much of the name the query covers and by trigram similarity, with the
// matched ranges for highlighting. Only of documents the actor may see (a department: one of its documents).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { Actor } from './visibility.js';
import { visibleTo } from './visibility.js';

export const SEARCH_KINDS = ['department', 'project', 'indicator'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  name: string;
  score: number;
  /** [start, end) character ranges of the query in the name. */
  matches: [number, number][];
  /** The name as HTML with the matches in <mark>, everything else escaped. */
  highlight: string;
  departmentId: number | null;
  department: string | null;
  regionCode: string | null;
  documentId: string | null;
  year: number | null;
  /** For indicators: the project (or unit) it belongs to. */
  project: string | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function matchRanges(name: string, q: string): [number, number][] {
  const out: [number, number][] = [];
  const hay = name.toLowerCase();
  const needle = q.toLowerCase();
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length))
    out.push([i, i + needle.length]);
  return out;
}

export function highlight(name: string, ranges: readonly [number, number][]): string {
  let html = '';
  let at = 0;
  for (const [a, b] of ranges) {
    html += escapeHtml(name.slice(at, a)) + '<mark>' + escapeHtml(name.slice(a, b)) + '</mark>';
    at = b;
  }
  return html + escapeHtml(name.slice(at));
}

interface Row {
  kind: SearchKind;
  name: string;
  score: number;
  department_id: number | null;
  department: string | null;
  region_code: string | null;
  document_id: string | null;
  year: number | null;
  project: string | null;
}

export async function search(
  db: Kysely<Database>,
  actor: Actor,
  q: string,
  options: { kinds?: readonly SearchKind[]; limit?: number } = {},
): Promise<SearchHit[]> {
  const query = q.trim();
  if (!query) return [];
  const kinds = options.kinds ?? SEARCH_KINDS;
  const limit = Math.min(options.limit ?? 20, 100);
  const pattern = `%${escapeLike(query)}%`;
  const score = (col: string) =>
    sql<number>`(length(${query})::float / greatest(length(${sql.raw(col)}), 1) + similarity(${sql.raw(col)}, ${query}))::float`;
  const parts = [];
  if (kinds.includes('department'))
    parts.push(sql`(select 'department' as kind, dep.name, ${score('dep.name')} as score, dep.id as department_id,
      dep.name as department, dep.region_code, null::text as document_id, null::int as year, null::text as project
      from departments dep where dep.name ilike ${pattern}
      and exists (select 1 from documents d where d.department_id = dep.id and ${visibleTo(actor, 'd')})
      order by 3 desc limit ${limit})`);
  if (kinds.includes('project'))
    parts.push(sql`(select 'project' as kind, p.name, ${score('p.name')} as score, d.department_id,
      d.department_name as department, d.region_code, d.id as document_id, d.year, null::text as project
      from projects p join documents d on d.id = p.document_id
      where p.target_kind <> 'unit' and p.name ilike ${pattern} and ${visibleTo(actor, 'd')}
      order by 3 desc, d.year desc limit ${limit})`);
  if (kinds.includes('indicator'))
    parts.push(sql`(select 'indicator' as kind, i.name, ${score('i.name')} as score, d.department_id,
      d.department_name as department, d.region_code, d.id as document_id, d.year, p.name as project
      from indicators i join projects p on p.document_id = i.document_id and p.ordinal = i.project_ordinal
      join documents d on d.id = i.document_id
      where i.name ilike ${pattern} and ${visibleTo(actor, 'd')}
      order by 3 desc, d.year desc limit ${limit})`);
  if (!parts.length) return [];
  const r = await sql<Row>`select * from (${sql.join(parts, sql` union all `)}) hits
    order by score desc, year desc nulls last, name limit ${limit}`.execute(db);
  return r.rows.map((h) => {
    const matches = matchRanges(h.name, query);
    return {
      kind: h.kind,
      name: h.name,
      score: Math.round(Number(h.score) * 1000) / 1000,
      matches,
      highlight: highlight(h.name, matches),
      departmentId: h.department_id,
      department: h.department,
      regionCode: h.region_code,
      documentId: h.document_id,
      year: h.year,
      project: h.project,
    };
  });
}
