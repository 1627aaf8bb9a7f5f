// A target's indicators as a tree: 一级指标 → 二级指标 → 三级指标, with the weight of each branch (exact
// sums of the 备注 points), the target value with its comparator and unit, and the 评（扣）分标准.
// Rows that only say a level-2 indicator does not apply (无) are left out, as the review counts them.
import { Tag } from 'antd';
import type { IndicatorJson, TargetJson } from '../../model/json';
import { grouped, sum } from '../../model/decimal';
import { level1Of, level2Of } from '../../layout/target-layout';
import { usePinned } from './source-context';

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

function IndicatorItem({ i }: { i: IndicatorJson }) {
  const pinned = usePinned();
  const sev = pinned.get(i.source.line);
  return (
    <li className={`indicator${sev ? ` has-finding finding-${sev}` : ''}`} data-line={i.source.line}>
      <div className="indicator-head">
        <span className="indicator-name">{i.name}</span>
        <span className="indicator-value">{targetValueText(i)}</span>
        {i.comparator === '定性' ? <Tag>定性</Tag> : null}
        {i.weight !== null ? (
          <Tag color="blue">{i.weight} 分</Tag>
        ) : i.weightText ? (
          <Tag color="red">{i.weightText}</Tag>
        ) : null}
      </div>
      {i.content && i.content !== i.name ? <div className="indicator-content">{i.content}</div> : null}
      {i.scoring ? (
        <div className="indicator-scoring">
          <span className="muted">评分标准：</span>
          {i.scoring}
        </div>
      ) : null}
    </li>
  );
}

export function IndicatorTree({ target }: { target: TargetJson }) {
  const real = target.indicators.filter((i) => !i.placeholder);
  const total = weightOf(real);
  return (
    <div className="indicator-tree">
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
                      <IndicatorItem key={k} i={i} />
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
