// Commander's own words in Chinese: its usage errors become one Chinese line (exit 64) and its help
// pages get Chinese headings, so nothing a user sees is half English.

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

export function helpTitle(title: string): string {
  return TITLES[title] ?? title;
}

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^error: unknown option '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
    (m) => `未知选项：${m[1]}${m[2] ? `（是否想用 ${m[2]}？）` : ''}`,
  ],
  [
    /^error: unknown command '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
    (m) => `未知命令：${m[1]}${m[2] ? `（是否想用 ${m[2]}？）` : ''}`,
  ],
  [/^error: missing required argument '([^']+)'/, (m) => `缺少参数：${m[1]}`],
  [/^error: option '([^']+)' argument missing/, (m) => `选项 ${m[1]} 缺少值`],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\.?(.*)/,
    (m) => `选项 ${m[1]} 的值“${m[2]}”无效${m[3]?.trim() ? `：${m[3].trim()}` : ''}`,
  ],
  [
    /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => `参数过多${m[1] ? `（命令 ${m[1]}）` : ''}：需要 ${m[2]} 个，收到 ${m[3]} 个`,
  ],
  [/^error: required option '([^']+)' not specified/, (m) => `缺少必需的选项：${m[1]}`],
  [
    /^error: option '([^']+)' cannot be used with option '([^']+)'/,
    (m) => `选项 ${m[1]} 不能与 ${m[2]} 同时使用`,
  ],
];

/** Commander's error text as one Chinese line (without the "yusuan: " prefix). */
export function translateUsageError(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const [re, say] of PATTERNS) {
    const m = re.exec(flat);
    if (m) return `${say(m)}（用法见 yusuan --help）`;
  }
  return `命令行用法错误：${flat.replace(/^error:\s*/, '')}（用法见 yusuan --help）`;
}
