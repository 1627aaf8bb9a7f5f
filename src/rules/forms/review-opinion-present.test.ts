import { describe, expect, it } from 'vitest';
import { corpusDoc, deleteLine, findingsOf, lines, mutatedDoc } from '../../test-support/fixtures.js';
import { reviewOpinionPresent } from './review-opinion-present.js';

describe('form-review-opinion-present', () => {
  it('finds the opinion on all eight Xiangyin forms (the last on line 340, after which the file ends)', () => {
    expect(findingsOf(reviewOpinionPresent, corpusDoc('xiangyin'))).toEqual([]);
  });

  it('reports the forms whose opinion line is deleted (lines 123 and 340)', () => {
    const doc = mutatedDoc('xiangyin', [123, deleteLine], [340, deleteLine]);
    // After deleting line 123 the last form's 其他说明的问题 moves from line 339 to 338.
    expect(lines(findingsOf(reviewOpinionPresent, doc))).toEqual([
      '122 warning: 整体支出申报表（湘阴县政府办）缺少财政部门审核意见',
      '338 warning: 项目“政府中心工作经费”的申报表缺少财政部门审核意见',
    ]);
  });
});
