// PLACEHOLDER — being written (helper B).
import type { TargetTable } from '../../core/model/tables.js';
import type { UnitTarget } from '../../core/model/targets.js';
import type { ImportContext } from '../context.js';
import type { TableSource } from './pages.js';
import { tableBase } from './table-base.js';

export function parseUnitTargets(
  _ctx: ImportContext,
  src: TableSource,
  _department: string | null,
): { table: TargetTable; targets: UnitTarget[] } {
  return { table: { ...tableBase(src, false), shape: 'targets', total: null }, targets: [] };
}
