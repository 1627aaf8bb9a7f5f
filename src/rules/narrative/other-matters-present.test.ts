import { describe, expect, it } from 'vitest';
import {
  corpusDoc,
  deleteLine,
  findingsOf,
  lines,
  mutatedDoc,
  replace,
} from '../../test-support/fixtures.js';
import { otherMattersPresent } from './other-matters-present.js';

describe('narrative-other-matters-present', () => {
  it.each(['bangongting', 'beijing'] as const)(
    'finds the six items of 六 in %s, with the reason for “三公”',
    (name) => {
      expect(findingsOf(otherMattersPresent, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a “三公” paragraph without its reason (Beijing line 103)', () => {
    const doc = mutatedDoc('beijing', [103, replace('，主要原因是厉行节约，严格控制三公经费支出。', '。')]);
    expect(lines(findingsOf(otherMattersPresent, doc))).toEqual([
      '103 warning: “其他重要事项的情况说明”未说明“三公”经费增减变化的原因',
    ]);
  });

  it('reports a deleted item (bangongting line 120, 政府采购情况)', () => {
    const doc = mutatedDoc('bangongting', [120, deleteLine]);
    expect(lines(findingsOf(otherMattersPresent, doc))).toEqual([
      '110 warning: “其他重要事项的情况说明”缺少“政府采购”一项',
    ]);
  });
});
