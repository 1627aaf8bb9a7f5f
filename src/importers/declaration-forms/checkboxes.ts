// Checkbox fields of the project form, as rendered by lines.ts: each option's label followed by ☑
// (checked) or ☐ (unchecked). 项目属性 has two options, 项目类型 nine (with "1." numbering and "其中："
// sub-options); a label with a stray character ("其 其他专项类") is read as the option it ends with.

export interface CheckboxOption {
  /** The label as printed, numbering and "其中：" removed. */
  label: string;
  checked: boolean;
}

export const PROJECT_ATTRIBUTES = ['新增项目', '延续项目'] as const;
export type ProjectAttribute = (typeof PROJECT_ATTRIBUTES)[number];

export const PROJECT_TYPES = [
  '基本建设类',
  '新建',
  '扩建',
  '改建',
  '行政事业类',
  '采购类',
  '修缮类',
  '奖励类',
  '其他专项类',
] as const;

const OPTION = /([^☐☑]*?)\s*([☐☑])/g;

export function parseCheckboxes(text: string): CheckboxOption[] {
  const options: CheckboxOption[] = [];
  for (const m of text.matchAll(OPTION)) {
    const label = (m[1] ?? '')
      .trim()
      .replace(/^\d+\s*[.．、]\s*/, '')
      .replace(/^其中\s*[:：]\s*/, '')
      .trim();
    options.push({ label, checked: m[2] === '☑' });
  }
  return options;
}

/**
 * The known option a printed label stands for: itself, or the one it ends with when the conversion
 * left a stray character in front ("其其他专项类" → "其他专项类"). Null when it is none of them.
 */
export function knownOption<T extends string>(label: string, known: readonly T[]): T | null {
  const key = label.replace(/\s+/g, '');
  const exact = known.find((k) => k === key);
  if (exact) return exact;
  // The longest match wins so that "其他专项类" is not read as a shorter option it happens to end with.
  const endings = known.filter((k) => key.endsWith(k)).sort((a, b) => b.length - a.length);
  return endings[0] ?? null;
}
