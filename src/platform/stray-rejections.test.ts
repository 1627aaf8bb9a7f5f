import { describe, expect, it } from 'vitest';
import { isPdfjsStrayRejection } from './stray-rejections.js';

describe('pdfjs stray rejections', () => {
  it('recognises pdfjs errors by their origin, nothing else', () => {
    const stray = new Error('Bad (uncompressed) XRef entry: 62R');
    stray.stack = `XRefEntryException: Bad\n    at BaseExceptionClosure (file:///x/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs:6289:29)`;
    expect(isPdfjsStrayRejection(stray)).toBe(true);
    expect(isPdfjsStrayRejection(new Error('ours'))).toBe(false);
    expect(isPdfjsStrayRejection('pdfjs-dist')).toBe(false);
    expect(isPdfjsStrayRejection(null)).toBe(false);
  });
});
