/**
 * Turning frame payloads into readable text for the dump tool, and checking that a payload
 * agrees with its frame header. Nothing here decides whether a frame is good: scan.ts does.
 */
import { isUtf8 } from "node:buffer";
import { wal } from "../../src/proto/index.js";
import { type FrameHeader, FrameType } from "../../src/storage/format.js";
import { EntryType, isEntryType } from "../../src/types/index.js";
import { type DecodeMode, decodeEntryData } from "./decode.js";
import type { Rejection } from "./outcomes.js";

/** Data bytes shown per record unless --full: enough to recognise a command, one line wide. */
export const DATA_SHOWN_BYTES_DEFAULT = 64;

export type RecordTypeName = "NORMAL" | "CONF_CHANGE" | "NO_OP" | "HARD_STATE" | `TYPE_${number}`;

export interface DescribedPayload {
  typeName: RecordTypeName;
  /** Readable text: a quoted string, `no-op`, `term=.. vote=.. commit=..`, or hex. */
  text: string;
  /** Hex of the (possibly truncated) data bytes; empty for a hard state. */
  dataHex: string;
  /** Size of the entry's data (not the protobuf payload); 0 for a hard state. */
  dataBytes: number;
  dataTruncated: boolean;
  /** What is wrong with the payload itself, if anything (a corruption when the CRC was good). */
  problem?: string;
  /**
   * The entry's data as what it is (--decode; decode.ts), when it decodes; with `rejected`
   * (rule and reason) for a metadata event the replay saw rejected (outcomes.ts).
   */
  decoded?: unknown;
}

/**
 * Describes the payload of a frame. `shownBytesMax` bounds the text (Infinity for --full);
 * `rejected` marks the entries at those indexes as rejected events.
 */
export function describePayload(
  header: FrameHeader,
  payload: Uint8Array,
  shownBytesMax: number,
  decode: DecodeMode = "none",
  rejected?: ReadonlyMap<number, Rejection>,
): DescribedPayload {
  if (header.frameType === FrameType.HARD_STATE) {
    return describeHardState(payload);
  }
  if (header.frameType === FrameType.ENTRY) {
    return describeEntry(header, payload, shownBytesMax, decode, rejected);
  }
  const shown = showBytes(payload, shownBytesMax);
  return {
    typeName: `TYPE_${header.frameType}`,
    text: shown.hexText,
    dataHex: shown.hex,
    dataBytes: payload.length,
    dataTruncated: shown.truncated,
    problem: `unknown frame type ${header.frameType}`,
  };
}

function describeHardState(payload: Uint8Array): DescribedPayload {
  const base = { typeName: "HARD_STATE" as const, dataHex: "", dataBytes: 0, dataTruncated: false };
  let decoded: { term: number; vote: number; commit: number };
  try {
    decoded = wal.HardState.decode(payload);
  } catch (error) {
    return {
      ...base,
      text: `undecodable hard state ${hexOf(payload.subarray(0, 32))}`,
      problem: `hard state payload does not decode: ${(error as Error).message}`,
    };
  }
  const { term, vote, commit } = decoded;
  const text = `term=${term} vote=${vote} commit=${commit}`;
  for (const value of [term, vote, commit]) {
    if (!Number.isSafeInteger(value) || value < 0) {
      return { ...base, text, problem: "hard state field is not a safe integer" };
    }
  }
  return { ...base, text };
}

