// One standard table as the document prints it: its number and canonical name, the title as printed,
// the 部门名称 and 单位 line, the table, and the note under it (an empty table keeps its note).
import type { Grid } from '../../layout/grid';
import { EMPTY_NOTE } from '../../layout/grid';
import type { StandardTableJson } from '../../model/json';
import { GridTable } from './GridTable';

export function TablePage({
  caption,
  table,
  grid,
  anchor,
}: {
  caption: string;
  table: StandardTableJson;
  grid: Grid;
  anchor: string;
}) {
  const heading = table.headings?.[0]?.department;
  const note = table.note?.value ?? (table.empty ? EMPTY_NOTE : null);
  return (
    <section className="table-page" id={anchor} aria-labelledby={`${anchor}-title`}>
      <p className="table-caption">{caption}</p>
      <h3 className="table-title" id={`${anchor}-title`} data-line={table.title.source.line}>
        {table.title.value}
      </h3>
      <div className="table-meta">
        <span>{table.department ? `${heading?.label ?? '部门名称'}：${table.department}` : ''}</span>
        <span>{table.unit ? `单位：${table.unit}` : ''}</span>
      </div>
      <GridTable grid={grid} label={table.name} />
      {note ? <p className="table-note">{note}</p> : null}
    </section>
  );
}
