// `yusuan rules [--json]`: the review catalogue — id, severity, category and title of every rule
// (with --json also the document kinds, rationale and example, for machine use).

import type { Command } from 'commander';
import { CATALOGUE, CATEGORY_LABELS, SEVERITY_LABELS } from '../../app/index.js';
import type { Rule } from '../../app/index.js';

export function rulesJson(rules: readonly Rule[]): string {
  return JSON.stringify(
    {
      rules: rules.map((r) => ({
        id: r.id,
        severity: r.severity,
        category: r.category,
        title: r.title,
        appliesTo: r.appliesTo,
        rationale: r.rationale,
        example: r.example,
      })),
    },
    null,
    2,
  );
}

export function rulesTable(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length), 2);
  const rows = rules.map(
    (r) =>
      `${r.id.padEnd(width)}  ${SEVERITY_LABELS[r.severity]}  ${CATEGORY_LABELS[r.category]}\t${r.title}`,
  );
  return [...rows, `共 ${rules.length} 条规则（详见 docs/rules.md）`].join('\n');
}

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('列出审核规则')
    .option('--json', '以 JSON 输出规则目录')
    .action((opts: { json?: boolean }) => {
      process.stdout.write((opts.json ? rulesJson(CATALOGUE) : rulesTable(CATALOGUE)) + '\n');
    });
}
