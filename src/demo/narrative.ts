// Part 1 of a demo department budget (部门预算说明): the seven sections as paragraphs, every figure
// taken from this year's totals and every change from last year's, recomputed from the same seed, so
// the stated changes and percentages (变化额 ÷ 上年数, two decimals, half away from zero) are true.

import { Decimal } from '../core/decimal.js';
import type { NarrativeSection } from '../core/model/narrative.js';
import { NARRATIVE_SECTIONS } from '../core/model/narrative.js';
import { chineseNumeral } from '../core/text.js';
import type { DepartmentFigures } from './figures.js';
import type { Totals } from './functional.js';
import { functionalRows } from './functional.js';
import { dec, wan } from './model-parts.js';

function section(no: number, paragraphs: string[]): NarrativeSection {
  const s = NARRATIVE_SECTIONS[no - 1];
  if (!s) throw new Error(`no section ${no}`);
  return {
    no,
    key: s.key,
    heading: { value: `${chineseNumeral(no)}、${s.title}`, source: { line: 0 } },
    lines: { first: 0, last: 0 },
    paragraphs: paragraphs.map((text) => ({ text, lines: { first: 0, last: 0 } })),
  };
}

const HUNDRED = Decimal.from('100');

/** "增加106.00万元，上升6.24%" against last year's figure (持平 when equal). */
export function changeText(now: number, before: number, withPercent = true): string {
  const change = now - before;
  if (change === 0) return '持平';
  const pct = before > 0 ? dec(Math.abs(change)).mul(HUNDRED).div(dec(before), 2) : null;
  const amount = `${change < 0 ? '减少' : '增加'}${wan(Math.abs(change))}万元`;
  return withPercent && pct ? `${amount}，${change < 0 ? '下降' : '上升'}${pct.toFixed(2)}%` : amount;
}

/** "教育支出1200.00万元，占80.00%；…" over the class rows given. */
function classList(rows: { name: string; amount: number }[], total: number | null): string {
  return rows
    .map((r) => {
      const share = total ? `，占${dec(r.amount).mul(HUNDRED).div(dec(total), 2)?.toFixed(2)}%` : '';
      return `${r.name}${wan(r.amount)}万元${share}`;
    })
    .join('；');
}

