// Legacy .xls workbooks converted to XLSX by LibreOffice in headless mode, in a temporary folder that
// is removed afterwards. Without LibreOffice the conversion fails with a message naming the package.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPorts } from '../importers/ports.js';

type Converted = Awaited<ReturnType<NonNullable<ImportPorts['convertLegacyWorkbook']>>>;

const MISSING =
  '旧版 Excel 工作簿（.xls）需要 LibreOffice 转换为 XLSX，但本机未安装 LibreOffice：请安装（Debian/Ubuntu：apt-get install libreoffice-calc-nogui），或用 Excel/WPS 另存为 .xlsx 后再导入';

function run(
  command: string,
  args: readonly string[],
): Promise<{ code: number | 'missing'; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 120_000 }, (error, _stdout, stderr) => {
      if (!error) return resolve({ code: 0, stderr });
      const code = (error as NodeJS.ErrnoException).code;
      resolve({ code: code === 'ENOENT' ? 'missing' : typeof code === 'number' ? code : 1, stderr });
    });
  });
}

export async function convertLegacyWorkbook(bytes: Uint8Array): Promise<Converted> {
  const dir = await mkdtemp(join(tmpdir(), 'yusuan-xls-'));
  try {
    const input = join(dir, 'workbook.xls');
    await writeFile(input, bytes);
    // A private profile: a LibreOffice already open for the user does not take over the conversion.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const result = await run('soffice', [
      profile,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      input,
    ]);
    if (result.code === 'missing') return { ok: false, code: 'converter-missing', message: MISSING };
    try {
      return { ok: true, bytes: new Uint8Array(await readFile(join(dir, 'workbook.xlsx'))) };
    } catch {
      return {
        ok: false,
        code: 'damaged-file',
        message: `旧版 Excel 工作簿（.xls）无法转换（文件损坏，或不是 Excel 工作簿）${result.stderr ? `：${result.stderr.trim().slice(0, 200)}` : ''}`,
      };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
