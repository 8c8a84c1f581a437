/**
 * One pass over one segment: counts what recovery would keep, classifies damage exactly as
 * recovery does (scan.ts classifyDamage on the first problem of the newest segment; any
 * problem in a sealed segment is corruption), and optionally emits findings and record rows.
 *
 * Listing mode runs two passes per segment (the first only counts, so that the segment row
 * with its state can come before the records); --verify runs one pass that emits findings.
 */
import { FRAME_FLAG_BATCH_END, FrameType } from "../../src/storage/format.js";
import { type ByteSource, classifyDamage, type GoodFrame } from "../../src/storage/scan.js";
import type { DecodeMode } from "./decode.js";
import type { DumpSink, RecordEvent, Severity } from "./events.js";
import type { Rejection } from "./outcomes.js";
import { describePayload } from "./payload.js";
import type { Tally } from "./tally.js";
import type { DamagedFrame, WalkDamage, WalkVisitor } from "./walk.js";

/** Progress is reported in steps of at least this many bytes (keeps the callback cheap). */
const PROGRESS_STEP_BYTES = 1024 * 1024;

export interface SegmentRole {
  /** Damage at the end may be a torn write (recovery's classifyDamage applies). */
  newest: boolean;
  /** A later segment restarts the log: recovery deletes this one without reading it. */
  obsolete: boolean;
}

export interface PassSettings {
  fromIndex: number;
  toIndex: number;
  raw: boolean;
  /** Data bytes shown per record (Infinity for --full). */
  shownBytesMax: number;
  /** How entry data is shown (--decode). */
  decode: DecodeMode;
  /** Entries to mark as rejected events, by index (outcomes.ts); none when absent. */
  rejected?: ReadonlyMap<number, Rejection>;
  /** Which record rows to print (--type, --collection, --node); all when absent. */
  shows?: (record: RecordEvent) => boolean;
  emitRecords: boolean;
  emitFindings: boolean;
  sink: DumpSink;
  tally: Tally;
  advanceProgress: (bytes: number) => void;
}

export class SegmentPass implements WalkVisitor {
  entries = 0;
  hardStates = 0;
  /** Rows in the index range (every good frame, and the damaged ones --raw shows). */
  rowsInRange = 0;
  /** Lowest and highest entry index kept by recovery (undefined: no entry). */
  entryIndexLowest: number | undefined;
  entryIndexHighest: number | undefined;
  /** Text of the last good hard state in the part recovery keeps. */
  lastHardState: string | undefined;
  /** Severity of this segment's damage, set at its first problem. */
  damageSeverity: Severity | undefined;
  corruptSeen = false;
  private progressOffset = 0;

  constructor(
    private readonly file: string,
    private readonly source: ByteSource,
    private readonly role: SegmentRole,
    private readonly settings: PassSettings,
  ) {}

  frame(frame: GoodFrame, afterDamage: boolean): void {
    const header = frame.header;
    const described = describePayload(
      header,
      frame.payload,
      this.settings.shownBytesMax,
      this.settings.decode,
      this.settings.rejected,
    );
    if (!afterDamage) {
      this.countKept(frame, described.text, described.problem === undefined);
    }
    if (described.problem !== undefined) {
      const severity = afterDamage ? (this.damageSeverity ?? "corrupt") : this.severity("corrupt");
      this.finding(severity, frame.offset, header.index, `${described.problem} (CRC is good)`);
    }
    this.row({
      kind: "record",
      file: this.file,
      offsetBytes: frame.offset,
      index: header.index,
      term: header.term,
      type: described.typeName,
      sizeBytes: header.payloadLength,
      writeSequence: header.writeSequence,
      batchEnd: (header.flags & FRAME_FLAG_BATCH_END) !== 0,
      crcOk: true,
      afterDamage,
      text: described.text,
      dataHex: described.dataHex,
      dataBytes: described.dataBytes,
      dataTruncated: described.dataTruncated,
      ...(described.decoded === undefined ? {} : { decoded: described.decoded }),
    });
    this.progressTo(frame.offset);
  }

