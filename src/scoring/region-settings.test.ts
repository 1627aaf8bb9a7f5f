import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import type { EvaluationSettingsJson } from './region-settings.js';
import {
  DEFAULT_EVALUATION_SETTINGS_JSON as D,
  evaluationSettingsOf,
  monitoringSettingsOf,
  settingsProblems,
} from './region-settings.js';
import { DEFAULT_SETTINGS, gradeOf } from './settings.js';

const codes = (v: EvaluationSettingsJson) => settingsProblems(v).map((p) => `${p.code}@${p.path}`);

describe('region evaluation settings', () => {
  it.each<[string, EvaluationSettingsJson, string[]]>([
    ['the defaults', D, []],
    ['no execution share (indicators 100)', { ...D, executionWeight: '0' }, []],
    ['execution only', { ...D, executionWeight: '100' }, []],
    ['a share above 100', { ...D, executionWeight: '100.01' }, ['execution-share-range@executionWeight']],
    ['a negative share', { ...D, executionWeight: '-1' }, ['execution-share-range@executionWeight']],
    ['two equal bands', { ...D, grades: { 优: '90', 良: '90', 中: '60' } }, ['grade-bands-order@grades']],
    ['中 at 0', { ...D, grades: { 优: '90', 良: '80', 中: '0' } }, ['grade-band-range@grades.中']],
    ['优 above 100', { ...D, grades: { 优: '101', 良: '80', 中: '60' } }, ['grade-band-range@grades.优']],
    [
      'level shares adding up to the indicators’ 90',
      { ...D, levelShares: { 产出指标: '50', 效益指标: '30', 满意度指标: '10' } },
      [],
    ],
    [
      'level shares adding up to 100 with 10 for execution',
      { ...D, levelShares: { 产出指标: '60', 效益指标: '30', 满意度指标: '10' } },
      ['level-shares-sum@levelShares'],
    ],
    [
      'a negative level share',
      { ...D, levelShares: { 产出指标: '100', 效益指标: '-10' } },
      ['level-share-range@levelShares.效益指标'],
    ],
    [
      'yellow and red margins equal',
      { ...D, monitoring: { ...D.monitoring, executionYellow: '20' } },
      ['warning-margins-order@monitoring'],
    ],
    [
      'an indicator margin of 0',
      { ...D, monitoring: { ...D.monitoring, indicatorYellow: '0' } },
      ['warning-margin-range@monitoring.indicatorYellow'],
    ],
    ['text for a figure', { ...D, executionWeight: '十' }, ['not-a-number@executionWeight']],
  ])('%s', (_name, v, expected) => {
    expect(codes(v)).toEqual(expected);
    for (const p of settingsProblems(v)) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('turns the defaults into the scoring defaults', () => {
    const s = evaluationSettingsOf(D);
    expect(s.executionWeight.eq(DEFAULT_SETTINGS.executionWeight)).toBe(true);
    expect(s.indicatorWeight.eq(DEFAULT_SETTINGS.indicatorWeight)).toBe(true);
    expect(s.grades.map((g) => `${g.grade}${g.min.toString()}`)).toEqual(['优90', '良80', '中60', '差0']);
    expect(monitoringSettingsOf(D).executionRed.toString()).toBe('20');
  });

  it('grades by the region’s bands, 差 below 中', () => {
    const s = evaluationSettingsOf({ ...D, executionWeight: '20', grades: { 优: '95', 良: '85', 中: '70' } });
    expect(s.indicatorWeight.toString()).toBe('80');
    expect(['95', '94.99', '85', '70', '69.99'].map((t) => gradeOf(Decimal.from(t), s))).toEqual([
      '优',
      '良',
      '良',
      '中',
      '差',
    ]);
  });
});
