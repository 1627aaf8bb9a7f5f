// Part 2 of a tabled document: the standard tables in the template's order, each laid out as the
// official one. A table the document does not print is named as missing (not the same as empty).
import { useEffect, useMemo } from 'react';
import { amountTableGrid } from '../../layout/amount-layout';
import { balanceTableGrid } from '../../layout/balance-layout';
import { TABLE_ORDER } from '../../layout/document-data';
import type { Grid } from '../../layout/grid';
import { projectTargetsGrid, unitTargetsGrid } from '../../layout/target-layout';
import type { BudgetDocJson, StandardTableJson, TabledDocJson } from '../../model/json';
import { TablePage } from './TablePage';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];

function gridOf(doc: TabledDocJson, t: StandardTableJson): Grid {
  if (t.shape === 'balance') return balanceTableGrid(t);
  if (t.shape === 'amounts') return amountTableGrid(t);
  const budget = doc as BudgetDocJson;
  if (t.id === 'unit-targets') return unitTargetsGrid(budget.unitTargets ?? []);
  return projectTargetsGrid(
    {
      ...budget,
      projectTargets: budget.projectTargets ?? [],
      projectTargetUnits: budget.projectTargetUnits ?? [],
    },
    t.total,
  );
}

export function tableAnchor(id: string): string {
  return `table-${id}`;
}

export function DocumentTables({ doc }: { doc: TabledDocJson }) {
  const pages = useMemo(
    () =>
      TABLE_ORDER.flatMap((id) => {
        const t = doc.tables[id];
        return t ? [{ t, grid: gridOf(doc, t) }] : [];
      }),
    [doc],
  );
  useEffect(() => {
    // The browser test reads these marks: the time from navigation until the tables are in the page,
    // and until the frame that holds them has been painted (a task queued from the next animation
    // frame runs after that frame's paint).
    if (!pages.length || performance.getEntriesByName('yusuan:tables-shown').length) return;
    performance.mark('yusuan:tables-shown');
    requestAnimationFrame(() => setTimeout(() => performance.mark('yusuan:tables-painted'), 0));
  }, [pages]);
  if (pages.length === 0) return <p className="muted">本文件没有可识别的预算表。</p>;
  return (
    <div className="tables">
      {pages.map(({ t, grid }, i) => (
        <TablePage
          key={t.id}
          caption={`${CN[i] ?? i + 1}、${t.name}`}
          table={t}
          grid={grid}
          anchor={tableAnchor(t.id)}
        />
      ))}
    </div>
  );
}
