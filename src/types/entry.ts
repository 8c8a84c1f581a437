/**
 * The replicated log entry and its kinds: what the Raft core appends and replicates, the
 * segment log stores (segments/FORMAT.md) and the node applies. The numbers of `EntryType`
 * are the on-disk and on-the-wire protobuf `EntryType` (src/proto/wal.proto,
 * src/proto/raft.proto); the golden files under test/fixtures hold them.
 */

/** Entry kinds; the numbers are the on-disk wal.EntryType values. 0 is never valid. */
export const EntryType = {
  /** An application command; data is opaque to the core and the log. */
  NORMAL: 1,
  /** A membership change; data is an encoded ConfChange (src/raft/confchange/codec.ts). */
  CONF_CHANGE: 2,
  /** The empty entry a new leader appends at the start of its term. */
  NO_OP: 3,
} as const;
export type EntryType = (typeof EntryType)[keyof typeof EntryType];

export function isEntryType(value: number): value is EntryType {
  return value === EntryType.NORMAL || value === EntryType.CONF_CHANGE || value === EntryType.NO_OP;
}

/**
 * One replicated log entry. Entries are shared by reference between the core and the transport
 * (the log's cache keeps copies): nobody mutates one (nor its `data`) after handing it over.
 */
export interface Entry {
  /** Position in the log, >= 1. */
  readonly index: number;
  /** Raft term, >= 1; never decreases along the log. */
  readonly term: number;
  readonly type: EntryType;
  readonly data: Uint8Array;
}
