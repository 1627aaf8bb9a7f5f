// The charts of a department page: income and expenditure composition (donuts), the functional
// classification with drill-down (类 → 款 → 项) and a breadcrumb back up, and this year against last
// year. Every figure shown in text is the exact decimal string; a table under each chart lists them
// (the chart's accessible equivalent).
import { Breadcrumb, Card, Col, Empty, Row } from 'antd';
import { useMemo, useState } from 'react';
import type { ClassNode, Slice, YearPair } from '../../layout/document-data';
import { composition, functionalTree, yearPairs } from '../../layout/document-data';
import { grouped, percent, sum, toChartNumber } from '../../model/decimal';
import type { TabledDocJson } from '../../model/json';
import { EChart } from './EChart';

const PALETTE = [
  '#1677ff',
  '#52c41a',
  '#faad14',
  '#eb2f96',
  '#13c2c2',
  '#722ed1',
  '#fa541c',
  '#2f54eb',
  '#a0d911',
  '#8c8c8c',
];

function SliceTable({ slices, caption }: { slices: Slice[]; caption: string }) {
  const total = sum(slices.map((s) => s.value));
  return (
    <table className="legend-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">金额（万元）</th>
          <th scope="col">占比</th>
        </tr>
      </thead>
      <tbody>
        {slices.map((s, i) => (
          <tr key={s.name} data-line={s.line}>
            <td>
              <i className="swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
              {s.name}
            </td>
            <td className="num">{grouped(s.value)}</td>
            <td className="num">{percent(s.value, total) ?? ''}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Donut({ title, slices }: { title: string; slices: Slice[] }) {
  const total = sum(slices.map((s) => s.value));
  const option = useMemo(
    () => ({
      color: PALETTE,
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; data: { exact: string } }) =>
          `${p.name}：${grouped(p.data.exact)} 万元`,
      },
      series: [
        {
          type: 'pie',
          radius: ['48%', '72%'],
          label: { show: false },
          data: slices.map((s) => ({ name: s.name, value: toChartNumber(s.value), exact: s.value })),
        },
      ],
      graphic: [],
      title: [],
    }),
    [slices],
  );
  return (
    <Card size="small" title={title} className="chart-card">
      {slices.length === 0 ? (
        <Empty description="本文件未列出" />
      ) : (
        <>
          <div className="donut-wrap">
            <EChart option={option} height={220} label={`${title}：合计 ${grouped(total)} 万元`} />
            <div className="donut-center" aria-hidden="true">
              <span>合计</span>
              <b>{grouped(total)}</b>
              <span>万元</span>
            </div>
          </div>
          <SliceTable slices={slices} caption={title} />
        </>
      )}
    </Card>
  );
}

function FunctionalDrill({ tree }: { tree: ClassNode[] }) {
  const [path, setPath] = useState<ClassNode[]>([]);
  const level = path.length ? (path[path.length - 1]?.children ?? []) : tree;
  const option = useMemo(
    () => ({
      color: PALETTE,
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; data: { exact: string } }) =>
          `${p.name}：${grouped(p.data.exact)} 万元`,
      },
      grid: { left: 8, right: 90, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: level.map((n) => `${n.code} ${n.name}`),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          cursor: 'pointer',
          label: {
            show: true,
            position: 'right',
            formatter: (p: { data: { exact: string } }) => grouped(p.data.exact),
          },
          data: level.map((n) => ({ value: toChartNumber(n.value), exact: n.value })),
        },
      ],
    }),
    [level],
  );
  const drill = (i: number) => {
    const n = level[i];
    if (n && n.children.length) setPath([...path, n]);
  };
  return (
    <Card size="small" title="支出功能分类（点击下钻）" className="chart-card">
      <Breadcrumb
        items={[
          {
            title: path.length ? (
              <button type="button" className="link-button" onClick={() => setPath([])}>
                全部类
              </button>
            ) : (
              '全部类'
            ),
          },
          ...path.map((n, i) => ({
            title:
              i < path.length - 1 ? (
                <button type="button" className="link-button" onClick={() => setPath(path.slice(0, i + 1))}>
                  {n.name}
                </button>
              ) : (
                n.name
              ),
          })),
        ]}
      />
      <EChart
        option={option}
        height={Math.max(160, level.length * 44 + 24)}
        label="支出功能分类"
        onClick={(e) => drill(e.dataIndex)}
      />
      <ul className="drill-list">
        {level.map((n, i) => (
          <li key={n.code} data-line={n.line}>
            {n.children.length ? (
              <button type="button" className="link-button" onClick={() => drill(i)}>
                {n.code} {n.name}
              </button>
            ) : (
              <span>
                {n.code} {n.name}
              </span>
            )}
            <span className="num">{grouped(n.value)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function YearCompare({ pairs }: { pairs: YearPair[] }) {
  const option = useMemo(
    () => ({
      color: ['#bfbfbf', '#1677ff'],
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: pairs.map((p) => p.name) },
      yAxis: { type: 'value' },
      series: [
        { name: '上年', type: 'bar', data: pairs.map((p) => toChartNumber(p.previous)) },
        { name: '本年', type: 'bar', data: pairs.map((p) => toChartNumber(p.current)) },
      ],
    }),
    [pairs],
  );
  return (
    <Card size="small" title="本年与上年对比（万元）" className="chart-card">
      {pairs.length === 0 ? (
        <Empty description="说明中没有与上年的比较" />
      ) : (
        <>
          <EChart option={option} height={260} label="本年与上年对比" />
          <table className="legend-table">
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col">上年</th>
                <th scope="col">本年</th>
                <th scope="col">增减</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={p.name} data-line={p.line}>
                  <td>{p.name}</td>
                  <td className="num">{grouped(p.previous)}</td>
                  <td className="num">{grouped(p.current)}</td>
                  <td className="num">
                    {p.change.startsWith('-') ? '' : '+'}
                    {grouped(p.change)}（{percent(p.change, p.previous) ?? '—'}%）
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}

export default function DocumentCharts({ doc, previous }: { doc: TabledDocJson; previous?: YearPair[] }) {
  const comp = useMemo(() => composition(doc), [doc]);
  const tree = useMemo(() => functionalTree(doc), [doc]);
  const pairs = useMemo(() => previous ?? yearPairs(doc.narrative.facts), [doc, previous]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Donut title="收入构成" slices={comp.income} />
      </Col>
      <Col xs={24} lg={12}>
        <Donut title="支出构成" slices={comp.expenditure} />
      </Col>
      <Col xs={24} lg={12}>
        {tree.length ? (
          <FunctionalDrill tree={tree} />
        ) : (
          <Card size="small" title="支出功能分类">
            <Empty description="本文件未列出功能分类" />
          </Card>
        )}
      </Col>
      <Col xs={24} lg={12}>
        <YearCompare pairs={pairs} />
      </Col>
    </Row>
  );
}
