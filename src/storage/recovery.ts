/**
 * Opening a data directory: the recovery rules of segments/FORMAT.md, step by step.
 *
 * 1. Remove temporary files (`*.seg.tmp`, `*.seg.broken-N.tmp`): files whose creation never
 *    completed.
 * 2. Read every segment header; a header that fails its checks stops the open.
 * 3. If a segment is marked RESTART, delete every segment with a lower id (the remains of an
 *    interrupted whole-log reset).
 * 4. Check that ids grow with first indexes and that segments are contiguous.
 * 5. Scan every frame. A zero tail after the last frame (free space of a preallocated segment)
 *    is the clean end of a segment. Damage in a sealed segment stops the open
 *    (LogCorruptionError). Damage in the newest segment is either a torn write (cut off with
 *    ftruncate, the damaged bytes kept in a side file `<segment>.broken-<offset>`, reported) or
 *    corruption (stops the open).
 * 6. The newest hard-state frame is the hard state.
 */
import path from "node:path";
import { wal } from "../proto/index.js";
import { EMPTY_HARD_STATE, type HardState } from "../types/index.js";
import { assert } from "../util/assert.js";
import { smallInteger } from "../util/small-integer.js";
import {
  DataDirectoryError,
  LogCorruptionError,
  SegmentFormatError,
  SegmentSequenceError,
} from "./errors.js";
import {
  FrameType,
  parseSegmentFileName,
  SEGMENT_HEADER_BYTES,
  type SegmentHeader,
  TEMPORARY_SUFFIX,
} from "./format.js";
import type { FileHandle, FileSystem } from "./fs.js";
import {
  classifyDamage,
  describeHeaderProblem,
  type GoodFrame,
  readSegmentHeader,
  scanFrames,
  WindowedReader,
} from "./scan.js";
import { appendLoneHardState, type NewSegment, type Segment } from "./segment-file.js";
import { SegmentIndex } from "./segment-index.js";

export interface TornTail {
  file: string;
  /** Where the file was cut (ftruncate): the end of its last good frame. */
  offsetBytes: number;
  /**
   * Bytes of the torn write: [offsetBytes, offsetBytes + bytesCut), up to the last non-zero
   * byte of the file, kept in the side file. Zeros after them (free space) are cut but not kept.
   */
  bytesCut: number;
  /** Where the cut bytes were kept. */
  sideFile: string;
  reason: string;
}

export interface RecoveryReport {
  segments: number;
  entries: number;
  tornTail?: TornTail;
  temporaryFilesRemoved: string[];
  obsoleteSegmentsRemoved: string[];
}

export interface RecoveredLog {
  segments: Segment[];
  hardState: HardState;
  report: RecoveryReport;
}

interface ListedSegment {
  name: string;
  path: string;
  header: SegmentHeader;
  handle: FileHandle;
  sizeBytes: number;
}

export interface RecoveryOptions {
  /** First index of the log created in a directory that holds none. */
  firstIndexForNewLog: number;
  /** Creates a new segment durably (the log's SegmentCreator: preallocated or growing). */
  createSegment: (segment: NewSegment) => Promise<Segment>;
}

export async function recoverDirectory(
  fileSystem: FileSystem,
  directory: string,
  options: RecoveryOptions,
): Promise<RecoveredLog> {
  const report: RecoveryReport = {
    segments: 0,
    entries: 0,
    temporaryFilesRemoved: [],
    obsoleteSegmentsRemoved: [],
  };
  const names = listDirectory(fileSystem, directory);
  await removeTemporaryFiles(fileSystem, directory, names, report);
  let listed = openSegments(fileSystem, directory, names);
  try {
    listed = await removeObsoleteSegments(fileSystem, directory, listed, report);
    checkIdentifiers(listed);
    if (listed.length === 0) {
      const segment = await options.createSegment({
        firstIndex: options.firstIndexForNewLog,
        segmentId: 1,
        restart: false,
      });
      report.segments = 1;
      return { segments: [segment], hardState: EMPTY_HARD_STATE, report };
    }
    return await scanSegments(fileSystem, listed, report);
  } catch (error) {
    for (const segment of listed) {
      segment.handle.closeSync();
    }
    throw error;
  }
}

function listDirectory(fileSystem: FileSystem, directory: string): string[] {
  try {
    return fileSystem.readdirSync(directory).sort();
  } catch (error) {
    throw new DataDirectoryError(directory, `cannot list: ${(error as Error).message}`, error);
  }
}

async function removeTemporaryFiles(
  fileSystem: FileSystem,
  directory: string,
  names: string[],
  report: RecoveryReport,
): Promise<void> {
  for (const name of names) {
    // Segments whose creation never finished, and side files whose durable write did not.
    if (name.endsWith(TEMPORARY_SUFFIX) && /\.seg(\.broken-\d+)?\.tmp$/.test(name)) {
      await fileSystem.unlink(path.join(directory, name));
      report.temporaryFilesRemoved.push(name);
    }
  }
  if (report.temporaryFilesRemoved.length > 0) {
    await fileSystem.syncDirectory(directory);
  }
}

