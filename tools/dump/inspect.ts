/**
 * The dump of a data directory or of one segment file, emitted as events in file order.
 * Directory-level rules are those of recovery (src/storage/recovery.ts): temporary files are
 * leftovers, a RESTART segment makes lower ids obsolete, ids grow with first indexes, the
 * header agrees with the file name, and segments are contiguous. Frame rules come from
 * scan.ts through walk.ts. Nothing is ever written.
 *
 * Memory stays bounded on large directories: one segment is open at a time, read through a
 * WindowedReader, and rows are emitted as they are found (only per-segment metadata is kept).
 */
import fs from "node:fs";
import path from "node:path";
import {
  parseSegmentFileName,
  SEGMENT_HEADER_BYTES,
  type SegmentHeader,
  SPARE_SEGMENT_FILE_NAME,
  TEMPORARY_SUFFIX,
} from "../../src/storage/format.js";
import { type FileHandle, NodeFileSystem } from "../../src/storage/fs.js";
import {
  describeHeaderProblem,
  readSegmentHeader,
  WindowedReader,
} from "../../src/storage/scan.js";
import type { DecodeMode } from "./decode.js";
import type { DumpSink, FindingEvent, RecordEvent, SegmentState } from "./events.js";
import type { Rejection } from "./outcomes.js";
import { SegmentPass as Pass, type PassSettings, type SegmentPass } from "./segment-pass.js";
import { Tally } from "./tally.js";
import { walkSegment } from "./walk.js";

/** Read window per segment: bounds the tool's memory whatever the segment size. */
export const READ_WINDOW_BYTES = 4 * 1024 * 1024;

export interface DumpOptions {
  fromIndex: number;
  toIndex: number;
  raw: boolean;
  /** --verify: findings and the summary only, no segment or record rows. */
  verifyOnly: boolean;
  shownBytesMax: number;
  /** How entry data is shown (--decode); none when absent. */
  decode?: DecodeMode;
  /** Entries to mark as rejected events, by index (outcomes.ts); none when absent. */
  rejected?: ReadonlyMap<number, Rejection>;
  /** Which record rows to print; all when absent. */
  shows?: (record: RecordEvent) => boolean;
  /** Called once with the bytes to read, before reading. */
  startProgress?: (totalBytes: number) => void;
  advanceProgress?: (bytes: number) => void;
}

interface ListedSegment {
  /** Path as shown (the argument joined with the file name). */
  path: string;
  name: string;
  nameFields: { firstIndex: number; segmentId: number } | undefined;
  sizeBytes: number;
  header?: SegmentHeader;
  headerProblem?: string;
}

/** Dumps `target` (a directory or a segment file) to `sink`; returns the exit code. */
export function dumpPath(target: string, options: DumpOptions, sink: DumpSink): number {
  const tally = new Tally();
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch (error) {
    reportUnreadable(tally, sink, target, error);
    return finish(tally, sink, target);
  }
  let listed: ListedSegment[];
  let singleFileIsNewest: boolean | undefined;
  if (stat.isDirectory()) {
    const listing = listDirectory(target, tally, sink);
    if (listing === undefined) {
      return finish(tally, sink, target);
    }
    listed = listing;
    if (listed.length === 0) {
      info(tally, sink, target, "no segment files in this directory");
    }
  } else {
    const only = inspectHeader(target, path.basename(target), stat.size);
    listed = [only];
    singleFileIsNewest = classifySingleFile(target, only, tally, sink);
  }
  dumpSegments(orderSegments(listed), { options, sink, tally, singleFileIsNewest });
  return finish(tally, sink, target);
}

function finish(tally: Tally, sink: DumpSink, target: string): number {
  sink.emit(tally.summary(target));
  return tally.exitCode();
}

function reportUnreadable(tally: Tally, sink: DumpSink, file: string, error: unknown): void {
  tally.finding(sink, corruptFinding(file, `cannot read: ${(error as Error).message}`));
}

function corruptFinding(file: string, reason: string, files: string[] = [file]): FindingEvent {
  return {
    kind: "finding",
    severity: "corrupt",
    file,
    files,
    offsetBytes: null,
    index: null,
    reason,
  };
}

function info(tally: Tally, sink: DumpSink, file: string, reason: string): void {
  tally.finding(sink, { ...corruptFinding(file, reason), severity: "info" });
}

