// Wording of the template that was meant to be chosen from or completed and was printed as it is:
// both directions offered ("增加（减少）"), a reason announced and not given ("主要原因是。"), a
// direction and 持平 together ("增加持平"), a change of zero worded as a direction ("比上年增加0万元"),
// empty brackets ("（）万元") and level marks without the class's name ("（类）（款）行政运行（项）").

import { toHalfWidth } from '../../core/text.js';
import type { Severity } from '../../core/vocabulary.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { textPieces } from './support/pieces.js';
import type { TextRole } from './support/pieces.js';
import { excerpt, phraseFinding, placeOf } from './support/text-finding.js';

interface Leftover {
  /** Over the half-width form of the text (offsets are those of the text as printed). */
  re: RegExp;
  severity: Severity;
  what: (match: string) => string;
  expected: (match: string) => string;
}

const UP = '增加|增长|上升|提高';
const DOWN = '减少|下降|降低';

const LEFTOVERS: readonly Leftover[] = [
  {
    re: new RegExp(`(?:${UP})[(/、](?:${DOWN})\\)?|(?:${DOWN})[(/、](?:${UP})\\)?`, 'g'),
    severity: 'error',
    what: (m) => `“${m}”同时写了两个方向，模板选项未作选择`,
    expected: () => '增加或减少（按实际）',
  },
  {
    re: /主要(?:原因|理由)(?:是|为)?[:]?(?=[。;])|主要用于[:]?(?=[。;])/g,
    severity: 'error',
    what: (m) => `“${m}”之后没有写明内容`,
    expected: () => '写明具体原因或用途',
  },
  {
    re: new RegExp(`(?:${UP}|${DOWN})了?(?:基本)?持平|持平(?:${UP}|${DOWN})`, 'g'),
    severity: 'error',
    what: (m) => `“${m}”把增减和持平写在一起`,
    expected: () => '增加、减少或持平之一',
  },
  {
    re: new RegExp(`(?:${UP}|${DOWN})了?0(?:\\.0+)?(?:万元|元|亿元|%)`, 'g'),
    severity: 'warning',
    what: (m) => `“${m}”：增减额为零时应写“持平”`,
    expected: () => '持平',
  },
  {
    re: /\(\s*\)|“\s*”|【\s*】/g,
    severity: 'warning',
    what: (m) => `“${m}”中没有内容`,
    expected: () => '括号内的内容',
  },
  {
    re: /(?<=^|[,。;:、“()])\((?:类|款|项)\)/g,
    severity: 'error',
    what: (m) => `“${m}”前没有科目名称`,
    expected: () => '科目名称（类/款/项）',
  },
];

const ROLES: readonly TextRole[] = ['paragraph', 'heading', 'table-note', 'target', 'form'];

export const templateLeftover = defineRule({
  id: 'text-template-leftover',
  title: '文字：不得留有未选择或未补全的模板措辞（增加（减少）、主要原因是。、增加持平）',
  category: 'text',
  severity: 'error',
  rationale:
    '模板中供选择的措辞（“增加（减少）”“上升/下降”）须按实际选定一个；“主要原因是”“主要用于”之后须写明内容；增减和“持平”不能同时出现；空括号和缺少科目名称的“（类）（款）（项）”说明该处未填写。这些都是未完成的模板文本，为错误；增减额为零却写“增加0万元”不影响数字，应改为“持平”，为警告。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“收入较去年增加（减少）154.46万元”',
    message:
      '说明“…6563.63万元。收入较去年增加（减少）154.46万元，上升…”中“增加（减少）”同时写了两个方向，模板选项未作选择',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const piece of textPieces(doc)) {
      if (!ROLES.includes(piece.role)) continue;
      const form = toHalfWidth(piece.text);
      for (const l of LEFTOVERS) {
        for (const m of form.matchAll(l.re)) {
          const start = m.index;
          const end = m.index + m[0].length;
          const printed = piece.text.slice(start, end);
          const f = phraseFinding(piece, start, end, {
            message: `${placeOf(piece)}“${excerpt(piece.text, start, end)}”中${l.what(printed)}`,
            found: printed,
            expected: l.expected(printed),
          });
          if (l.severity !== 'error') f.severity = l.severity;
          out.push(f);
        }
      }
    }
    return out;
  },
});
