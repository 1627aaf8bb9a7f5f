// The indicator editor of a declaration form: one row per 三级指标 with the 一级 picker, a 二级 picker
// that offers only the level-2 indicators valid under the chosen 一级, comparator and unit pickers,
// the target value, 评（扣）分标准 and the weight; the running weight total (exact) says whether it
// reaches 100. Indicators used before can be added from a picker.
import { DeleteOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { IndicatorDraft } from '../../layout/form-model';
import { compare, sum } from '../../model/decimal';
import type { Level1Indicator } from '../../model/json';
import { COMPARATORS, INDICATOR_UNITS, LEVEL1, LEVEL2_BY_LEVEL1 } from '../../model/vocabulary';

let counter = 0;
export const newIndicator = (level1: Level1Indicator | null = null): IndicatorDraft => ({
  key: `i${Date.now()}-${counter++}`,
  level1,
  level2: null,
  name: '',
  value: '',
  comparator: null,
  unit: '',
  content: '',
  scoring: '',
  weight: '',
});

export function weightTotal(rows: readonly IndicatorDraft[]): string {
  return sum(rows.map((r) => r.weight.trim() || null));
}

export function IndicatorEditor({
  value,
  onChange,
  onPickPrevious,
  pinned,
}: {
  value: IndicatorDraft[];
  onChange: (rows: IndicatorDraft[]) => void;
  onPickPrevious?: () => void;
  pinned?: ReadonlyMap<number, string>;
}) {
  const set = (i: number, patch: Partial<IndicatorDraft>) =>
    onChange(value.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const total = weightTotal(value);
  const ok = compare(total, '100') === 0;
  return (
    <div className="indicator-editor">
      <div className="indicator-editor-head">
        <Space wrap>
          <Button
            icon={<PlusOutlined />}
            onClick={() => onChange([...value, newIndicator(value[value.length - 1]?.level1 ?? null)])}
          >
            添加指标
          </Button>
          {onPickPrevious ? (
            <Button icon={<HistoryOutlined />} onClick={onPickPrevious}>
              从以往指标中选择
            </Button>
          ) : null}
        </Space>
        <span role="status" aria-live="polite" className="weight-total">
          权重合计 <Tag color={ok ? 'green' : 'orange'}>{total} 分</Tag>
          {ok ? null : <span className="muted">应为 100 分</span>}
        </span>
      </div>
      {value.length === 0 ? (
        <Typography.Paragraph type="secondary">
          尚无指标。请按产出、效益、满意度等一级指标添加，权重合计 100 分。
        </Typography.Paragraph>
      ) : null}
      <ol className="indicator-rows">
        {value.map((r, i) => {
          const sev = pinned?.get(20 + i);
          const level2Options = r.level1 ? LEVEL2_BY_LEVEL1[r.level1] : [];
          return (
            <li
              key={r.key}
              className={`indicator-row${sev ? ` has-finding finding-${sev}` : ''}`}
              data-line={20 + i}
            >
              <div className="indicator-grid">
                <Select
                  aria-label={`第 ${i + 1} 个指标的一级指标`}
                  placeholder="一级指标"
                  value={r.level1}
                  options={LEVEL1.map((l) => ({ value: l, label: l }))}
                  onChange={(l: Level1Indicator) =>
                    set(i, {
                      level1: l,
                      level2: r.level2 && LEVEL2_BY_LEVEL1[l].includes(r.level2) ? r.level2 : null,
                    })
                  }
                />
                <Select
                  aria-label={`第 ${i + 1} 个指标的二级指标`}
                  placeholder={r.level1 ? '二级指标' : '先选一级指标'}
                  disabled={!r.level1}
                  value={r.level2}
                  options={level2Options.map((l) => ({ value: l, label: l }))}
                  onChange={(l) => set(i, { level2: l })}
                />
                <Input
                  aria-label={`第 ${i + 1} 个指标的名称`}
                  placeholder="三级指标名称"
                  value={r.name}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
                <Select
                  aria-label={`第 ${i + 1} 个指标的指标值类型`}
                  placeholder="类型"
                  value={r.comparator}
                  options={COMPARATORS.map((c) => ({ value: c, label: c }))}
                  onChange={(c) => set(i, { comparator: c })}
                />
                <Input
                  aria-label={`第 ${i + 1} 个指标的指标值`}
                  placeholder="指标值"
                  value={r.value}
                  onChange={(e) => set(i, { value: e.target.value })}
                />
                <AutoComplete
                  aria-label={`第 ${i + 1} 个指标的度量单位`}
                  placeholder="单位"
                  value={r.unit}
                  options={INDICATOR_UNITS.map((u) => ({ value: u }))}
                  onChange={(u: string) => set(i, { unit: u })}
                  filterOption={(input, o) => String(o?.value ?? '').includes(input)}
                />
                <Input
                  aria-label={`第 ${i + 1} 个指标的权重`}
                  placeholder="分值"
                  inputMode="decimal"
                  value={r.weight}
                  status={r.weight && !/^\d+(\.\d+)?$/.test(r.weight.trim()) ? 'error' : ''}
                  onChange={(e) => set(i, { weight: e.target.value })}
                  suffix="分"
                />
                <Tooltip title="删除此指标">
                  <Button
                    aria-label={`删除第 ${i + 1} 个指标`}
                    icon={<DeleteOutlined />}
                    onClick={() => onChange(value.filter((_, k) => k !== i))}
                  />
                </Tooltip>
              </div>
              <div className="indicator-grid-2">
                <Input.TextArea
                  aria-label={`第 ${i + 1} 个指标的指标值内容`}
                  placeholder="指标值内容（指标解释）"
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  value={r.content}
                  onChange={(e) => set(i, { content: e.target.value })}
                />
                <Input.TextArea
                  aria-label={`第 ${i + 1} 个指标的评（扣）分标准`}
                  placeholder="评（扣）分标准，如：满意度95%以上计10分；90%-95%计8分…"
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  value={r.scoring}
                  onChange={(e) => set(i, { scoring: e.target.value })}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
