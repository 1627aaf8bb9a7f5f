// Bytes in and out of bytea columns as base64 text: PGlite's driver writes and reads bytea as hex one
// byte at a time (≈30 ms for a 21 KB file, seconds for a PDF), base64 through encode/decode costs
// next to nothing on both databases.
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';

/** A bytea value to write: `.values({ original: byteaValue(bytes) })`. */
export const byteaValue = (bytes: Uint8Array): RawBuilder<Uint8Array> =>
  sql<Uint8Array>`decode(${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}, 'base64')`;

/** A bytea column read as base64 text (`bytesOf` turns it back into bytes). */
export const byteaText = (column: string): RawBuilder<string | null> =>
  sql<string | null>`encode(${sql.ref(column)}, 'base64')`;

export const bytesOf = (text: string | null): Uint8Array | null =>
  text === null ? null : new Uint8Array(Buffer.from(text, 'base64'));