export function narrative(f: DepartmentFigures, t: Totals, last: Totals): NarrativeSection[] {
  const y = f.year;
  const units = f.units;
  const classes = (scope: 'all' | 'general', col: 'total' | 'project') =>
    functionalRows(f, scope)
      .filter((r) => r.kind === 'class')
      .map((r) => ({ name: r.name, amount: col === 'total' ? r.basic + r.project : r.project }))
      .filter((r) => r.amount > 0);
  const income =
    t.fund > 0
      ? `其中，一般公共预算拨款${wan(t.general)}万元，政府性基金预算拨款${wan(t.fund)}万元`
      : `其中，一般公共预算拨款${wan(t.general)}万元`;
  const reason =
    t.total >= last.total ? '主要是人员经费和重点项目支出增加' : '主要是落实过紧日子要求，压减一般性支出';
  const yoy = changeText(t.total, last.total);
  const three = t.threePublic;
  const threeChange = changeText(three.total, last.threePublic.total, false);
  const threeReason =
    three.total > last.threePublic.total
      ? '主要是公务用车到达更新年限，按规定更新车辆'
      : '主要是落实过紧日子要求，压减公务接待和公务用车运行支出';
  const meeting = f.units.flatMap((u) => u.publicFunds).filter((x) => x.code === '30215');
  const training = f.units.flatMap((u) => u.publicFunds).filter((x) => x.code === '30216');
  const m = meeting.reduce((a, x) => a + x.cents, 0);
  const tr = training.reduce((a, x) => a + x.cents, 0);
  const p = f.procurement;
  const projectNames = units
    .flatMap((u) => u.projects.filter((x) => !x.fund).map((x) => x.name))
    .slice(0, 4)
    .join('、');
  const fundClasses = functionalRows(f, 'fund').filter((r) => r.kind === 'class');
  return [
    section(1, [
      '（一）职能职责',
      ...f.spec.duties.map((d, i) => `${i + 1}. ${d}`),
      '（二）机构设置',
      `${f.name}内设办公室、计划财务科、政策法规科等职能科室，下属${units.length - 1}个事业单位，在职人员${units.reduce((a, u) => a + u.staff, 0)}人。`,
    ]),
    section(2, [
      `本部门预算为汇总预算，纳入 ${y} 年部门预算编制范围的预算单位包括：`,
      ...units.map((u, i) => `${i + 1}. ${u.name}`),
    ]),
    section(3, [
      `（一）收入预算：${y}年本部门收入预算${wan(t.total)}万元，${income}。收入较去年${yoy}。${reason}。`,
      `（二）支出预算：${y}年本部门支出预算${wan(t.total)}万元，其中：${classList(classes('all', 'total'), null)}。支出较去年${yoy}。${reason}。`,
    ]),
    section(4, [
      `${y}年本部门一般公共预算拨款支出${wan(t.general)}万元，其中：${classList(classes('general', 'total'), t.general)}。具体安排情况如下：`,
      `（一）基本支出：${y}年本部门基本支出预算数${wan(t.basic)}万元，主要是为保障部门正常运转、完成日常工作任务而发生的各项支出。`,
      t.generalProject > 0
        ? `（二）项目支出：${y}年本部门项目支出预算${wan(t.generalProject)}万元，其中：${classList(classes('general', 'project'), null)}，主要用于${projectNames}等方面。`
        : `（二）项目支出：${y}年本部门无一般公共预算项目支出。`,
    ]),
    section(5, [
      t.fund > 0
        ? `${y}年本部门政府性基金预算支出${wan(t.fund)}万元，其中：${classList(
            fundClasses.map((r) => ({ name: r.name, amount: r.project })),
            null,
          )}，主要用于${f.spec.fund?.project ?? ''}。`
        : `${y}年本部门无政府性基金安排的支出。`,
    ]),
    section(6, [
      `（一）机关运行经费：${y}年本部门机关运行经费${wan(t.publicFunds)}万元，比上年预算${changeText(t.publicFunds, last.publicFunds)}。主要是在职人员和日常运转支出变化。`,
      `（二）“三公”经费预算：${y}年本部门“三公”经费预算数为${wan(three.total)}万元，其中，公务接待费${wan(three.reception)}万元，公务用车购置及运行费${wan(three.purchase + three.operation)}万元（其中，公务用车购置费${wan(three.purchase)}万元，公务用车运行费${wan(three.operation)}万元），因公出国（境）费${wan(three.abroad)}万元。${y}年“三公”经费预算较${y - 1}年${threeChange}，${threeReason}。`,
      `（三）一般性支出情况：${y}年本部门会议费预算${wan(m)}万元，其中基本支出${wan(m)}万元，项目支出0.00万元，拟召开业务工作会议，人数约${f.meetingPeople}人；培训费预算${wan(tr)}万元，其中基本支出${wan(tr)}万元，项目支出0.00万元，拟开展业务能力培训，人数约${f.trainingPeople}人；未举办节庆、晚会、论坛、赛事等活动。`,
      `（四）政府采购情况：${y}年本部门政府采购预算总额${wan(p.goods + p.works + p.services)}万元，其中，货物类采购预算${wan(p.goods)}万元；工程类采购预算${wan(p.works)}万元；服务类采购预算${wan(p.services)}万元。`,
      `（五）国有资产占用使用及新增资产配置情况：截至${y - 1}年12月底，本部门共有公务用车${f.vehicles}辆，其中，机要通信用车${f.vehicles}辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，其他按照规定配备的公务用车0辆；单位价值50万元以上通用设备0台，单位价值100万元以上专用设备0台。${y}年拟新增配置公务用车${three.purchase > 0 ? 1 : 0}辆。`,
      `（六）预算绩效目标：本部门所有支出实行绩效目标管理。纳入${y}年部门整体支出绩效目标的金额为${wan(t.total)}万元，其中，基本支出${wan(t.basic)}万元，项目支出${wan(t.project)}万元，具体绩效目标详见报表。`,
    ]),
    section(7, [
      '1. 机关运行经费：是指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用资料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
      '2. “三公”经费：是指用一般公共预算拨款安排的公务接待费、公务用车购置及运行维护费和因公出国（境）费。',
    ]),
  ];
}
