// pdfjs leaves some of its own promises without a handler: on a damaged cross-reference table its worker
// side rejects one (XRefEntryException, FormatError…) after the page or document call that needed it
// has already failed or finished, and our import has its answer. Node ends a process on an unhandled
// rejection, so one damaged upload would end the server or a CLI worker. Those strays, and only those,
// are absorbed; every other unhandled rejection still ends the process as before.

/** Whether an unhandled rejection is one of pdfjs's own abandoned promises. */
export function isPdfjsStrayRejection(reason: unknown): boolean {
  if (!(reason instanceof Error) && (typeof reason !== 'object' || reason === null)) return false;
  const stack = (reason as { stack?: unknown }).stack;
  return typeof stack === 'string' && /[\\/]pdfjs-dist[\\/]/.test(stack);
}

/**
 * Installs the handler in a process or worker thread that has none: pdfjs strays are absorbed, any
 * other rejection is thrown again as an uncaught exception (Node's default outcome).
 */
export function absorbPdfjsStrayRejections(): void {
  process.on('unhandledRejection', (reason) => {
    if (isPdfjsStrayRejection(reason)) return;
    throw reason;
  });
}
