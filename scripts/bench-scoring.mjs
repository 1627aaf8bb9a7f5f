// Benchmark (not a test): scoring whole documents. For each corpus document: parsing every 评（扣）分标准
// from scratch, reading a filled actuals sheet, and the self-evaluation of every target from it.
// Prints figures; the goal is a whole document scored in under 5 ms. `npm run bench:scoring`.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.env.YUSUAN_CORPUS ?? resolve(root, '../shared/corpus');
const dist = (p) => import(resolve(root, 'dist', p));
const { importDocument } = await dist('importers/index.js');
const { parseStandard, standardInput } = await dist('core/scoring-standard/index.js');
const { renderTemplate, readActuals, evaluateDocument, keyedTargets, parseCsv, formatCsv } =
  await dist('scoring/index.js');

/**
 * Milliseconds per call, after a warm-up: wall-clock, and the process's CPU time (steadier when the
 * machine is shared; the lower of the two is the cost of the work itself).
 */
function time(fn, minMs = 1500) {
  const warm = performance.now();
  while (performance.now() - warm < Math.min(800, minMs)) fn();
  let n = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < minMs) {
    fn();
    n++;
  }
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / n, cpu: (used.user + used.system) / 1000 / n };
}
const ms = (t) => `${t.wall.toFixed(2)} ms (CPU ${t.cpu.toFixed(2)} ms)`;

/** A plausible actual for a parsed rule: the target met, one in five missed. */
function sample(rule, std, bad) {
  const t = std.target.kind === 'number' ? std.target.value.toString() : null;
  const low = (v) => (Number(v) * 0.9).toFixed(2);
  switch (rule.kind) {
    case 'bands': {
      if (rule.axis === 'rate') return bad ? '85%' : '100%';
      if (rule.axis === 'deviation') return bad ? '偏离15%' : '偏离3%';
      const b = rule.bands[0];
      const v = (b.lo ?? b.hi).toString();
      return bad && t ? low(t) : v;
    }
    case 'linear':
    case 'proportional':
      return bad ? '85%' : t && !std.percent ? t : '100%';
    case 'deduction':
      if (rule.measure === 'count') return bad ? '2' : '0';
      if (rule.measure === 'deviation') return bad ? '偏离25%' : '偏离0%';
      return bad ? low(rule.reference.value.toString()) : rule.reference.value.toString();
    case 'binary':
      return bad ? '未完成' : '完成';
    case 'grades':
      return bad && rule.levels[1] && !rule.levels[1].range ? rule.levels[1].label : rule.levels[0].label;
    case 'composite':
      return rule.parts.map((p) => sample(p.rule, std, bad)).join('；');
    default:
      return t ? (bad ? low(t) : t) : bad ? '部分达成 60%' : '达成';
  }
}

function filledSheet(doc) {
  const parsed = parseCsv(renderTemplate(doc));
  const rows = parsed.rows.map((r) => r.cells);
  const targets = keyedTargets(doc);
  let ti = -1;
  let ii = 0;
  let n = 0;
  for (const r of rows.slice(1)) {
    if (r[2] === '预算执行') {
      ti++;
      ii = 0;
      r[13] = (Number(r[12] || 0) * 0.9).toFixed(2);
      r[11] = '年底集中支付';
      continue;
    }
    const k = targets[ti].indicators[ii++];
    const std = parseStandard(standardInput(k.indicator));
    const bad = n++ % 5 === 2;
    r[10] = sample(std.rule, std, bad);
    if (bad) r[11] = '进度滞后，已采取措施';
  }
  return formatCsv(rows);
}

console.log(`scoring benchmark (${corpusDir})`);
let worst = 0;
let worstCold = 0;
for (const name of readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const r = importDocument(readFileSync(resolve(corpusDir, name)), { file: name });
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  const doc = r.document;
  const inputs = keyedTargets(doc).flatMap((t) => t.indicators.map((k) => standardInput(k.indicator)));
  const csv = filledSheet(doc);
  const read = readActuals(doc, csv);
  if (!read.ok) throw new Error(`${name}: sheet does not read: ${read.errors[0]?.message}`);
  const parse = time(() => inputs.forEach((i) => parseStandard(i)));
  const sheet = time(() => readActuals(doc, csv));
  const evaluate = time(() => evaluateDocument(doc, read.actuals));
  const scoring = { wall: sheet.wall + evaluate.wall, cpu: sheet.cpu + evaluate.cpu };
  const cold = { wall: scoring.wall + parse.wall, cpu: scoring.cpu + parse.cpu };
  worst = Math.max(worst, Math.min(scoring.wall, scoring.cpu));
  worstCold = Math.max(worstCold, Math.min(cold.wall, cold.cpu));
  console.log(`  ${name}: ${inputs.length} indicators`);
  console.log(`    parse every standard anew: ${ms(parse)}`);
  console.log(`    read the filled sheet:     ${ms(sheet)}`);
  console.log(`    evaluate every target:     ${ms(evaluate)}`);
  console.log(`    scoring (sheet + evaluation, standards read once per indicator): ${ms(scoring)}`);
  console.log(`    with every standard parsed anew: ${ms(cold)}`);
}
console.log(
  `slowest document, scoring: ${worst.toFixed(2)} ms (goal < 5 ms); with parsing: ${worstCold.toFixed(2)} ms`,
);
