// A horizontal bar chart of named amounts (exact values in labels), with the list as a table for
// screen readers and phones.
import { useMemo } from 'react';
import { grouped, toChartNumber } from '../../model/decimal';
import { EChart } from './EChart';

export default function BarList({
  items,
  label,
}: {
  items: { name: string; value: string }[];
  label: string;
}) {
  const option = useMemo(
    () => ({
      color: ['#b71c1c'],
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; data: { exact: string } }) =>
          `${p.name}：${grouped(p.data.exact)} 万元`,
      },
      grid: { left: 8, right: 80, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: items.map((i) => i.name),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          label: {
            show: true,
            position: 'right',
            formatter: (p: { data: { exact: string } }) => grouped(p.data.exact),
          },
          data: items.map((i) => ({ value: toChartNumber(i.value), exact: i.value })),
        },
      ],
    }),
    [items],
  );
  return <EChart option={option} height={Math.max(140, items.length * 30 + 20)} label={label} />;
}
