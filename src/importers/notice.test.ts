// A document published with --force starts with a notice of unresolved review errors; importing it
// reads past the notice (keeping line numbers) and says so.

import { describe, expect, it } from 'vitest';
import { importText } from './index.js';
import { corpusText } from '../test-support/corpus.js';
import type { CorpusName } from '../test-support/corpus.js';

describe('the unresolved-errors notice', () => {
  it.each<CorpusName>(['bangongting', 'keyProjects', 'xiangyin'])(
    'is skipped in %s with an info diagnostic',
    (name) => {
      const text = corpusText(name);
      const lines = text.split('\n');
      // The corpus documents start with two blank lines: put the notice on line 1.
      lines[0] = '注：本文件含未解决的审核错误 3 项';
      const withNotice = importText(lines.join('\n'), { file: 'x.txt' });
      const plain = importText(text, { file: 'x.txt' });
      expect(withNotice.ok && plain.ok).toBe(true);
      if (!withNotice.ok || !plain.ok) return;
      const d = withNotice.document.diagnostics.find((x) => x.source.line === 1);
      expect(d).toMatchObject({ code: 'markup-removed', severity: 'info' });
      expect(withNotice.document.diagnostics.filter((x) => x !== d)).toEqual(plain.document.diagnostics);
      expect({ ...withNotice.document, diagnostics: [] }).toEqual({ ...plain.document, diagnostics: [] });
    },
  );

  it('is not mistaken for the department name', () => {
    const r = importText('注：本文件含未解决的审核错误 1 项\n' + corpusText('bangongting'), {
      file: 'x.txt',
    });
    expect(r.ok && r.document.kind === 'department-budget' && r.document.department?.value).toBe(
      '长沙市人民政府办公厅',
    );
  });
});
