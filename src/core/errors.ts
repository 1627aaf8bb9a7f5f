// The one error type of yusuan: a stable machine code, a Chinese message for people, optional details.
// It knows nothing of HTTP or exit codes: the CLI maps codes to exit codes (cli/exit-codes.ts) and
// the server maps them to status codes, each in one place. Pure layers report expected problems as
// values (diagnostics, findings, result types) carrying an `ErrorInfo`; `YusuanError` is thrown only
// across effectful edges (ports, use cases) and for broken preconditions.
// The importer's codes (`empty-file`, `binary-data`, `not-a-budget-document`, and the format readers'
// `damaged-file`, `pdf-without-text`, `unsupported-format`, `converter-missing`) are part of the contract.

export const ERROR_CODES = [
  // Reading input
  'file-not-found',
  'file-unreadable',
  'is-directory',
  'too-large',
  'empty-file',
  'binary-data',
  'encoding-invalid',
  'not-a-budget-document',
  'damaged-file',
  'pdf-without-text',
  'unsupported-format',
  'converter-missing',
  'xlsx-no-worksheet',
  'xlsx-too-large',
  'time-limit',
  // Requests
  'usage',
  'validation',
  'not-found',
  'conflict',
  'unauthenticated',
  'forbidden',
  'too-many-requests',
  // Outcomes and output
  'review-errors',
  'evaluation-incomplete',
  'output-is-input',
  'output-exists',
  'cannot-write',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const isErrorCode = (x: unknown): x is ErrorCode =>
  typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);

/** Default Chinese messages; a thrower usually says more (which file, which limit). */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  'file-not-found': '文件不存在',
  'file-unreadable': '无法读取文件',
  'is-directory': '是目录而不是文件',
  'too-large': '文件超过大小上限',
  'empty-file': '文件为空，没有可导入的内容',
  'binary-data': '文件不是文本（含二进制数据），无法作为预算公开文本导入',
  'encoding-invalid': '文本编码无效（不是完整的 UTF-8、GB18030 或带 BOM 的 UTF-16 文本）',
  'not-a-budget-document': '文件不是可识别的预算公开文档（部门预算、重点项目绩效目标或绩效目标申报表）',
  'damaged-file': '文件已损坏，无法读取',
  'pdf-without-text': 'PDF 中没有可提取的文字（可能是扫描件）',
  'unsupported-format': '不支持的文件格式',
  'converter-missing': '缺少转换该格式所需的程序',
  'xlsx-no-worksheet': 'XLSX 工作簿中没有工作表',
  'xlsx-too-large': 'XLSX 工作簿解压后超过大小上限',
  'time-limit': '处理超过时间上限',
  usage: '命令行用法错误',
  validation: '数据不符合要求',
  'not-found': '找不到所要的对象',
  conflict: '与现有数据冲突',
  unauthenticated: '需要登录',
  forbidden: '无权执行此操作',
  'too-many-requests': '请求过于频繁，请稍后再试',
  'review-errors': '审核发现错误',
  'evaluation-incomplete': '绩效自评尚未完成：有指标未评价或失分未说明',
  'output-is-input': '输出文件不能是输入文件',
  'output-exists': '输出文件已存在',
  'cannot-write': '无法写入输出文件',
  unavailable: '所需的服务不可用',
  internal: '内部错误',
};

/** An error as a plain value: what result types carry and what adapters print or send. */
export interface ErrorInfo<C extends ErrorCode = ErrorCode> {
  code: C;
  /** Chinese, one line, for people. */
  message: string;
  /** Machine-readable particulars (file, limit, byte offset, field paths…). */
  details?: Record<string, unknown>;
}

export class YusuanError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: C, message: string = ERROR_MESSAGES[code], details?: Record<string, unknown>) {
    super(message);
    this.name = 'YusuanError';
    this.code = code;
    this.details = details;
  }

  static from(info: ErrorInfo): YusuanError {
    return new YusuanError(info.code, info.message, info.details);
  }

  toInfo(): ErrorInfo<C> {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isYusuanError(e: unknown): e is YusuanError {
  return e instanceof YusuanError;
}

/** An ErrorInfo with the default message, or the given one. */
export function errorInfo<C extends ErrorCode>(
  code: C,
  message: string = ERROR_MESSAGES[code],
  details?: Record<string, unknown>,
): ErrorInfo<C> {
  return details === undefined ? { code, message } : { code, message, details };
}

/** Any thrown value as an ErrorInfo: a YusuanError keeps its code, anything else is `internal`. */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (isYusuanError(e)) return e.toInfo();
  const msg = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `${ERROR_MESSAGES.internal}：${msg}` };
}

/** `too-large`: the input is over the size limit (size when known, e.g. a regular file or an upload). */
export function tooLargeInfo(file: string, maxBytes: number, size?: number): ErrorInfo<'too-large'> {
  const mb = (n: number) => `${(n / 1e6).toFixed(n < 1e6 ? 2 : 0)} MB`;
  const what = size === undefined ? '超过' : `为 ${mb(size)}，超过`;
  return errorInfo(
    'too-large',
    `文件${what}大小上限 ${mb(maxBytes)}：${file}（可用 --max-size 或环境变量 YUSUAN_MAX_SIZE 调整）`,
    { file, maxBytes, ...(size === undefined ? {} : { size }) },
  );
}
