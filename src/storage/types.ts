/** Entry kinds; the numbers are the on-disk wal.EntryType values. 0 is never valid. */
export const EntryType = {
  NORMAL: 1,
  CONF_CHANGE: 2,
  NO_OP: 3,
} as const;
export type EntryType = (typeof EntryType)[keyof typeof EntryType];

export function isEntryType(value: number): value is EntryType {
  return value === 1 || value === 2 || value === 3;
}

/**
 * One replicated log entry. The log keeps references to appended entries (its cache), and
 * entries it returns may be shared: neither side mutates `data` after handing it over.
 */
export interface LogEntry {
  /** Position in the log, >= 1. */
  index: number;
  /** Raft term, >= 1; never decreases along the log. */
  term: number;
  type: EntryType;
  data: Uint8Array;
}

/** The Raft state that must be durable before a vote or an acknowledgement leaves the node. */
export interface HardState {
  term: number;
  /** Node id voted for in `term`; 0 for none. */
  vote: number;
  commit: number;
}

export const EMPTY_HARD_STATE: Readonly<HardState> = Object.freeze({ term: 0, vote: 0, commit: 0 });