/** Lists a data directory: reports the files recovery does not read, opens the segments. */
function listDirectory(
  directory: string,
  tally: Tally,
  sink: DumpSink,
): ListedSegment[] | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(directory).sort();
  } catch (error) {
    reportUnreadable(tally, sink, directory, error);
    return undefined;
  }
  const listed: ListedSegment[] = [];
  for (const name of names) {
    const filePath = path.join(directory, name);
    if (parseSegmentFileName(name) !== undefined) {
      listed.push(inspectHeader(filePath, name, sizeOf(filePath)));
    } else {
      const note = describeOtherFile(name, filePath);
      if (note !== undefined) {
        info(tally, sink, filePath, note);
      }
    }
  }
  return listed;
}

function describeOtherFile(name: string, filePath: string): string | undefined {
  if (name === SPARE_SEGMENT_FILE_NAME) {
    return `spare segment: ${sizeOf(filePath)} bytes zero-filled ahead of time by a running log, renamed into place at its next rollover (free space, not a segment; recovery deletes it)`;
  }
  if (name.endsWith(`.seg${TEMPORARY_SUFFIX}`)) {
    return "leftover temporary file: a segment whose creation never completed (recovery deletes it)";
  }
  const broken = /\.seg\.broken-(\d+)$/.exec(name);
  if (broken !== null) {
    return `side file: ${sizeOf(filePath)} bytes cut from a torn tail at byte offset ${broken[1]} by an earlier recovery`;
  }
  if (name === "LOCK" || name === "LOCK.owner") {
    return undefined;
  }
  return "not a segment file name: ignored (recovery ignores it too)";
}

function sizeOf(filePath: string): number {
  try {
    return fs.statSync(filePath).size;
  } catch {
    return 0;
  }
}

/** Reads the header of one segment file (errors become a header problem, never a throw). */
function inspectHeader(filePath: string, name: string, sizeBytes: number): ListedSegment {
  const listed: ListedSegment = {
    path: filePath,
    name,
    nameFields: parseSegmentFileName(name),
    sizeBytes,
  };
  let handle: FileHandle | undefined;
  try {
    handle = new NodeFileSystem().openSync(filePath, "read");
    listed.sizeBytes = handle.sizeSync();
    const decoded = readSegmentHeader(
      new WindowedReader(handle, listed.sizeBytes, SEGMENT_HEADER_BYTES),
    );
    if ("problem" in decoded) {
      listed.headerProblem = describeHeaderProblem(decoded.problem);
    } else {
      listed.header = decoded.header;
    }
  } catch (error) {
    listed.headerProblem = `cannot read: ${(error as Error).message}`;
  } finally {
    handle?.closeSync();
  }
  return listed;
}

/**
 * A segment file given alone is the newest when no file in its directory has a higher segment
 * id (judged by file names); says so in an info finding.
 */
function classifySingleFile(
  filePath: string,
  listed: ListedSegment,
  tally: Tally,
  sink: DumpSink,
): boolean {
  const ownId = listed.header?.segmentId ?? listed.nameFields?.segmentId;
  let higher: string | undefined;
  try {
    for (const name of fs.readdirSync(path.dirname(filePath))) {
      const fields = parseSegmentFileName(name);
      if (ownId !== undefined && fields !== undefined && fields.segmentId > ownId) {
        higher = name;
      }
    }
  } catch {
    // The directory cannot be listed: judge the file alone.
  }
  if (higher !== undefined) {
    info(
      tally,
      sink,
      filePath,
      `single file: treated as a sealed segment (${higher} in the same directory has a higher id), so any damage is corruption`,
    );
    return false;
  }
  info(
    tally,
    sink,
    filePath,
    "single file: treated as the newest segment of its log, so damage at its end may be a torn tail",
  );
  return true;
}

/** Sorted as recovery sorts: by first index, then segment id (file-name values if no header). */
function orderSegments(listed: ListedSegment[]): ListedSegment[] {
  const key = (segment: ListedSegment) => ({
    firstIndex: segment.header?.firstIndex ?? segment.nameFields?.firstIndex ?? 0,
    segmentId: segment.header?.segmentId ?? segment.nameFields?.segmentId ?? 0,
  });
  return listed.sort((a, b) => {
    const keyA = key(a);
    const keyB = key(b);
    return keyA.firstIndex - keyB.firstIndex || keyA.segmentId - keyB.segmentId;
  });
}

interface DumpContext {
  options: DumpOptions;
  sink: DumpSink;
  tally: Tally;
  /** Single-file mode: whether the file is treated as the newest (undefined: a directory). */
  singleFileIsNewest: boolean | undefined;
}

