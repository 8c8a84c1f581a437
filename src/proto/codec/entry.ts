/**
 * A log entry's bytes: ruvraft.wal.LogEntry (src/proto/wal.proto, the entry frames of the
 * segment log, segments/FORMAT.md) and ruvraft.wire.Entry (src/proto/raft.proto, an Append's
 * entries) have the same fields, so one writer serves the log (src/storage/frame-batch.ts) and
 * the transport, and `readEntry` with `checkEntries` read a wire Entry straight into the core's
 * Entry.
 */
import { type Entry, type EntryType, isEntryType } from "../../types/index.js";
import { smallInteger } from "../../util/small-integer.js";
import type { wireTypes } from "../index.js";
import { checkU64, MalformedFrameError } from "./errors.js";
import {
  bytesFieldLength,
  varintFieldLength,
  type WireReader,
  writeBytesField,
  writeVarintField,
} from "./wire.js";

/** Field numbers of wal.proto LogEntry and raft.proto Entry. */
export const ENTRY_FIELD = { index: 1, term: 2, type: 3, data: 4 } as const;

/** The fields of a log entry, as the log and the core hold them. */
export interface EncodableEntry {
  readonly index: number;
  readonly term: number;
  readonly type: number;
  readonly data: Uint8Array;
}

/** Length of the LogEntry / wire Entry encoding of `entry`. */
export function entryLength(entry: EncodableEntry): number {
  return (
    varintFieldLength(ENTRY_FIELD.index, entry.index) +
    varintFieldLength(ENTRY_FIELD.term, entry.term) +
    varintFieldLength(ENTRY_FIELD.type, entry.type) +
    bytesFieldLength(ENTRY_FIELD.data, entry.data)
  );
}

/** Writes the LogEntry / wire Entry encoding of `entry` at `offset`; returns the end offset. */
export function writeEntry(target: Uint8Array, offset: number, entry: EncodableEntry): number {
  let position = writeVarintField(target, offset, ENTRY_FIELD.index, entry.index);
  position = writeVarintField(target, position, ENTRY_FIELD.term, entry.term);
  position = writeVarintField(target, position, ENTRY_FIELD.type, entry.type);
  return writeBytesField(target, position, ENTRY_FIELD.data, entry.data);
}

const EMPTY: Uint8Array = new Uint8Array(0);

/** An entry's fields as a decoder gives them (the generated one leaves absent ones out). */
export type EntryValues = wireTypes.wire.Entry.$Properties;

/**
 * Reads a wire Entry's fields (`data` a view of the frame), unchecked: `checkEntries` checks
 * them where the message that holds them is checked. Throws WireFormatError for bytes that are
 * not an Entry.
 */
export function readEntry(reader: WireReader): EncodableEntry {
  let index = 0;
  let term = 0;
  let type = 0;
  let data = EMPTY;
  // Bounded: every pass consumes at least the key's byte.
  while (!reader.done) {
    const key = reader.varint();
    switch (Math.floor(key / 8)) {
      case ENTRY_FIELD.index:
        index = reader.varintOf(key);
        break;
      case ENTRY_FIELD.term:
        term = reader.varintOf(key);
        break;
      case ENTRY_FIELD.type:
        type = reader.varintOf(key);
        break;
      case ENTRY_FIELD.data:
        data = reader.bytesOf(key);
        break;
      default:
        reader.skip(key % 8);
    }
  }
  return { index, term, type, data };
}

/**
 * Checks what the core relies on in an entry: a known type, a safe-integer index and term.
 * Throws MalformedFrameError.
 */
function checkEntryValues(value: EntryValues): EntryType {
  const type = value.type ?? 0;
  if (!isEntryType(type)) {
    throw new MalformedFrameError(`unknown entry type ${type}`);
  }
  checkU64(value.index, "entry.index");
  checkU64(value.term, "entry.term");
  return type;
}

/** The core's Entry of a decoded entry's values (a copy; absent values are 0 or empty). */
export function entryOf(value: EntryValues): Entry {
  const type = checkEntryValues(value);
  // From protobufjs: heap numbers made small integers (src/util/small-integer.ts).
  return {
    index: smallInteger(value.index ?? 0),
    term: smallInteger(value.term ?? 0),
    type,
    data: value.data ?? EMPTY,
  };
}

/**
 * `readEntry`'s entries, checked in place: they have every field already, so they are the
 * core's Entry once checked. A fresh array when there are none (the core owns what it gets).
 */
export function checkEntries(entries: readonly EntryValues[] | null | undefined): Entry[] {
  if (entries === null || entries === undefined || entries.length === 0) return [];
  for (const entry of entries) checkEntryValues(entry);
  return entries as Entry[];
}
