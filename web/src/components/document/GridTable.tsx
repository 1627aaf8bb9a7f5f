// Draws a layout grid (layout/grid.ts) as an HTML table: header rows, body rows carrying their
// source line (`data-line`, where findings are pinned) and amount cells that open their source when
// clicked, and cells with a model path (indicator fields) likewise (event delegation: one handler per
// table, not one per cell).
import type { KeyboardEvent, MouseEvent } from 'react';
import { memo } from 'react';
import type { Cell, Grid } from '../../layout/grid';
import { grouped } from '../../model/decimal';
import { requestOf, usePinned, useShowSource } from './source-context';

function cellText(c: Cell): string {
  if (c.amount !== undefined) return c.amount ? grouped(c.amount.value) : '';
  return c.text;
}

function CellView({ c }: { c: Cell }) {
  const props = {
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
    ...(c.cls ? { className: c.cls } : {}),
  };
  if (c.header)
    return (
      <th scope="col" {...props}>
        {c.text}
      </th>
    );
  const s = c.amount?.source ?? (c.path ? c.source : undefined);
  if (s) {
    const value = c.amount ? c.amount.value : c.value;
    const edit = c.edit ?? (c.amount ? { kind: 'amount', label: '数值', unit: c.amount.unit } : undefined);
    return (
      <td
        {...props}
        data-src-line={s.line}
        data-src-col={s.column}
        data-path={c.path}
        data-edit={c.path && edit ? JSON.stringify(edit) : undefined}
        data-target={c.target ? JSON.stringify(c.target) : undefined}
        data-value={value}
        tabIndex={-1}
        title={`来源：第 ${s.line} 行`}
      >
        {cellText(c)}
      </td>
    );
  }
  return <td {...props}>{cellText(c)}</td>;
}

function GridTableView({ grid, label }: { grid: Grid; label: string }) {
  const showSource = useShowSource();
  const pinned = usePinned();
  const open = (target: EventTarget) => {
    const el = (target as HTMLElement).closest('td[data-src-line]');
    if (!el || !showSource) return;
    showSource(requestOf(el));
  };
  const onClick = (e: MouseEvent) => open(e.target);
  // Keyboard: Tab reaches the table; the arrow keys move between its figures (up and down keep the
  // column), Enter shows where the focused figure came from.
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      if ((e.target as HTMLElement).matches('td[data-src-line]')) {
        e.preventDefault();
        open(e.target);
      }
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
    };
    const move = moves[e.key];
    if (!move) return;
    const wrap = e.currentTarget as HTMLElement;
    const cells = Array.from(wrap.querySelectorAll<HTMLTableCellElement>('td[data-src-line]'));
    const here = (e.target as HTMLElement).closest<HTMLTableCellElement>('td[data-src-line]');
    let next: HTMLTableCellElement | undefined;
    if (!here) next = cells[0];
    else if (move[1]) next = cells[cells.indexOf(here) + move[1]];
    else {
      const left = here.getBoundingClientRect().left;
      const row = here.parentElement as HTMLTableRowElement;
      const rows = Array.from(wrap.querySelectorAll<HTMLTableRowElement>('tbody tr'));
      for (let i = rows.indexOf(row) + move[0]; i >= 0 && i < rows.length && !next; i += move[0]) {
        const same = Array.from(rows[i]?.querySelectorAll<HTMLTableCellElement>('td[data-src-line]') ?? []);
        next = same.find((c) => Math.abs(c.getBoundingClientRect().left - left) < 2);
      }
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={`${label}（方向键在数字间移动，回车查看来源）`}
      onKeyDown={onKey}
    >
      <table
        className="data"
        style={grid.minWidth ? { minWidth: grid.minWidth } : undefined}
        onClick={onClick}
      >
        <thead>
          {grid.head.map((r, i) => (
            <tr key={i}>
              {r.cells.map((c, j) => (
                <CellView key={j} c={c} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {grid.body.map((r, i) => {
            const sev = r.line !== undefined ? pinned.get(r.line) : undefined;
            const cls = [r.cls ? `row-${r.cls}` : '', sev ? `has-finding finding-${sev}` : '']
              .filter(Boolean)
              .join(' ');
            return (
              <tr key={i} data-line={r.line} className={cls || undefined}>
                {r.cells.map((c, j) => (
                  <CellView key={j} c={c} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export const GridTable = memo(GridTableView);
