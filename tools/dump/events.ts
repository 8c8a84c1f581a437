/**
 * What the dump tool reports, as plain objects: the text and JSON renderers print them, tests
 * read them. Fields that may be unknown are `null` (never absent), so every JSON line of one
 * kind has the same keys.
 */
import type { RecordTypeName } from "./payload.js";

/**
 * sealed / newest: intact. torn-tail: the newest segment ends in a torn write (recovery cuts
 * it). corrupt: damage recovery refuses. bad-header: the header cannot be read (recovery
 * refuses). obsolete: a later segment restarts the log (recovery deletes this one).
 */
export type SegmentState =
  | "sealed"
  | "newest"
  | "torn-tail"
  | "corrupt"
  | "bad-header"
  | "obsolete";

export interface SegmentEvent {
  kind: "segment";
  file: string;
  segmentId: number | null;
  firstIndex: number | null;
  /** Last index recovery would keep (firstIndex - 1 when the segment holds no entry). */
  lastIndex: number | null;
  /** Entry frames in the part recovery keeps. */
  entries: number;
  /** Hard-state frames in the part recovery keeps. */
  hardStates: number;
  /** Rows that follow: every good frame, and with --raw also those past damage. */
  records: number;
  sizeBytes: number;
  /** End of the last good frame of the part recovery keeps. */
  validBytes: number;
  /**
   * The zero tail: zero bytes from the end of the segment's frames (or of its damage) to the
   * end of the file. Free space a preallocated segment has not used yet, never damage.
   */
  freeBytes: number;
  restart: boolean;
  state: SegmentState;
}

export interface RecordEvent {
  kind: "record";
  file: string;
  offsetBytes: number;
  /** The frame's index: the entry's, or for a hard state the log's last index when written. */
  index: number;
  term: number;
  type: RecordTypeName;
  /** Payload length in bytes (the protobuf message). */
  sizeBytes: number;
  writeSequence: number;
  batchEnd: boolean;
  crcOk: boolean;
  /** True for frames past a problem in the segment (shown by --raw; recovery never reads them). */
  afterDamage: boolean;
  /** Readable form of the payload (see --help). */
  text: string;
  /** The entry's data decoded (--decode), when it decodes. */
  decoded?: unknown;
  /** Hex of the entry data, truncated like `text` unless --full. */
  dataHex: string;
  dataBytes: number;
  dataTruncated: boolean;
}

export type Severity = "torn" | "corrupt" | "info";

export interface FindingEvent {
  kind: "finding";
  severity: Severity;
  /** The file concerned (the first one when two are named). */
  file: string;
  /** Every file concerned (two for a gap, an overlap or a duplicate). */
  files: string[];
  offsetBytes: number | null;
  index: number | null;
  reason: string;
}

export interface SummaryEvent {
  kind: "summary";
  path: string;
  segments: number;
  entries: number;
  hardStates: number;
  records: number;
  firstIndex: number | null;
  lastIndex: number | null;
  /** The newest hard state found (what recovery would adopt), as text. */
  hardState: string | null;
  sizeBytes: number;
  /** Zero tails of all segments (free space of preallocated segments), within sizeBytes. */
  freeBytes: number;
  findings: { corrupt: number; torn: number; info: number };
  exitCode: number;
  verdict: string;
}

export type DumpEvent = SegmentEvent | RecordEvent | FindingEvent | SummaryEvent;

export interface DumpSink {
  emit(event: DumpEvent): void;
}

export const ExitCode = {
  OK: 0,
  USAGE: 2,
  TORN_TAIL: 3,
  CORRUPT: 4,
} as const;