interface Previous {
  segment: ListedSegment;
  header: SegmentHeader;
  lastIndex: number;
  /** Its frames stopped at damage, so where it really ends is unknown. */
  damaged: boolean;
}

function dumpSegments(listed: ListedSegment[], context: DumpContext): void {
  const { tally, sink, options } = context;
  const restartIds = listed.flatMap((s) => (s.header?.restart ? [s.header.segmentId] : []));
  const restartId = restartIds.length > 0 ? Math.max(...restartIds) : 0;
  const isObsolete = (s: ListedSegment) => s.header !== undefined && s.header.segmentId < restartId;
  const live = listed.filter((s) => !isObsolete(s));
  const newest =
    context.singleFileIsNewest === undefined || context.singleFileIsNewest
      ? live[live.length - 1]
      : undefined;
  const passes = options.verifyOnly ? 1 : 2;
  options.startProgress?.(passes * listed.reduce((sum, s) => sum + s.sizeBytes, 0));
  let previous: Previous | undefined;
  for (const segment of listed) {
    tally.segments++;
    tally.sizeBytes += segment.sizeBytes;
    const obsolete = isObsolete(segment);
    const isNewest = segment === newest;
    if (segment.header === undefined) {
      reportBadHeader(segment, context);
      previous = undefined;
      continue;
    }
    if (obsolete) {
      info(
        tally,
        sink,
        segment.path,
        `obsolete: segment ${segment.header.segmentId} is below RESTART segment ${restartId} (recovery deletes it)`,
      );
    } else if (previous !== undefined) {
      checkNeighbours(previous, segment, segment.header, context);
    }
    const dumped = dumpSegment(segment, segment.header, { newest: isNewest, obsolete }, context);
    if (!obsolete) {
      previous = { segment, header: segment.header, ...dumped };
    }
  }
}

function reportBadHeader(segment: ListedSegment, context: DumpContext): void {
  if (!context.options.verifyOnly) {
    context.sink.emit({
      kind: "segment",
      file: segment.path,
      segmentId: segment.nameFields?.segmentId ?? null,
      firstIndex: segment.nameFields?.firstIndex ?? null,
      lastIndex: null,
      entries: 0,
      hardStates: 0,
      records: 0,
      sizeBytes: segment.sizeBytes,
      validBytes: 0,
      freeBytes: 0,
      restart: false,
      state: "bad-header",
    });
  }
  context.options.advanceProgress?.(segment.sizeBytes * (context.options.verifyOnly ? 1 : 2));
  context.tally.finding(context.sink, {
    ...corruptFinding(segment.path, segment.headerProblem ?? "unreadable segment header"),
    offsetBytes: 0,
  });
}

/** Recovery's directory rules between two consecutive live segments. */
function checkNeighbours(
  previous: Previous,
  segment: ListedSegment,
  header: SegmentHeader,
  context: DumpContext,
): void {
  const files = [previous.segment.path, segment.path];
  const report = (reason: string) =>
    context.tally.finding(context.sink, {
      ...corruptFinding(segment.path, reason, files),
      index: header.firstIndex,
    });
  if (header.segmentId <= previous.header.segmentId) {
    report(
      header.firstIndex === previous.header.firstIndex
        ? `two segments start at index ${header.firstIndex} (a duplicated or overlapping segment): ${files.join(", ")}`
        : `segment ids do not grow with first indexes (${previous.header.segmentId} then ${header.segmentId}): ${files.join(", ")}`,
    );
  }
  // After damage the previous segment's true end is unknown: its finding says enough.
  if (!previous.damaged && header.firstIndex !== previous.lastIndex + 1) {
    const kind = header.firstIndex > previous.lastIndex + 1 ? "a gap" : "an overlap";
    report(
      `${kind}: ${previous.segment.path} ends at index ${previous.lastIndex}, ${segment.path} starts at ${header.firstIndex}`,
    );
  }
}

/** A segment's role among the others: the newest of the log, or superseded by a RESTART. */
type SegmentRole = { newest: boolean; obsolete: boolean };

/** One walk of a segment's frames: the pass that saw them and the segment's byte counts. */
interface SegmentRun {
  pass: SegmentPass;
  validBytes: number;
  freeBytes: number;
}

/**
 * Dumps one segment with a good header; returns the last index recovery would keep. The
 * frames are walked twice unless --verify: once silently, to count for the segment's row
 * (printed first), then emitting the records and findings.
 */
