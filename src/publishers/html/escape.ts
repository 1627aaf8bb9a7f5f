// Escaping for HTML text and attribute values. Every string that comes from a document goes
// through `esc` before it reaches the page; markup is only ever written by this module's callers.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value made safe for HTML (quotes included, so it also fits in attributes). */
export function esc(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text with line breaks kept as <br>. */
export function escLines(text: string | null | undefined): string {
  return esc(text).replace(/\r?\n/g, '<br>');
}
