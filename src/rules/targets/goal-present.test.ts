import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, setCell } from '../../test-support/fixtures.js';
import { goalPresent } from './goal-present.js';

describe('target-goal-present', () => {
  it.each(['bangongting', 'beijing', 'keyProjects'] as const)(
    'finds a goal for every target of %s',
    (name) => {
      expect(findingsOf(goalPresent, corpusDoc(name))).toEqual([]);
    },
  );

  it('reports a key project whose 绩效目标 cell is emptied (line 348)', () => {
    const doc = mutatedDoc('keyProjects', [
      348,
      setCell(4, '保障武广特勤消防站、洋湖垸地铁专用消防站正常运转。', ''),
    ]);
    expect(lines(findingsOf(goalPresent, doc))).toEqual([
      '348 warning: 项目“2023年轨道交通大队运行维护经费”未填写绩效目标',
    ]);
  });
});
