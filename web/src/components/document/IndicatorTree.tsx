// A target's indicators as a tree: 一级指标 → 二级指标 → 三级指标, with the weight of each branch (exact
// sums of the 备注 points), the target value with its comparator and unit, and the 评（扣）分标准.
// Rows that only say a level-2 indicator does not apply (无) are left out, as the review counts them.
// With the target's model path, an indicator's name, value, weight and standard open their source
// (and, in the work area, their edit) like the table's cells.
import { Tag } from 'antd';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { IndicatorJson, TargetJson } from '../../model/json';
import { grouped, sum } from '../../model/decimal';
import type { IndicatorFieldName } from '../../layout/target-layout';
import { INDICATOR_FIELDS, level1Of, level2Of } from '../../layout/target-layout';
import { requestOf, usePinned, useShowSource } from './source-context';

interface Branch {
  name: string;
  indicators: IndicatorJson[];
}

function branches(indicators: readonly IndicatorJson[], key: (i: IndicatorJson) => string): Branch[] {
  const out: Branch[] = [];
  for (const i of indicators) {
    const k = key(i) || '（未填）';
    const last = out[out.length - 1];
    if (last && last.name === k) last.indicators.push(i);
    else out.push({ name: k, indicators: [i] });
  }
  return out;
}

const weightOf = (xs: readonly IndicatorJson[]): string | null =>
  xs.some((i) => i.weight !== null) ? sum(xs.map((i) => i.weight)) : null;

export function targetValueText(i: IndicatorJson): string {
  const cmp =
    i.comparator &&
    i.comparator !== '定性' &&
    i.comparator !== '定量' &&
    !(i.value ?? '').startsWith(i.comparator)
      ? i.comparator
      : '';
  const unit = i.unit && i.unit !== '无' && !(i.value ?? '').endsWith(i.unit) ? i.unit : '';
  return `${cmp}${i.value ?? ''}${unit}`;
}

interface ItemAt {
  /** The indicator's model path: `projectTargets[0].indicators[2]`. */
  path: string;
  target: Record<string, string>;
}

function IndicatorItem({ i, at }: { i: IndicatorJson; at?: ItemAt }) {
  const pinned = usePinned();
  const sev = pinned.get(i.source.line);
  // Only what shows text is a button (an empty one would have no name); the table edits the rest.
  const field = (f: IndicatorFieldName, value: string | null, shown: string | null = value) =>
    at && shown
      ? {
          'data-src-line': i.source.line,
          'data-path': `${at.path}.${f}`,
          'data-edit': JSON.stringify(INDICATOR_FIELDS[f]),
          'data-value': value ?? '',
          'data-target': JSON.stringify({ ...at.target, column: INDICATOR_FIELDS[f].label }),
          role: 'button',
          tabIndex: 0,
        }
      : {};
  return (
    <li className={`indicator${sev ? ` has-finding finding-${sev}` : ''}`} data-line={i.source.line}>
      <div className="indicator-head">
        <span className="indicator-name" {...field('name', i.name)}>
          {i.name}
        </span>
        <span className="indicator-value" {...field('value', i.value, targetValueText(i))}>
          {targetValueText(i)}
        </span>
        {i.comparator === '定性' ? <Tag>定性</Tag> : null}
        {i.weight !== null ? (
          <Tag color="blue" {...field('weight', i.weight)}>
            {i.weight} 分
          </Tag>
        ) : i.weightText ? (
          <Tag color="red" {...field('weight', i.weightText)}>
            {i.weightText}
          </Tag>
        ) : null}
      </div>
      {i.content && i.content !== i.name ? <div className="indicator-content">{i.content}</div> : null}
      {i.scoring ? (
        <div className="indicator-scoring">
          <span className="muted">评分标准：</span>
          <span {...field('scoring', i.scoring)}>{i.scoring}</span>
        </div>
      ) : null}
    </li>
  );
}

export function IndicatorTree({
  target,
  path,
  table,
}: {
  target: TargetJson;
  /** The target's model path (`projectTargets[3]`): its indicators open their source and edits. */
  path?: string;
  /** The table a comment on an indicator names. */
  table?: string;
}) {
  const showSource = useShowSource();
  const real = target.indicators.filter((i) => !i.placeholder);
  const total = weightOf(real);
  const at = (i: IndicatorJson): ItemAt | undefined =>
    path
      ? {
          path: `${path}.indicators[${target.indicators.indexOf(i)}]`,
          target: {
            ...(table ? { table } : {}),
            project: target.name.value,
            indicator: i.name ?? level2Of(i),
          },
        }
      : undefined;
  const open = (el: EventTarget) => {
    const e = (el as HTMLElement).closest('[data-path]');
    if (e && showSource) showSource(requestOf(e));
  };
  const onClick = (e: MouseEvent) => open(e.target);
  const onKey = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).matches('[data-path]')) {
      e.preventDefault();
      open(e.target);
    }
  };
  return (
    <div className="indicator-tree" onClick={onClick} onKeyDown={onKey}>
      <div className="target-head" data-line={target.name.source.line}>
        <b className="target-name">{target.name.value}</b>
        {target.amount ? (
          <span className="num">
            {grouped(target.amount.value)} {target.amount.unit}
          </span>
        ) : null}
        {total !== null ? (
          <Tag color={total === '100' || Number(total) === 100 ? 'green' : 'orange'}>权重合计 {total} 分</Tag>
        ) : null}
      </div>
      {target.goal ? <p className="target-goal">{target.goal.value}</p> : null}
      {real.length === 0 ? <p className="muted">未列绩效指标。</p> : null}
      <ul className="level1">
        {branches(real, level1Of).map((b1) => (
          <li key={b1.name}>
            <div className="branch">
              <b>{b1.name}</b>
              {weightOf(b1.indicators) !== null ? (
                <span className="muted">{weightOf(b1.indicators)} 分</span>
              ) : null}
            </div>
            <ul className="level2">
              {branches(b1.indicators, level2Of).map((b2) => (
                <li key={b2.name}>
                  <div className="branch">
                    <span>{b2.name}</span>
                    {weightOf(b2.indicators) !== null ? (
                      <span className="muted">{weightOf(b2.indicators)} 分</span>
                    ) : null}
                  </div>
                  <ul className="level3">
                    {b2.indicators.map((i, k) => (
                      <IndicatorItem key={k} i={i} at={at(i)} />
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
