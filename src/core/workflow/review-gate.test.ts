import { describe, expect, it } from 'vitest';
import type { GateFinding } from './review-gate.js';
import { findingKey, reviewGate } from './review-gate.js';

const f = (rule: string, severity: GateFinding['severity'], project?: string): GateFinding => ({
  rule,
  severity,
  message: `${rule} 问题`,
  lines: [10],
  ...(project ? { project } : {}),
});

describe('the review gate', () => {
  it('passes warnings, blocks unexplained errors, passes once each error is explained', () => {
    const findings = [f('weights-sum-to-100', 'error', '110联动经费'), f('x', 'warning'), f('y', 'error')];
    const blocked = reviewGate(findings, []);
    expect(blocked.ok).toBe(false);
    expect(blocked.error).toMatchObject({ code: 'review-errors' });
    expect(blocked.unexplained.map((u) => u.rule)).toEqual(['weights-sum-to-100', 'y']);
    const one = reviewGate(findings, [{ key: findingKey(findings[0]!), text: '另有10分在附表' }]);
    expect(one.unexplained.map((u) => u.rule)).toEqual(['y']);
    const blank = reviewGate(findings, [{ key: findingKey(findings[2]!), text: '   ' }]);
    expect(blank.unexplained).toHaveLength(2);
    const all = reviewGate(
      findings,
      findings.map((x) => ({ key: findingKey(x), text: '已说明' })),
    );
    expect(all.ok).toBe(true);
    expect(all.findings[0]?.explanation).toBe('已说明');
  });
  it('keys tell apart the same rule on different projects', () => {
    expect(findingKey(f('r', 'error', 'A'))).not.toBe(findingKey(f('r', 'error', 'B')));
  });
});
