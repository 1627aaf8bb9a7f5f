// Small PDFs made in tests: pages with text drawn in a standard font (Helvetica, ASCII only) and
// ruling lines, or with no text at all (a scan's shape), written as a valid PDF 1.4 file.

export interface PdfText {
  x: number;
  y: number;
  size?: number;
  text: string;
}

export interface PdfPage {
  width?: number;
  height?: number;
  texts?: PdfText[];
  /** Stroked segments [x0, y0, x1, y1]. */
  lines?: [number, number, number, number][];
  /** Filled rectangles [x, y, w, h] (a scan is one big image; a filled box stands in for it). */
  boxes?: [number, number, number, number][];
}

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

function contentStream(p: PdfPage): string {
  const ops: string[] = [];
  for (const [x, y, w, h] of p.boxes ?? []) ops.push(`0.5 g ${x} ${y} ${w} ${h} re f 0 g`);
  for (const [x0, y0, x1, y1] of p.lines ?? []) ops.push(`0.5 w ${x0} ${y0} m ${x1} ${y1} l S`);
  for (const t of p.texts ?? [])
    ops.push(`BT /F1 ${t.size ?? 10} Tf ${t.x} ${t.y} Td (${escape(t.text)}) Tj ET`);
  return ops.join('\n');
}

export function makePdf(pages: readonly PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const p of pages) {
    const content = contentStream(p);
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
