/**
 * ruvraft-dump for snapshot files (src/snapshot, segments/FORMAT.md "Snapshot files"): one
 * `snap-*.snap` file, or a directory of them (a node's `snapshots/`). For each file: the header
 * (format version, index, term, membership), every chunk (offset, size, CRC) as it is
 * verified, the trailer, and a summary of the data (the node's NodeSnapshot: members, client
 * sessions, state machine bytes). Read-only; the checks are exactly the reader's
 * (src/snapshot/reader.ts), and a failing file is reported where the store would set it aside.
 *
 * Memory: chunks are streamed; the data is kept only to decode its summary when it is at most
 * CONTENT_DECODE_BYTES_MAX (protobuf needs the whole message).
 */
import fs from "node:fs";
import path from "node:path";
import {
  openSnapshot,
  parseSnapshotFileName,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_MAGIC,
  SnapshotFileError,
} from "../../src/snapshot/index.js";
import type { SnapshotMetadata } from "../../src/types/index.js";
import { ExitCode } from "./events.js";
import { describeSnapshotContent, type SnapshotContent } from "./snapshot-content.js";
import { type SnapshotEvent, SnapshotJsonSink, SnapshotTextSink } from "./snapshot-render.js";

export type { SnapshotEvent } from "./snapshot-render.js";

/** Data above this size is verified but not decoded for the summary (it would be held whole). */
export const CONTENT_DECODE_BYTES_MAX = 256 * 1024 * 1024;

const SNAPSHOT_NAME = /^snap-\d{20}-\d{20}\.snap(\.bad|\.tmp)?$/;

export const SNAPSHOT_HELP = `
Snapshot files (snap-<index>-<term>.snap, or a directory of them such as a node's snapshots/):
  For each file: a header row (file, format version, index, term, size, state), the
  membership, one row per chunk (number, byte offset, size, CRC), the data totals, and the
  data's content: the node's NodeSnapshot (members, client sessions, state machine bytes).
  Every chunk and the trailer are checked as the node checks them; a failing file is
  "!! CORRUPT" with its byte offset (the node sets it aside as .bad and uses the next older
  one). *.snap.tmp (a write that never completed) and *.snap.bad files are listed as info.
  --json: {"kind":"snapshot"}, {"kind":"chunk"}, {"kind":"content"} (the whole decoded view:
  every member and session), {"kind":"finding"} and {"kind":"summary"} last.
  --verify prints findings and the summary only. Exit codes as above (0 intact, 4 corrupt).`;

export interface SnapshotDumpOptions {
  json: boolean;
  verifyOnly: boolean;
}

export interface LineOutput {
  line(text: string): void;
}

/**
 * Whether `target` is for this module: a file named like a snapshot or starting with the
 * snapshot magic, or a directory holding snapshot files and no segment.
 */
export function isSnapshotTarget(target: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return SNAPSHOT_NAME.test(path.basename(target));
  }
  if (stat.isDirectory()) {
    let names: string[];
    try {
      names = fs.readdirSync(target);
    } catch {
      return false;
    }
    return (
      names.some((name) => SNAPSHOT_NAME.test(name)) && !names.some((name) => name.endsWith(".seg"))
    );
  }
  return SNAPSHOT_NAME.test(path.basename(target)) || startsWithMagic(target);
}

