// "Where did this figure come from": a clicked amount names its source line (and cell); the page that
// shows the document decides how to show that line (the API's source endpoint, or nothing offline).
import { createContext, useContext } from 'react';
import type { EditField } from '../../layout/edit-fields';
import type { SourceRef } from '../../model/json';

export interface SourceRequest {
  ref: SourceRef;
  /** The figure or text clicked, as shown. */
  label: string;
  /** The model path of the value (edits), when it has one. */
  path?: string;
  /** What a comment on it is pinned to (table, row, column; project, indicator). */
  target?: Record<string, string>;
  /** The value as the model holds it (a decimal string for amounts). */
  value?: string;
  /** What editing it takes; an amount when absent. */
  edit?: EditField;
  /** The words around the value (a stated figure's phrase). */
  context?: string;
}

export const SourceContext = createContext<((r: SourceRequest) => void) | null>(null);
export const useShowSource = () => useContext(SourceContext);

/** Lines that carry findings, with the worst severity: rows and indicators show a marker. */
export const PinnedContext = createContext<ReadonlyMap<number, string>>(new Map());
export const usePinned = () => useContext(PinnedContext);

/** The source request an element marked with `data-src-line` (and its path, value, edit…) stands for. */
export function requestOf(el: Element): SourceRequest {
  const a = (name: string) => el.getAttribute(name);
  const line = Number(a('data-src-line'));
  const col = a('data-src-col');
  const path = a('data-path');
  const pinTo = a('data-target');
  const value = a('data-value');
  const edit = a('data-edit');
  return {
    ref: col ? { line, column: Number(col) } : { line },
    label: el.textContent ?? '',
    ...(path ? { path } : {}),
    ...(pinTo ? { target: JSON.parse(pinTo) as Record<string, string> } : {}),
    ...(value !== null ? { value } : {}),
    ...(edit ? { edit: JSON.parse(edit) as EditField } : {}),
  };
}
