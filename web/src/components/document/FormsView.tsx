// Declaration forms (绩效目标申报表) as read: each project form's fields and indicators, and the
// whole-department form's figures, in the order the corpus forms print them.
import { Card, Descriptions, Table } from 'antd';
import type { DepartmentFormJson, FormsDocJson, FundingLineJson, ProjectFormJson } from '../../model/json';
import { grouped } from '../../model/decimal';
import { IndicatorTree } from './IndicatorTree';

function FundingTable({ lines, title }: { lines: FundingLineJson[]; title: string }) {
  return (
    <Table<FundingLineJson>
      size="small"
      pagination={false}
      rowKey={(r) => `${r.label}-${r.source.line}`}
      title={() => title}
      dataSource={lines}
      onRow={(r) => ({ 'data-line': r.source.line }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '项目', dataIndex: 'label' },
        { title: '上年（万元）', align: 'right', render: (_, r) => grouped(r.previous?.value) },
        { title: '本年（万元）', align: 'right', render: (_, r) => grouped(r.current?.value) },
        { title: '测算依据及说明', dataIndex: 'basis' },
      ]}
    />
  );
}

function ProjectFormView({ f }: { f: ProjectFormJson }) {
  return (
    <Card size="small" title={f.name.value} className="form-card" data-line={f.name.source.line}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label="填报单位">{f.filler}</Descriptions.Item>
        <Descriptions.Item label="项目属性">{f.attribute}</Descriptions.Item>
        <Descriptions.Item label="主管部门">{f.competentDepartment?.value}</Descriptions.Item>
        <Descriptions.Item label="项目起止时间">{f.period?.value}</Descriptions.Item>
        <Descriptions.Item label="项目负责人">{f.manager?.value}</Descriptions.Item>
        <Descriptions.Item label="项目类型">{f.projectTypes.join('、')}</Descriptions.Item>
        <Descriptions.Item label="项目概况" span={2}>
          {f.overview?.value}
        </Descriptions.Item>
        <Descriptions.Item label="年度绩效目标" span={2}>
          {f.annualGoal?.value}
        </Descriptions.Item>
        <Descriptions.Item label="审核意见" span={2}>
          {f.reviewOpinion?.value}
        </Descriptions.Item>
      </Descriptions>
      {f.funding.length ? <FundingTable lines={f.funding} title="项目资金申请" /> : null}
      {f.spending.length ? <FundingTable lines={f.spending} title="支出明细预算" /> : null}
      <IndicatorTree
        target={{
          kind: 'declaration-project',
          department: f.filler,
          unitCode: null,
          unitName: f.filler,
          name: f.name,
          amount: f.funding[0]?.current ?? null,
          goal: f.annualGoal,
          indicators: f.indicators,
          spans: [],
        }}
      />
    </Card>
  );
}

function DepartmentFormView({ f }: { f: DepartmentFormJson }) {
  const money = (r: Record<string, { value: string } | null>, k: string) => grouped(r[k]?.value);
  return (
    <Card
      size="small"
      title={f.unit?.value ?? f.title.value}
      className="form-card"
      data-line={f.title.source.line}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="人员编制数">{f.staffQuota?.value}</Descriptions.Item>
        <Descriptions.Item label="实有人数">{f.staffActual?.value}</Descriptions.Item>
        <Descriptions.Item label="收入合计">{money(f.income, 'total')}</Descriptions.Item>
        <Descriptions.Item label="支出合计">{money(f.expenditure, 'total')}</Descriptions.Item>
        <Descriptions.Item label="基本支出">{money(f.expenditure, 'basic')}</Descriptions.Item>
        <Descriptions.Item label="项目支出">{money(f.expenditure, 'project')}</Descriptions.Item>
        <Descriptions.Item label="“三公”经费">{money(f.threePublic, 'total')}</Descriptions.Item>
        <Descriptions.Item label="部门职能" span={2}>
          {f.duties?.value}
        </Descriptions.Item>
      </Descriptions>
      <IndicatorTree
        target={{
          kind: 'declaration-department',
          department: f.filler,
          unitCode: null,
          unitName: f.unit?.value ?? null,
          name: f.unit ?? f.title,
          amount: null,
          goal: f.goal,
          indicators: f.indicators,
          spans: [],
        }}
      />
    </Card>
  );
}

export default function FormsView({ doc }: { doc: FormsDocJson }) {
  return (
    <div className="forms">
      {doc.projectForms.map((f, i) => (
        <ProjectFormView key={i} f={f} />
      ))}
      {doc.departmentForms.map((f, i) => (
        <DepartmentFormView key={i} f={f} />
      ))}
    </div>
  );
}