function openSegments(fileSystem: FileSystem, directory: string, names: string[]): ListedSegment[] {
  const listed: ListedSegment[] = [];
  try {
    for (const name of names) {
      const parsed = parseSegmentFileName(name);
      if (parsed === undefined) {
        continue;
      }
      const segmentPath = path.join(directory, name);
      const handle = fileSystem.openSync(segmentPath, "read");
      listed.push({ name, path: segmentPath, handle, sizeBytes: 0, header: placeholderHeader() });
      const sizeBytes = handle.sizeSync();
      const decoded = readSegmentHeader(
        new WindowedReader(handle, sizeBytes, SEGMENT_HEADER_BYTES),
      );
      if ("problem" in decoded) {
        throw new SegmentFormatError(segmentPath, describeHeaderProblem(decoded.problem));
      }
      if (
        decoded.header.firstIndex !== parsed.firstIndex ||
        decoded.header.segmentId !== parsed.segmentId
      ) {
        throw new SegmentFormatError(
          segmentPath,
          `header says first index ${decoded.header.firstIndex} and segment id ${decoded.header.segmentId}, the file name says ${parsed.firstIndex} and ${parsed.segmentId}`,
        );
      }
      const last = listed[listed.length - 1];
      if (last !== undefined) {
        last.header = decoded.header;
        last.sizeBytes = sizeBytes;
      }
    }
  } catch (error) {
    for (const segment of listed) {
      segment.handle.closeSync();
    }
    if (error instanceof SegmentFormatError) {
      throw error;
    }
    throw new DataDirectoryError(
      directory,
      `cannot read segments: ${(error as Error).message}`,
      error,
    );
  }
  return listed.sort(
    (a, b) => a.header.firstIndex - b.header.firstIndex || a.header.segmentId - b.header.segmentId,
  );
}

function placeholderHeader(): SegmentHeader {
  return { formatVersion: 0, segmentId: 0, firstIndex: 0, restart: false };
}

async function removeObsoleteSegments(
  fileSystem: FileSystem,
  directory: string,
  listed: ListedSegment[],
  report: RecoveryReport,
): Promise<ListedSegment[]> {
  const restartIds = listed.filter((s) => s.header.restart).map((s) => s.header.segmentId);
  if (restartIds.length === 0) {
    return listed;
  }
  const restartId = Math.max(...restartIds);
  const kept: ListedSegment[] = [];
  for (const segment of listed) {
    if (segment.header.segmentId >= restartId) {
      kept.push(segment);
      continue;
    }
    segment.handle.closeSync();
    await fileSystem.unlink(segment.path);
    report.obsoleteSegmentsRemoved.push(segment.name);
  }
  if (report.obsoleteSegmentsRemoved.length > 0) {
    await fileSystem.syncDirectory(directory);
  }
  return kept;
}

function checkIdentifiers(listed: ListedSegment[]): void {
  for (let i = 1; i < listed.length; i++) {
    const previous = listed[i - 1];
    const current = listed[i];
    if (previous === undefined || current === undefined) {
      continue;
    }
    if (current.header.segmentId <= previous.header.segmentId) {
      throw new SegmentSequenceError(
        [previous.path, current.path],
        current.header.firstIndex === previous.header.firstIndex
          ? `two segments start at index ${current.header.firstIndex} (a duplicated or overlapping segment)`
          : `segment ids do not grow with first indexes (${previous.header.segmentId} then ${current.header.segmentId})`,
      );
    }
  }
}

/** Damage at the end of the newest segment that recovery cuts: [offsetBytes, endOffset). */
interface TornRange {
  offsetBytes: number;
  endOffset: number;
  reason: string;
}

async function scanSegments(
  fileSystem: FileSystem,
  listed: ListedSegment[],
  report: RecoveryReport,
): Promise<RecoveredLog> {
  const segments: Segment[] = [];
  let hardState: HardState = EMPTY_HARD_STATE;
  let torn: TornRange | undefined;
  for (let position = 0; position < listed.length; position++) {
    const item = listed[position] as ListedSegment;
    checkSequence(segments[segments.length - 1], item);
    const isNewest = position === listed.length - 1;
    const scanned = scanSegment(item, isNewest, (found) => {
      hardState = found;
    });
    torn = scanned.torn ?? torn;
    segments.push(scanned.segment);
    report.entries += scanned.entryCount;
  }
  report.segments = segments.length;
  const newest = segments[segments.length - 1] as Segment;
  const newestListed = listed[listed.length - 1] as ListedSegment;
  const cut = torn === undefined ? undefined : readTornBytes(newest, newestListed, torn);
  newest.handle.closeSync();
  // Appended to from here on: O_DSYNC (each write durable when it returns).
  newest.handle = fileSystem.openSync(newest.path, "readWriteDurable");
  if (torn !== undefined && cut !== undefined) {
    report.tornTail = await cutTornTail(fileSystem, newest, cut, torn.reason);
  }
  if (!newest.batchEnded) {
    // The crash interrupted a write batch (some of its frames survived whole): close it with
    // a batch of our own, so that the last frame on disk ends its batch again.
    await appendLoneHardState(newest, hardState);
  }
  return { segments, hardState, report };
}

