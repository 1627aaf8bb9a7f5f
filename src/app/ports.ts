// The ports through which use cases reach the world: files in and out, the PDF printer, the clock and
// the document store. Use cases take only the ports they use (`Pick<Ports, 'files'>`), so the CLI,
// the server and tests call the same functions with their own adapters. Node adapters live in
// platform/ and are composed in app/node-ports.ts. Failures are thrown as YusuanError with a code.
import type { BudgetDocument } from '../core/model/document.js';
import type { Finding } from '../rules/rule.js';
import type { Actor, JobHandler, JobRecord, NewJob, WorkOptions } from '../store/index.js';

export interface ReadLimits {
  /** Refuse a file larger than this many bytes (code `too-large`). */
  maxBytes: number;
}

export interface FileSource {
  /**
   * The whole content of a file, at most `limits.maxBytes` (also for devices and pipes that never
   * end). Throws `file-not-found`, `is-directory`, `file-unreadable` or `too-large`.
   */
  read(path: string, limits: ReadLimits): Promise<Uint8Array>;
  /** Files and folders given by a user, folders expanded to every file inside, recursively, sorted. */
  expand(paths: readonly string[]): AsyncIterable<string>;
  /** An identity of the file at `path` (device and inode), or null when there is none yet. */
  identity(path: string): Promise<string | null>;
}

export interface FileSink {
  /**
   * Writes all of `bytes` or nothing: a temporary file in the target folder renamed into place, so a
   * failure leaves the old file intact and no partial file. With `overwrite: false` an existing file
   * is refused (`output-exists`). Throws `cannot-write` with the system's reason otherwise.
   */
  write(path: string, bytes: Uint8Array, options: { overwrite: boolean }): Promise<void>;
}

export interface PdfOptions {
  /** Printed in every page's footer beside the page number. */
  footerNote?: string;
}

export interface PdfPrinter {
  /** HTML to PDF bytes; throws `unavailable` when no printer (browser) can be had. */
  print(html: string, options?: PdfOptions): Promise<Uint8Array>;
}

export interface Clock {
  now(): Date;
}

/** A stored document: the model, its review and the original bytes (the server's store implements this). */
export interface StoredDocument {
  id: string;
  document: BudgetDocument;
  findings: Finding[];
  sha256: string;
}

export interface DocumentStore {
  /** Stores a reviewed document with its original file; the same bytes again give the same id. */
  save(input: Omit<StoredDocument, 'id'> & { original: Uint8Array; fileName: string }): Promise<{
    id: string;
    created: boolean;
  }>;
  /** A stored document by id, or null. */
  get(id: string): Promise<StoredDocument | null>;
}

export interface Ports {
  files: FileSource;
  sink: FileSink;
  printer: PdfPrinter;
  clock: Clock;
  store: DocumentStore;
}

/**
 * Work that takes long (imports, PDF renders), queued and done by workers — in this process or in
 * `yusuan worker` processes on the same database. Implemented over the store (store/job-queue.ts:
 * pg-boss on PostgreSQL and on PGlite alike).
 */
export interface JobQueue {
  /** Queues a job; returns its id at once. */
  enqueue(job: NewJob): Promise<string>;
  /** A job's state, progress and result or error, as the actor may see it (null: none, or not theirs). */
  status(actor: Actor, id: string): Promise<JobRecord | null>;
  /** Starts workers in this process that take jobs and run `handler` until stop(). */
  work(handler: JobHandler, options?: WorkOptions): Promise<void>;
  /**
   * Hands the jobs of workers silent for `staleSeconds` out again, or fails them after their last
   * try; a working process does this every half minute. Returns how many it took.
   */
  recover(staleSeconds?: number): Promise<number>;
  /** Stops taking jobs and waits for the running ones (up to `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}
