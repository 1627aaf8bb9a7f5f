// A declaration form being filled in the browser (项目支出绩效目标申报表), and its model JSON
// (docs/model.md, declaration-forms): the same shape an imported form has, so the server stores,
// reviews and publishes it like any other. Each field gets its own line number in a notional printed
// form, so findings about a field can be pinned back to it.
import type { FormsDocJson, IndicatorJson, ProjectFormJson } from '../model/json';
import type { Comparator, Level1Indicator, Level2Indicator } from '../model/json';
import { isDecimal } from '../model/decimal';

export interface IndicatorDraft {
  key: string;
  level1: Level1Indicator | null;
  level2: Level2Indicator | null;
  name: string;
  value: string;
  comparator: Comparator | null;
  unit: string;
  content: string;
  scoring: string;
  weight: string;
}

export interface FormDraft {
  year: number;
  filler: string;
  name: string;
  attribute: '新增项目' | '延续项目';
  competentDepartment: string;
  period: string;
  manager: string;
  managerPhone: string;
  overview: string;
  basis: string;
  amount: string;
  previousAmount: string;
  longTermGoal: string;
  annualGoal: string;
  indicators: IndicatorDraft[];
}

export const emptyDraft = (year: number, filler: string): FormDraft => ({
  year,
  filler,
  name: '',
  attribute: '新增项目',
  competentDepartment: '',
  period: `${year}年1月1日-${year}年12月31日`,
  manager: '',
  managerPhone: '',
  overview: '',
  basis: '',
  amount: '',
  previousAmount: '',
  longTermGoal: '',
  annualGoal: '',
  indicators: [],
});

/** Line numbers of the notional printed form: header fields first, then one line per indicator. */
export const FIELD_LINES: Record<string, number> = {
  title: 1,
  name: 2,
  competentDepartment: 3,
  period: 4,
  manager: 5,
  overview: 6,
  basis: 7,
  funding: 8,
  longTermGoal: 9,
  annualGoal: 10,
};
export const INDICATOR_FIRST_LINE = 20;

const text = (value: string, line: number) =>
  value.trim() ? { value: value.trim(), source: { line } } : null;
const amount = (value: string, line: number, column: number) =>
  isDecimal(value.trim())
    ? {
        value: value.trim().replace(/,/g, ''),
        text: value.trim(),
        unit: '万元' as const,
        source: { line, column },
      }
    : null;

function indicatorJson(i: IndicatorDraft, line: number): IndicatorJson {
  const blank = (s: string) => (s.trim() ? s.trim() : null);
  return {
    source: { line },
    level1: i.level1,
    level1Text: i.level1,
    level2: i.level2,
    level2Text: i.level2,
    name: blank(i.name),
    value: blank(i.value),
    content: blank(i.content),
    scoring: blank(i.scoring),
    unit: blank(i.unit),
    valueType: i.comparator,
    comparator: i.comparator,
    weight: isDecimal(i.weight.trim()) ? i.weight.trim() : null,
    weightText: i.weight.trim() && !isDecimal(i.weight.trim()) ? i.weight.trim() : null,
    placeholder: false,
  };
}

export function projectFormJson(d: FormDraft): ProjectFormJson {
  const L = FIELD_LINES;
  return {
    kind: 'project',
    title: { value: `${d.year}年项目支出绩效目标申报表`, source: { line: L['title'] ?? 1 } },
    filler: d.filler || null,
    unitLeader: null,
    name: { value: d.name.trim() || '（未命名项目）', source: { line: L['name'] ?? 2 } },
    attribute: d.attribute,
    competentDepartment: text(d.competentDepartment, L['competentDepartment'] ?? 3),
    period: text(d.period, L['period'] ?? 4),
    manager: text(d.manager, L['manager'] ?? 5),
    managerPhone: d.managerPhone.trim() || null,
    liaison: null,
    liaisonPhone: null,
    projectTypes: [],
    overview: text(d.overview, L['overview'] ?? 6),
    basis: text(d.basis, L['basis'] ?? 7),
    funding: [
      {
        label: '合计',
        previous: amount(d.previousAmount, L['funding'] ?? 8, 2),
        current: amount(d.amount, L['funding'] ?? 8, 3),
        basis: null,
        source: { line: L['funding'] ?? 8 },
      },
    ],
    spending: [],
    measures: null,
    schedule: [],
    longTermGoal: text(d.longTermGoal, L['longTermGoal'] ?? 9),
    annualGoal: text(d.annualGoal, L['annualGoal'] ?? 10),
    indicators: d.indicators.map((i, k) => indicatorJson(i, INDICATOR_FIRST_LINE + k)),
    otherNotes: null,
    reviewOpinion: null,
  };
}

/** The whole document: one project form, as a declaration-forms model. */
export function formsDocumentJson(d: FormDraft): FormsDocJson {
  const form = projectFormJson(d);
  return {
    schemaVersion: 1,
    kind: 'declaration-forms',
    source: {
      file: `${form.name.value}.json`,
      encoding: 'utf-8',
      lineCount: INDICATOR_FIRST_LINE + d.indicators.length,
      flavour: 'plain',
    },
    template: 'declaration-forms',
    title: form.title,
    year: d.year,
    diagnostics: [],
    department: d.filler ? { value: d.filler, source: { line: 1 } } : null,
    projectForms: [form],
    departmentForms: [],
  };
}