function describeEntry(
  header: FrameHeader,
  payload: Uint8Array,
  shownBytesMax: number,
  decode: DecodeMode,
  rejected: ReadonlyMap<number, Rejection> | undefined,
): DescribedPayload {
  let decoded: { index: number; term: number; type: number; data: Uint8Array };
  try {
    decoded = wal.LogEntry.decode(payload);
  } catch (error) {
    const shown = showBytes(payload, shownBytesMax);
    return {
      typeName: "NORMAL",
      text: `undecodable entry ${shown.hexText}`,
      dataHex: shown.hex,
      dataBytes: payload.length,
      dataTruncated: shown.truncated,
      problem: `entry payload does not decode: ${(error as Error).message}`,
    };
  }
  const data = decoded.data;
  const typeName = entryTypeName(decoded.type);
  const shown = showBytes(data, shownBytesMax);
  let text: string;
  const view = decodeEntryData(decoded.type, data, decode);
  const rejection = view === undefined ? undefined : rejected?.get(decoded.index);
  if (view !== undefined) {
    text = rejection === undefined ? view.text : `${view.text}  REJECTED by ${rejection.rule}`;
  } else if (decoded.type === EntryType.NO_OP) {
    text = data.length === 0 ? "no-op" : `no-op with ${data.length} bytes of data ${shown.hexText}`;
  } else if (decoded.type === EntryType.NORMAL && isPrintableUtf8(data)) {
    text = quotedText(data, shownBytesMax);
  } else {
    text = shown.hexText;
  }
  const described: DescribedPayload = {
    typeName,
    text,
    dataHex: shown.hex,
    dataBytes: data.length,
    dataTruncated: shown.truncated,
    ...(view === undefined
      ? {}
      : {
          decoded:
            rejection === undefined
              ? view.value
              : { ...(view.value as object), rejected: rejection },
        }),
  };
  const problem = entryProblem(header, decoded);
  if (problem !== undefined) {
    described.problem = problem;
  }
  return described;
}

function entryProblem(
  header: FrameHeader,
  decoded: { index: number; term: number; type: number },
): string | undefined {
  if (decoded.index !== header.index || decoded.term !== header.term) {
    return `payload disagrees with the frame header (payload index ${decoded.index} term ${decoded.term}, header index ${header.index} term ${header.term})`;
  }
  if (!isEntryType(decoded.type)) {
    return `unknown entry type ${decoded.type}`;
  }
  return undefined;
}

function entryTypeName(type: number): RecordTypeName {
  switch (type) {
    case EntryType.NORMAL:
      return "NORMAL";
    case EntryType.CONF_CHANGE:
      return "CONF_CHANGE";
    case EntryType.NO_OP:
      return "NO_OP";
    default:
      return `TYPE_${type}`;
  }
}

/**
 * True when `data` is valid UTF-8 without control characters other than tab, newline and
 * carriage return. Works on the bytes (no decoding), so a 16 MiB entry costs no allocation:
 * C0 controls and DEL are single bytes in UTF-8, C1 controls are 0xC2 0x80..0x9F.
 */
export function isPrintableUtf8(data: Uint8Array): boolean {
  if (!isUtf8(data)) {
    return false;
  }
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] as number;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) {
      return false;
    }
    if (byte === 0x7f) {
      return false;
    }
    if (byte === 0xc2) {
      const next = data[i + 1] ?? 0;
      if (next >= 0x80 && next <= 0x9f) {
        return false;
      }
    }
  }
  return true;
}

/** A JSON-quoted string of at most `shownBytesMax` bytes (cut on a character boundary). */
function quotedText(data: Uint8Array, shownBytesMax: number): string {
  if (data.length <= shownBytesMax) {
    return JSON.stringify(Buffer.from(data.buffer, data.byteOffset, data.length).toString("utf8"));
  }
  let cut = shownBytesMax;
  // Back off continuation bytes (10xxxxxx) so the cut never splits a character.
  while (cut > 0 && ((data[cut] as number) & 0xc0) === 0x80) {
    cut--;
  }
  const prefix = Buffer.from(data.buffer, data.byteOffset, cut).toString("utf8");
  return `${JSON.stringify(prefix)}${truncationNote(data.length - cut)}`;
}

function showBytes(
  data: Uint8Array,
  shownBytesMax: number,
): { hex: string; hexText: string; truncated: boolean } {
  const truncated = data.length > shownBytesMax;
  const shown = truncated ? data.subarray(0, shownBytesMax) : data;
  const hex = hexOf(shown);
  const body = data.length === 0 ? "(empty)" : `0x${hex}`;
  return {
    hex,
    hexText: truncated ? `${body}${truncationNote(data.length - shown.length)}` : body,
    truncated,
  };
}

function truncationNote(hiddenBytes: number): string {
  return `…(+${hiddenBytes} bytes)`;
}

export function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("hex");
}
