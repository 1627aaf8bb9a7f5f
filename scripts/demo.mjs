// The demo: yusuan on a sample it generates itself (示例市数据管理局, 2025) — import → review → publish,
// then the same sample with one contradiction, which the review catches and publishing refuses.
// Run with `npm run demo` after `npm install` (which builds dist/). Outputs go to .demo/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, '.demo');
mkdirSync(out, { recursive: true });

const { sampleDocument, sampleWithDefect } = await import(resolve(root, 'dist/demo/index.js'));
const { renderText } = await import(resolve(root, 'dist/publishers/text/index.js'));

const clean = resolve(out, '示例市数据管理局-2025.txt');
const defect = resolve(out, '示例市数据管理局-2025-有误.txt');
writeFileSync(clean, renderText(sampleDocument()));
writeFileSync(defect, renderText(sampleWithDefect()));

const bin = resolve(root, 'bin/yusuan.js');
const rel = (p) => relative(process.cwd(), p) || p;

function step(title, args) {
  console.log(`\n━━ ${title}\n$ yusuan ${args.map((a) => (a.startsWith('/') ? rel(a) : a)).join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  process.stdout.write(r.stderr ?? '');
  console.log(`（退出码 ${r.status}）`);
}

console.log(`示例文件：${rel(clean)}、${rel(defect)}（由 yusuan 根据示例模型生成）`);
step('1. 导入', ['import', clean]);
step('2. 概要', ['inspect', clean, '--summary']);
step('3. 审核（仅显示警告及以上）', ['check', clean, '--min-severity', 'warning']);
for (const format of ['html', 'xlsx', 'pdf', 'text']) {
  const target = resolve(out, `示例市数据管理局-2025.${format === 'text' ? 'published.txt' : format}`);
  step(`4. 发布 ${format}`, ['publish', clean, '--format', format, '-o', target]);
}
step('5. 审核有误的文件：叙述中的“三公”经费与报表不一致', ['check', defect, '--min-severity', 'warning']);
step('6. 有审核错误时拒绝发布', ['publish', defect, '--format', 'html', '-o', resolve(out, 'refused.html')]);
step('7. 使用 --force 强制发布（输出带未解决错误标记）', [
  'publish',
  defect,
  '--format',
  'html',
  '--force',
  '-o',
  resolve(out, '示例市数据管理局-2025-有误.html'),
]);

console.log('\n输出文件：');
for (const f of [
  '示例市数据管理局-2025.html',
  '示例市数据管理局-2025.xlsx',
  '示例市数据管理局-2025.pdf',
  '示例市数据管理局-2025.published.txt',
  '示例市数据管理局-2025-有误.html',
]) {
  try {
    console.log(`  ${rel(resolve(out, f))}  ${statSync(resolve(out, f)).size} 字节`);
  } catch {
    console.log(`  ${f}  （未生成）`);
  }
}