  damage(damage: WalkDamage): void {
    let severity: Severity;
    let why: string;
    if (damage.first) {
      const classified = this.classify(damage);
      severity = classified.severity;
      why = classified.why;
      this.damageSeverity = severity;
    } else {
      severity = this.damageSeverity ?? "corrupt";
      why = severity === "torn" ? "within the torn tail" : "past earlier damage";
    }
    this.finding(
      severity,
      damage.offsetBytes,
      damage.expectedIndex,
      `${damage.reason} (${why})${describeSkip(damage)}`,
    );
  }

  damagedFrame(frame: DamagedFrame): void {
    const header = frame.header;
    const described = describePayload(
      header,
      frame.payload,
      this.settings.shownBytesMax,
      this.settings.decode,
      this.settings.rejected,
    );
    this.row({
      kind: "record",
      file: this.file,
      offsetBytes: frame.offsetBytes,
      index: header.index,
      term: header.term,
      type: described.typeName,
      sizeBytes: header.payloadLength,
      writeSequence: header.writeSequence,
      batchEnd: (header.flags & FRAME_FLAG_BATCH_END) !== 0,
      crcOk: false,
      afterDamage: true,
      text: `${described.text} (unverified)`,
      dataHex: described.dataHex,
      dataBytes: described.dataBytes,
      dataTruncated: described.dataTruncated,
    });
  }

  /** Reports the rest of the file as read (call once the walk is over). */
  finish(): void {
    this.progressTo(this.source.sizeBytes, true);
  }

  private classify(damage: WalkDamage): { severity: Severity; why: string } {
    if (this.role.obsolete) {
      return { severity: "info", why: "in an obsolete segment, which recovery deletes unread" };
    }
    if (!this.role.newest) {
      return { severity: "corrupt", why: "in a sealed segment" };
    }
    const classified = classifyDamage(this.source, damage.scan);
    if (classified.kind === "corrupt") {
      return { severity: "corrupt", why: classified.why };
    }
    return {
      severity: "torn",
      why: "torn write at the end of the newest segment: never acknowledged, recovery cuts it",
    };
  }

  private severity(wanted: Severity): Severity {
    return this.role.obsolete ? "info" : wanted;
  }

  private countKept(frame: GoodFrame, text: string, payloadOk: boolean): void {
    const header = frame.header;
    if (header.frameType === FrameType.ENTRY) {
      this.entries++;
      this.entryIndexLowest ??= header.index;
      this.entryIndexHighest = header.index;
    } else {
      this.hardStates++;
      if (payloadOk) {
        this.lastHardState = text;
      }
    }
  }

  private row(record: RecordEvent): void {
    if (record.index < this.settings.fromIndex || record.index > this.settings.toIndex) {
      return;
    }
    this.rowsInRange++;
    if (this.settings.emitRecords && (this.settings.shows?.(record) ?? true)) {
      this.settings.tally.records++;
      this.settings.sink.emit(record);
    }
  }

  private finding(severity: Severity, offsetBytes: number, index: number, reason: string): void {
    if (severity === "corrupt") {
      this.corruptSeen = true;
    }
    if (this.settings.emitFindings) {
      this.settings.tally.finding(this.settings.sink, {
        kind: "finding",
        severity,
        file: this.file,
        files: [this.file],
        offsetBytes,
        index,
        reason,
      });
    }
  }

  private progressTo(offset: number, force = false): void {
    const delta = offset - this.progressOffset;
    if (delta >= PROGRESS_STEP_BYTES || (force && delta > 0)) {
      this.settings.advanceProgress(delta);
      this.progressOffset = offset;
    }
  }
}

function describeSkip(damage: WalkDamage): string {
  if (damage.skippedBytes === undefined) {
    return "";
  }
  if (damage.resumeOffsetBytes === undefined) {
    return `; --raw: no good frame follows (${damage.skippedBytes} damaged bytes, then only zeros or the end of the file)`;
  }
  if (damage.skippedBytes === 0) {
    return "; --raw: reading goes on from this frame";
  }
  return `; --raw: skipped ${damage.skippedBytes} bytes [${damage.offsetBytes}, ${damage.resumeOffsetBytes}) to the next good frame`;
}