/** Segments follow each other without a gap or an overlap of indexes. */
function checkSequence(previous: Segment | undefined, item: ListedSegment): void {
  if (previous !== undefined && item.header.firstIndex !== previous.index.lastIndex + 1) {
    const kind = item.header.firstIndex > previous.index.lastIndex + 1 ? "a gap" : "an overlap";
    throw new SegmentSequenceError(
      [previous.path, item.path],
      `${kind}: the first ends at index ${previous.index.lastIndex}, the second starts at ${item.header.firstIndex}`,
    );
  }
}

/**
 * Scans one segment's frames into its index; each hard state frame goes to `onHardState`.
 * Damage is LogCorruptionError, except a torn tail of the newest segment, which is returned
 * for recovery to cut.
 */
function scanSegment(
  item: ListedSegment,
  isNewest: boolean,
  onHardState: (hardState: HardState) => void,
): { segment: Segment; torn: TornRange | undefined; entryCount: number } {
  const index = new SegmentIndex(item.header.firstIndex);
  const source = new WindowedReader(item.handle, item.sizeBytes);
  const scan = scanFrames(source, {
    firstIndex: item.header.firstIndex,
    onFrame: (frame) => {
      if (frame.header.frameType === FrameType.ENTRY) {
        index.push(frame.offset, frame.header.payloadLength, frame.header.term);
      } else {
        onHardState(decodeHardStateFrame(item.path, frame));
      }
    },
  });
  const segment: Segment = {
    name: item.name,
    path: item.path,
    segmentId: item.header.segmentId,
    firstIndex: item.header.firstIndex,
    restart: item.header.restart,
    index,
    handle: item.handle,
    sizeBytes: scan.endOffset,
    fileSizeBytes: item.sizeBytes,
    writeSequence: scan.predecessor.writeSequence,
    batchEnded: scan.predecessor.batchEnded,
  };
  let torn: TornRange | undefined;
  if (scan.problem !== undefined) {
    const damage = isNewest ? classifyDamage(source, scan) : undefined;
    if (damage === undefined || damage.kind === "corrupt") {
      throw new LogCorruptionError(
        item.path,
        scan.problem.offset,
        scan.problem.expectedIndex,
        `${scan.problem.reason} (${damage === undefined ? "in a sealed segment" : damage.why})`,
      );
    }
    torn = {
      offsetBytes: scan.problem.offset,
      endOffset: scan.problem.damageEndOffset,
      reason: scan.problem.reason,
    };
  }
  if (!isNewest) {
    index.trim();
  }
  return { segment, torn, entryCount: scan.entryCount };
}

/** A copy of the torn bytes [torn.offsetBytes, torn.endOffset), for the side file. */
function readTornBytes(segment: Segment, listed: ListedSegment, torn: TornRange): Uint8Array {
  assert(torn.offsetBytes === segment.sizeBytes, "the cut is at the end of the last good frame");
  const source = new WindowedReader(segment.handle, listed.sizeBytes);
  return source.bytes(torn.offsetBytes, torn.endOffset - torn.offsetBytes).slice();
}

/**
 * Keeps the torn bytes in a side file (durably), then cuts the segment at the end of its last
 * good frame with ftruncate and fdatasyncs it. Cutting, rather than zeroing the torn bytes in a
 * preallocated segment, leaves no byte after the new end for a later recovery to misread,
 * whatever a crash interrupts: the segment then grows from the cut until it is sealed.
 */
async function cutTornTail(
  fileSystem: FileSystem,
  segment: Segment,
  cut: Uint8Array,
  reason: string,
): Promise<TornTail> {
  const offsetBytes = segment.sizeBytes;
  const bytesCut = cut.length;
  const sideFile = `${segment.path}.broken-${offsetBytes}`;
  await fileSystem.writeFileDurably(sideFile, cut);
  await segment.handle.truncate(offsetBytes);
  await segment.handle.datasync();
  segment.fileSizeBytes = offsetBytes;
  return {
    file: segment.path,
    offsetBytes,
    bytesCut,
    sideFile,
    reason,
  };
}

function decodeHardStateFrame(file: string, frame: GoodFrame): HardState {
  let decoded: { term: number; vote: number; commit: number };
  try {
    decoded = wal.HardState.decode(frame.payload);
  } catch (error) {
    throw new LogCorruptionError(
      file,
      frame.offset,
      frame.header.index,
      `hard state payload does not decode: ${(error as Error).message}`,
    );
  }
  const { term, vote, commit } = decoded;
  for (const value of [term, vote, commit]) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new LogCorruptionError(
        file,
        frame.offset,
        frame.header.index,
        "hard state field is not a safe integer",
      );
    }
  }
  // protobufjs decodes uint64 fields as heap numbers (src/util/small-integer.ts).
  return { term: smallInteger(term), vote: smallInteger(vote), commit: smallInteger(commit) };
}