function dumpSegment(
  segment: ListedSegment,
  header: SegmentHeader,
  role: SegmentRole,
  context: DumpContext,
): { lastIndex: number; damaged: boolean } {
  const { options, sink, tally } = context;
  let handle: FileHandle;
  try {
    handle = new NodeFileSystem().openSync(segment.path, "read");
  } catch (error) {
    reportUnreadable(tally, sink, segment.path, error);
    return { lastIndex: header.firstIndex - 1, damaged: true };
  }
  try {
    const source = new WindowedReader(handle, segment.sizeBytes, READ_WINDOW_BYTES);
    const nameProblem = nameMismatch(segment, header);
    const run = (emit: boolean): SegmentRun => {
      const pass = new Pass(segment.path, source, role, passSettings(context, emit));
      const scan = walkSegment(source, {
        firstIndex: header.firstIndex,
        raw: options.raw,
        visitor: pass,
      });
      pass.finish();
      return {
        pass,
        validBytes: scan.endOffset,
        freeBytes: source.sizeBytes - scan.zeroTailOffset,
      };
    };
    const rangeGiven = options.fromIndex > 0 || options.toIndex < Number.MAX_SAFE_INTEGER;
    const counted = options.verifyOnly ? undefined : run(false);
    if (counted !== undefined && (!rangeGiven || counted.pass.rowsInRange > 0)) {
      emitSegmentRow(
        sink,
        segment,
        header,
        counted,
        stateOf(counted.pass, role, nameProblem !== undefined),
      );
    }
    if (nameProblem !== undefined) {
      tally.finding(sink, { ...corruptFinding(segment.path, nameProblem), offsetBytes: 0 });
    }
    const emittedRun = run(true);
    const emitted = emittedRun.pass;
    tally.freeBytes += emittedRun.freeBytes;
    if (!role.obsolete) {
      tally.entries += emitted.entries;
      tally.hardStates += emitted.hardStates;
      tally.noteEntries(emitted.entryIndexLowest, emitted.entryIndexHighest);
      tally.hardState = emitted.lastHardState ?? tally.hardState;
    }
    return {
      lastIndex: emitted.entryIndexHighest ?? header.firstIndex - 1,
      damaged: emitted.damageSeverity !== undefined,
    };
  } finally {
    handle.closeSync();
  }
}

/** What a pass over a segment shows; `emit` false counts without emitting anything. */
function passSettings(context: DumpContext, emit: boolean): PassSettings {
  const { options, sink, tally } = context;
  return {
    fromIndex: options.fromIndex,
    toIndex: options.toIndex,
    raw: options.raw,
    shownBytesMax: options.shownBytesMax,
    decode: options.decode ?? "none",
    ...(options.rejected === undefined ? {} : { rejected: options.rejected }),
    ...(options.shows === undefined ? {} : { shows: options.shows }),
    emitRecords: emit && !options.verifyOnly,
    emitFindings: emit,
    sink,
    tally,
    advanceProgress: options.advanceProgress ?? (() => {}),
  };
}

/** The segment's header row, from the counting run. */
function emitSegmentRow(
  sink: DumpSink,
  segment: ListedSegment,
  header: SegmentHeader,
  counted: SegmentRun,
  state: SegmentState,
): void {
  sink.emit({
    kind: "segment",
    file: segment.path,
    segmentId: header.segmentId,
    firstIndex: header.firstIndex,
    lastIndex: counted.pass.entryIndexHighest ?? header.firstIndex - 1,
    entries: counted.pass.entries,
    hardStates: counted.pass.hardStates,
    records: counted.pass.rowsInRange,
    sizeBytes: segment.sizeBytes,
    validBytes: counted.validBytes,
    freeBytes: counted.freeBytes,
    restart: header.restart,
    state,
  });
}

function nameMismatch(segment: ListedSegment, header: SegmentHeader): string | undefined {
  const fields = segment.nameFields;
  if (fields === undefined) {
    return undefined;
  }
  if (fields.firstIndex === header.firstIndex && fields.segmentId === header.segmentId) {
    return undefined;
  }
  return `header says first index ${header.firstIndex} and segment id ${header.segmentId}, the file name says ${fields.firstIndex} and ${fields.segmentId}`;
}

function stateOf(pass: SegmentPass, role: SegmentRole, nameProblem: boolean): SegmentState {
  if (role.obsolete) {
    return "obsolete";
  }
  if (pass.corruptSeen || nameProblem) {
    return "corrupt";
  }
  if (pass.damageSeverity === "torn") {
    return "torn-tail";
  }
  return role.newest ? "newest" : "sealed";
}