function startsWithMagic(file: string): boolean {
  try {
    const fd = fs.openSync(file, "r");
    try {
      const head = Buffer.alloc(SNAPSHOT_MAGIC.length);
      fs.readSync(fd, head, 0, head.length, 0);
      return head.equals(SNAPSHOT_MAGIC);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Dumps a snapshot file or directory; returns the exit code (ExitCode.OK or CORRUPT). */
export function dumpSnapshots(
  target: string,
  options: SnapshotDumpOptions,
  output: LineOutput,
): number {
  const sink = options.json ? new SnapshotJsonSink(output) : new SnapshotTextSink(output);
  const run = new SnapshotDump(target, options, sink);
  run.dump();
  return run.finish();
}

interface Newest {
  file: string;
  index: number;
  term: number;
}

class SnapshotDump {
  private readonly findings = { corrupt: 0, info: 0 };
  private snapshots = 0;
  private sizeBytes = 0;
  private newest: Newest | undefined;

  constructor(
    private readonly target: string,
    private readonly options: SnapshotDumpOptions,
    private readonly sink: { emit(event: SnapshotEvent): void },
  ) {}

  dump(): void {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.target);
    } catch (error) {
      this.finding("corrupt", this.target, null, `cannot read: ${(error as Error).message}`);
      return;
    }
    if (!stat.isDirectory()) {
      this.dumpFile(this.target);
      return;
    }
    const names = fs.readdirSync(this.target).sort();
    for (const name of names) {
      const file = path.join(this.target, name);
      if (name.endsWith(".snap.tmp")) {
        this.finding(
          "info",
          file,
          null,
          "leftover temporary file: a snapshot whose writing never completed (the node deletes it on open)",
        );
      } else if (name.endsWith(".snap.bad")) {
        this.finding(
          "info",
          file,
          null,
          "set aside by the node after failing its checks (dump it by name to see why)",
        );
      } else if (parseSnapshotFileName(name) !== undefined) {
        this.dumpFile(file);
      }
    }
    if (this.snapshots === 0) {
      this.finding("info", this.target, null, "no snapshot files in this directory");
    }
  }

  finish(): number {
    const exitCode = this.findings.corrupt > 0 ? ExitCode.CORRUPT : ExitCode.OK;
    this.sink.emit({
      kind: "summary",
      path: this.target,
      snapshots: this.snapshots,
      newestIndex: this.newest?.index ?? null,
      newestTerm: this.newest?.term ?? null,
      newestFile: this.newest?.file ?? null,
      sizeBytes: this.sizeBytes,
      findings: { corrupt: this.findings.corrupt, torn: 0, info: this.findings.info },
      exitCode,
      verdict: this.verdict(exitCode),
    });
    return exitCode;
  }

  private verdict(exitCode: number): string {
    if (exitCode === ExitCode.CORRUPT) {
      return this.newest === undefined
        ? "corrupt: no snapshot passes its checks"
        : `corrupt: the node sets failing files aside and starts from ${this.newest.file}`;
    }
    return this.snapshots === 0 ? "no snapshots" : "intact";
  }

  private dumpFile(file: string): void {
    this.snapshots++;
    const sizeBytes = sizeOf(file);
    this.sizeBytes += sizeBytes;
    let reader: ReturnType<typeof openSnapshot>;
    try {
      reader = openSnapshot(file);
    } catch (error) {
      this.emitSnapshotRow(file, sizeBytes, undefined, "corrupt");
      this.reportError(file, error);
      return;
    }
    const metadata = reader.metadata;
    this.emitSnapshotRow(file, sizeBytes, metadata, "ok");
    this.checkName(file, metadata);
    const keep = !this.options.verifyOnly;
    const parts: Uint8Array[] = [];
    let keptBytes = 0;
    let totals: { chunkCount: number; dataBytes: number };
    try {
      const records = reader.chunkRecords();
      // Bounded by the chunks in the file (the reader checks each length and the trailer).
      for (;;) {
        const next = records.next();
        if (next.done === true) {
          totals = next.value;
          break;
        }
        const chunk = next.value;
        if (!this.options.verifyOnly) {
          this.sink.emit({
            kind: "chunk",
            file,
            chunkNumber: chunk.chunkNumber,
            offsetBytes: chunk.offsetBytes,
            sizeBytes: chunk.data.length,
            crc: chunk.crc,
          });
        }
        keptBytes += chunk.data.length;
        if (keep && keptBytes <= CONTENT_DECODE_BYTES_MAX) {
          parts.push(chunk.data);
        }
      }
    } catch (error) {
      reader.close();
      this.reportError(file, error);
      return;
    }
    this.noteNewest(file, metadata);
    if (keep) {
      this.emitContent(file, totals, keptBytes <= CONTENT_DECODE_BYTES_MAX ? parts : undefined);
    }
  }

  private emitSnapshotRow(
    file: string,
    sizeBytes: number,
    metadata: SnapshotMetadata | undefined,
    state: "ok" | "corrupt",
  ): void {
    if (this.options.verifyOnly) {
      return;
    }
    this.sink.emit({
      kind: "snapshot",
      file,
      formatVersion: metadata === undefined ? null : SNAPSHOT_FORMAT_VERSION,
      index: metadata?.index ?? parseSnapshotFileName(path.basename(file))?.index ?? null,
      term: metadata?.term ?? parseSnapshotFileName(path.basename(file))?.term ?? null,
      membership: metadata?.confState ?? null,
      sizeBytes,
      state,
    });
  }

  private emitContent(
    file: string,
    totals: { chunkCount: number; dataBytes: number },
    parts: Uint8Array[] | undefined,
  ): void {
    let content: SnapshotContent | null = null;
    let note: string | null = null;
    if (parts === undefined) {
      note = `not decoded: ${totals.dataBytes} bytes is above ${CONTENT_DECODE_BYTES_MAX}`;
    } else {
      const decoded = describeSnapshotContent(Buffer.concat(parts));
      content = decoded.content;
      note = decoded.note;
    }
    this.sink.emit({
      kind: "content",
      file,
      chunks: totals.chunkCount,
      dataBytes: totals.dataBytes,
      content,
      note,
    });
  }

  private checkName(file: string, metadata: SnapshotMetadata): void {
    const named = parseSnapshotFileName(path.basename(file));
    if (named !== undefined && (named.index !== metadata.index || named.term !== metadata.term)) {
      this.finding(
        "corrupt",
        file,
        0,
        `the metadata says index ${metadata.index} term ${metadata.term}, the file name says index ${named.index} term ${named.term} (the node sets it aside)`,
      );
    }
  }

  private noteNewest(file: string, metadata: SnapshotMetadata): void {
    const newer =
      this.newest === undefined ||
      metadata.index > this.newest.index ||
      (metadata.index === this.newest.index && metadata.term > this.newest.term);
    if (newer) {
      this.newest = { file, index: metadata.index, term: metadata.term };
    }
  }

  private reportError(file: string, error: unknown): void {
    if (error instanceof SnapshotFileError) {
      this.finding("corrupt", file, error.offsetBytes, `${error.problem}: ${stripPrefix(error)}`);
      return;
    }
    this.finding("corrupt", file, null, `cannot read: ${(error as Error).message}`);
  }

  private finding(
    severity: "corrupt" | "info",
    file: string,
    offsetBytes: number | null,
    reason: string,
  ): void {
    this.findings[severity]++;
    this.sink.emit({
      kind: "finding",
      severity,
      file,
      files: [file],
      offsetBytes,
      index: null,
      reason,
    });
  }
}

/** The error's reason without the "snapshot FILE at byte offset N: " the finding shows. */
function stripPrefix(error: SnapshotFileError): string {
  const prefix = `snapshot ${error.file} at byte offset ${error.offsetBytes}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
