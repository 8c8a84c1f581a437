/**
 * Walking the frames of one segment with scan.ts, the parser recovery uses, so the dump tool
 * applies exactly the rules recovery applies.
 *
 * Without --raw the walk is one scanFrames() call: it stops at the first problem, as recovery
 * does. With --raw it keeps going: after a problem it resynchronizes (scan.ts `resynchronize`)
 * to the next good frame and runs scanFrames() again from there, through a ByteSource shifted
 * so that the good frame sits where scanFrames starts (right after the segment header).
 * A good frame that is merely out of sequence is not skipped: the next scan starts at it.
 */
import {
  FRAME_HEADER_BYTES,
  FRAME_PAYLOAD_BYTES_MAX,
  type FrameHeader,
  FrameType,
  readFrameHeader,
  SEGMENT_HEADER_BYTES,
} from "../../src/storage/format.js";
import {
  type ByteSource,
  checkFrameAt,
  type FramesScan,
  type GoodFrame,
  resynchronize,
  scanFrames,
} from "../../src/storage/scan.js";

/** A view of `inner` that starts `shiftBytes` later. */
class ShiftedSource implements ByteSource {
  readonly sizeBytes: number;
  constructor(
    private readonly inner: ByteSource,
    private readonly shiftBytes: number,
  ) {
    this.sizeBytes = inner.sizeBytes - shiftBytes;
  }
  bytes(offset: number, length: number): Uint8Array {
    return this.inner.bytes(offset + this.shiftBytes, length);
  }
}

export interface WalkDamage {
  /** Byte offset of the failing frame in the file. */
  offsetBytes: number;
  /** The entry index expected there. */
  expectedIndex: number;
  reason: string;
  /** True for the first problem: the one recovery sees. */
  first: boolean;
  /** The scan that stopped here; for the first problem, what classifyDamage needs. */
  scan: FramesScan;
  /** --raw only: where reading resumes (undefined: nothing good follows, or not --raw). */
  resumeOffsetBytes?: number;
  /** --raw only: bytes skipped from `offsetBytes` to the resume point or the end of file. */
  skippedBytes?: number;
}

/** A frame whose header is plausible but that failed its checks (shown by --raw only). */
export interface DamagedFrame {
  offsetBytes: number;
  header: FrameHeader;
  payload: Uint8Array;
}

export interface WalkVisitor {
  /** A good frame; `afterDamage` is true for frames found past a problem (--raw). */
  frame(frame: GoodFrame, afterDamage: boolean): void;
  damage(damage: WalkDamage): void;
  damagedFrame?(frame: DamagedFrame): void;
}

/**
 * Walks a segment whose header says `firstIndex`. Returns the first scan: exactly what
 * recovery's scanFrames call returns, for classifyDamage.
 */
export function walkSegment(
  source: ByteSource,
  options: { firstIndex: number; raw: boolean; visitor: WalkVisitor },
): FramesScan {
  const visitor = options.visitor;
  let start = SEGMENT_HEADER_BYTES;
  let expectedIndex = options.firstIndex;
  let firstScan: FramesScan | undefined;
  // Bounded: `start` strictly increases on every pass and stays below the file size.
  for (;;) {
    const shift = start - SEGMENT_HEADER_BYTES;
    const view = shift === 0 ? source : new ShiftedSource(source, shift);
    const afterDamage = firstScan !== undefined;
    const scan = scanFrames(view, {
      firstIndex: expectedIndex,
      onFrame: (frame) => visitor.frame({ ...frame, offset: frame.offset + shift }, afterDamage),
    });
    firstScan ??= scan;
    if (scan.problem === undefined) {
      return firstScan;
    }
    const problemOffset = scan.problem.offset + shift;
    const damage: WalkDamage = {
      offsetBytes: problemOffset,
      expectedIndex: scan.problem.expectedIndex,
      reason: scan.problem.reason,
      first: !afterDamage,
      scan,
    };
    if (!options.raw) {
      visitor.damage(damage);
      return firstScan;
    }
    const damageEndOffset = scan.problem.damageEndOffset + shift;
    const resume = resumeOffset(source, { problemOffset, scanStart: start, damageEndOffset });
    damage.skippedBytes = (resume ?? damageEndOffset) - problemOffset;
    if (resume !== undefined) {
      damage.resumeOffsetBytes = resume;
    }
    visitor.damage(damage);
    if (resume !== problemOffset) {
      reportDamagedFrame(source, problemOffset, visitor);
    }
    if (resume === undefined) {
      return firstScan;
    }
    expectedIndex = indexExpectedAt(source, resume);
    start = resume;
  }
}

/**
 * Where --raw resumes after a problem at `problemOffset` (found by a scan that began at
 * `scanStart`): at the problem frame itself when its CRC is good (it is only out of sequence)
 * and the scan made progress, else at the next good frame before the zero tail
 * (`damageEndOffset`: no frame starts in it).
 */
function resumeOffset(
  source: ByteSource,
  at: { problemOffset: number; scanStart: number; damageEndOffset: number },
): number | undefined {
  if (at.problemOffset > at.scanStart && checkFrameAt(source, at.problemOffset).ok) {
    return at.problemOffset;
  }
  return resynchronize(source, at.problemOffset, at.damageEndOffset);
}

/** The index scanFrames must expect at a good frame: its own for an entry. */
function indexExpectedAt(source: ByteSource, offset: number): number {
  const checked = checkFrameAt(source, offset);
  if (!checked.ok) {
    throw new Error(`internal error: no good frame at ${offset} after resynchronizing`);
  }
  const header = checked.frame.header;
  // A hard-state frame's index field is the log's last index when it was written.
  return header.frameType === FrameType.ENTRY ? header.index : header.index + 1;
}

/** Shows a failing frame whose header looks like a frame's (known type, length fits). */
function reportDamagedFrame(source: ByteSource, offset: number, visitor: WalkVisitor): void {
  if (visitor.damagedFrame === undefined || source.sizeBytes - offset < FRAME_HEADER_BYTES) {
    return;
  }
  const header = readFrameHeader(source.bytes(offset, FRAME_HEADER_BYTES), 0);
  const knownType =
    header.frameType === FrameType.ENTRY || header.frameType === FrameType.HARD_STATE;
  const fits =
    header.payloadLength <= FRAME_PAYLOAD_BYTES_MAX &&
    header.payloadLength <= source.sizeBytes - offset - FRAME_HEADER_BYTES;
  if (!knownType || !fits) {
    return;
  }
  const whole = source.bytes(offset, FRAME_HEADER_BYTES + header.payloadLength);
  visitor.damagedFrame({
    offsetBytes: offset,
    header,
    payload: whole.subarray(FRAME_HEADER_BYTES),
  });
}
