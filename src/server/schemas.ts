// Zod schemas of the API's requests and responses, turned into the OpenAPI document. Money is a
// decimal string; the document's model is the codec JSON of docs/model.md (described, not repeated).
import * as z from 'zod';

export const errorSchema = z
  .object({
    code: z.string().describe('稳定的错误代码（src/core/errors.ts）'),
    message: z.string().describe('中文说明'),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Error' });

export const money = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('精确十进制金额（万元）');
const moneyOrNull = money.nullable();

export const totalsSchema = z
  .object({
    income: moneyOrNull,
    expenditure: moneyOrNull,
    basic: moneyOrNull,
    project: moneyOrNull,
    personnel: moneyOrNull,
    publicFunds: moneyOrNull,
    threePublic: moneyOrNull,
  })
  .meta({ id: 'KeyTotals' });

export const documentStates = z.enum(['draft', 'submitted', 'department-reviewed', 'approved', 'published']);

export const documentMetaSchema = z
  .object({
    id: z.string(),
    sha256: z.string(),
    kind: z.string(),
    template: z.string(),
    year: z.number().int().nullable(),
    regionCode: z.string().nullable(),
    departmentId: z.number().int().nullable(),
    departmentCode: z.string().nullable(),
    department: z.string().nullable(),
    unitCode: z.string().nullable(),
    title: z.string().nullable(),
    version: z.number().int(),
    state: documentStates,
    fileName: z.string(),
    byteSize: z.number().int(),
    totals: totalsSchema,
    findingCount: z.number().int(),
    errorCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DocumentMeta' });

export const findingSchema = z
  .object({
    rule: z.string(),
    category: z.string(),
    severity: z.string(),
    message: z.string(),
    lines: z.array(z.number().int()),
    table: z.string().optional(),
    unit: z.string().optional(),
    project: z.string().optional(),
    indicator: z.string().optional(),
    found: z.string().optional(),
    expected: z.string().optional(),
    difference: z.string().optional(),
  })
  .meta({ id: 'Finding' });

export const summarySchema = z
  .object({
    kind: z.string(),
    department: z.string().nullable(),
    year: z.number().int().nullable(),
    units: z.array(z.object({ code: z.string().nullable(), name: z.string() })),
    totals: z.record(z.string(), z.number().nullable()),
    tables: z.array(z.string()),
    projects: z.array(
      z.object({
        department: z.string().nullable(),
        unit: z.string().nullable(),
        name: z.string(),
        amount: z.number().nullable(),
        indicators: z.number().int(),
        weightSum: z.number().nullable(),
      }),
    ),
    diagnostics: z.number().int(),
  })
  .describe('与 `yusuan inspect --summary` 完全相同的 JSON（金额为万元数字，两位小数）')
  .meta({ id: 'DocumentSummary' });

export const uploadResultSchema = z
  .object({ id: z.string(), summary: summarySchema, findings: z.array(findingSchema) })
  .meta({ id: 'UploadResult' });

export const modelSchema = z
  .looseObject({ schemaVersion: z.literal(1), kind: z.string() })
  .describe('文档模型的编解码 JSON（docs/model.md）')
  .meta({ id: 'DocumentModel' });

export const documentSchema = z
  .object({ meta: documentMetaSchema, model: modelSchema })
  .meta({ id: 'Document' });

export const tableSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    moneyUnit: z.string().nullable().describe('文档印出的金额单位；行中金额一律换算为万元'),
    shape: z.string(),
    classification: z.string().nullable(),
    empty: z.boolean(),
    line: z.number().int().nullable(),
  })
  .meta({ id: 'Table' });

export const tableRowSchema = z
  .object({
    side: z.string().nullable(),
    kind: z.string(),
    code: z.string().nullable(),
    name: z.string(),
    amount: moneyOrNull,
    amounts: z.record(z.string(), moneyOrNull),
    line: z.number().int(),
  })
  .meta({ id: 'TableRow' });

export const tableWithRowsSchema = tableSchema
  .extend({ rows: z.array(tableRowSchema) })
  .meta({ id: 'TableWithRows' });

export const indicatorSchema = z
  .object({
    level1: z.string().nullable(),
    level2: z.string().nullable(),
    name: z.string().nullable(),
    value: z.string().nullable(),
    unit: z.string().nullable(),
    comparator: z.string().nullable(),
    weight: z.string().nullable(),
    scoring: z.string().nullable().describe('评（扣）分标准'),
    content: z.string().nullable(),
    placeholder: z.boolean(),
    line: z.number().int(),
  })
  .meta({ id: 'Indicator' });

export const projectSchema = z
  .object({
    ordinal: z.number().int(),
    kind: z.string(),
    name: z.string(),
    department: z.string().nullable(),
    unitCode: z.string().nullable(),
    unitName: z.string().nullable(),
    amount: moneyOrNull,
    amountText: z.string().nullable(),
    goal: z.string().nullable(),
    indicatorCount: z.number().int(),
    weightSum: z.string().nullable(),
    line: z.number().int(),
    indicators: z.array(indicatorSchema),
  })
  .meta({ id: 'Project' });

export const regionSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.enum(['province', 'city', 'county']),
    parentCode: z.string().nullable(),
    documents: z.number().int(),
  })
  .meta({ id: 'Region' });

export const departmentSchema = z
  .object({
    id: z.number().int(),
    regionCode: z.string(),
    code: z.string().nullable(),
    name: z.string(),
    documents: z.number().int(),
    years: z.array(z.number().int()),
  })
  .meta({ id: 'Department' });

export const userSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.enum(['admin', 'reviewer', 'department', 'unit']),
    region: z.string().nullable(),
    department: z.string().nullable(),
    unit: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const userRecordSchema = userSchema
  .extend({ disabled: z.boolean(), createdAt: z.string() })
  .meta({ id: 'UserRecord' });

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, errorSchema])) as Record<number, typeof errorSchema>;

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['import', 'render-pdf']).describe('import：导入文档；render-pdf：生成文档的 PDF'),
    state: z
      .enum(['queued', 'active', 'completed', 'failed'])
      .describe('queued 排队中；active 执行中；completed 已完成；failed 失败（见 error）'),
    progress: z.number().int().min(0).max(100).describe('进度（百分比）'),
    createdBy: z.number().int().nullable(),
    params: z.record(z.string(), z.unknown()).describe('import：{fileName, region}；render-pdf：{document}'),
    result: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe(
        'import：{document（文档 id）, created, findings, errors}；render-pdf：{document, fileName, contentType, byteSize}，文件见 /api/jobs/{id}/result',
      ),
    error: errorSchema.nullable().describe('失败时的错误 {code, message, details}'),
    attempts: z.number().int(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

export const jobAcceptedSchema = z
  .object({
    id: z.string().describe('任务 id：GET /api/jobs/{id} 查询状态'),
    kind: z.enum(['import', 'render-pdf']),
    state: z.literal('queued'),
  })
  .meta({ id: 'JobAccepted' });
