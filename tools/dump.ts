#!/usr/bin/env node
/**
 * ruvraft-dump: prints, checks and reads past damage in a ruvector-raft data directory or
 * segment file, applying exactly the rules recovery applies (src/storage/scan.ts), and snapshot
 * files (tools/dump/snapshot.ts). Read-only.
 * See `ruvraft-dump --help` for the options and exit codes.
 */
import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import {
  createProgress,
  PROGRESS_THRESHOLD_BYTES,
  type ProgressMode,
} from "../src/cli/progress.js";
import { DECODE_MODES, type DecodeMode, recordFilter } from "./dump/decode.js";
import { ExitCode } from "./dump/events.js";
import { dumpPath } from "./dump/inspect.js";
import { type Rejection, rejectedEvents } from "./dump/outcomes.js";
import { DATA_SHOWN_BYTES_DEFAULT } from "./dump/payload.js";
import { JsonSink, LineWriter, OutputClosedError, TextSink } from "./dump/render.js";
import { dumpSnapshots, isSnapshotTarget, SNAPSHOT_HELP } from "./dump/snapshot.js";

const STDOUT_FD = 1;
/** Exit code for an internal error (a bug in the tool, never a finding about the log). */
const EXIT_INTERNAL_ERROR = 1;

const HELP_AFTER = `
Output:
  For each segment (in log order): a header row (file, segment id, first and last index,
  records, bytes: the file's size, valid: the end of the frames recovery keeps, free: the zero
  tail, state), then one row per frame: byte offset, index, term, type, write batch
  ("*" = last frame of its batch), payload size, CRC, and the payload as text:
    NORMAL       with --decode auto (the default), metadata or kv: a client command as
                 "client=ID seq=N" and the command (a metadata event as one line, e.g.
                 "createCollection docs dims=768 metric=cosine shards=6 rf=2", or a key-value
                 operation, e.g. 'put "k" = "v"'), or "member ID @ host:port"; otherwise (or
                 with --decode none) a quoted string when the data is printable UTF-8, hex
                 (0x...) else
    NO_OP        no-op
    CONF_CHANGE  decoded ("conf change: add learner 4 (disk 123...)"), hex with --decode none
  Given a node's data directory with --decode auto or metadata, the dump replays it first
  (read-only, as \`ruvraft replay\` does) and marks each metadata event after the newest
  usable snapshot that the metadata rules rejected: "... REJECTED by alias.exists" (with
  --json, "rejected": {"rule", "reason"} in "decoded"). Events at or before that snapshot are
  not judged; --no-outcomes skips the replay.
    HARD_STATE   term=.. vote=.. commit=..; its index column shows "(n)", the log's last
                 index when it was written
  Data longer than ${DATA_SHOWN_BYTES_DEFAULT} bytes is cut with a "…(+N bytes)" note unless --full.
  Rows marked "~" come after damage (--raw); recovery never reads them. A row with CRC "BAD"
  (--raw) is a frame that failed its checks, shown "(unverified)"; the bytes skipped to the
  next good frame are reported in the finding.
  Findings are printed where they are found: "!! CORRUPT", "!! TORN" or "-- info", with the
  file, byte offset and index. A summary comes last.

Zero tails: a preallocated segment is created full of zeros and its frames overwrite them, so
  its file is larger than its frames. The zeros after the last frame (free=) are free space: a
  clean end, never a finding. Non-zero bytes after zeros are damage, judged as below.

Segment states:
  sealed, newest  intact
  torn-tail       the newest segment ends in a torn write: never acknowledged, recovery cuts it
  corrupt         damage recovery refuses (a sealed segment, an earlier write batch of the
                  newest segment, a good CRC with a bad payload, a header/file-name mismatch)
  bad-header      the segment header cannot be read (wrong magic, version, CRC, too short)
  obsolete        a later RESTART segment supersedes it (recovery deletes it; info only)
  Directory checks as in recovery: ids must grow with first indexes, segments must be
  contiguous (a gap or overlap is corruption naming both files). *.seg.tmp leftovers, the
  spare segment (spare.seg.tmp) of a running log and *.broken-<offset> side files are listed
  as info. A FILE given alone is treated as the newest
  segment unless a file in its directory has a higher segment id.

--json:
  One JSON object per line: {"kind":"segment",...}, {"kind":"record",...},
  {"kind":"finding","severity":"torn"|"corrupt"|"info","file","files","offsetBytes","index",
  "reason"}, and {"kind":"summary",...} last. Records carry "text" (as above) and "dataHex",
  the entry data in hex, cut like the text unless --full ("dataBytes" is the full size,
  "dataTruncated" says whether it was cut), and "decoded" (with --decode) when the data
  decodes: {"clientId","sequence","event"|"kv"}, {"memberAddress"} or {"confChange"}.
  Unknown values are null, never absent.

Exit codes (the same with or without --verify; without it everything is printed too):
  0  intact (info findings only), including a directory with no segments
  1  internal error of the tool
  2  usage error
  3  only a torn tail was found: recovery cuts it and opens the log
  4  corruption, or an unreadable path, a foreign file or a bad segment header

Progress: with --progress auto (the default) a bar is drawn on stderr when stderr is a terminal
and the input is larger than ${PROGRESS_THRESHOLD_BYTES / (1024 * 1024)} MiB; stdout is never touched by it.`;

function parseIndex(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed)) {
    throw new InvalidArgumentError("must be a non-negative integer index");
  }
  return parsed;
}

function buildProgram(): Command {
  return new Command("ruvraft-dump")
    .description(
      "Print and check the segments of a ruvector-raft log: a log directory (DIR), one segment file (FILE), or a node's data directory (its log/, then its snapshots/); or snapshot files (FILE.snap or a snapshots/ directory).",
    )
    .argument("<path>", "data directory or segment file")
    .option(
      "--from <index>",
      "first index shown (inclusive; hard states by their index)",
      parseIndex,
    )
    .option("--to <index>", "last index shown (inclusive)", parseIndex)
    .option("--json", "one JSON object per line instead of text")
    .option("--verify", "check every frame; print only findings and the summary")
    .option(
      "--raw",
      "read past damage: resynchronize to the next good frame, report the skipped bytes (like etcd-dump-logs -raw)",
    )
    .option("--full", "show whole payloads (no truncation)")
    .addOption(
      new Option(
        "--decode <what>",
        "show entries as what they are: metadata events, kv operations, conf changes, member addresses (auto tries metadata, then kv)",
      )
        .choices([...DECODE_MODES])
        .default("auto"),
    )
    .option(
      "--type <types>",
      "only entries that are these metadata events (comma-separated: create_collection,remove_node)",
    )
    .option("--collection <name>", "only entries about this collection (metadata events)")
    .option(
      "--node <id>",
      "only entries about this node (metadata events, conf changes, addresses)",
      parseIndex,
    )
    .option("--no-outcomes", "do not replay a node's data directory to mark rejected events")
    .addOption(
      new Option("--progress <when>", "progress bar on stderr")
        .choices(["auto", "always", "never"])
        .default("auto"),
    )
    .addHelpText("after", HELP_AFTER + SNAPSHOT_HELP)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
}

interface ParsedOptions {
  from?: number;
  to?: number;
  json?: boolean;
  verify?: boolean;
  raw?: boolean;
  full?: boolean;
  decode: DecodeMode;
  type?: string;
  collection?: string;
  node?: number;
  outcomes: boolean;
  progress: ProgressMode;
}

/**
 * Runs the dump of `argv`; returns the exit code. `rejected` marks rejected events (found by
 * replaying the node's data directory the log belongs to).
 */
async function main(argv: string[], rejected?: ReadonlyMap<number, Rejection>): Promise<number> {
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    throw error;
  }
  const options = program.opts<ParsedOptions>();
  const target = program.args[0] as string;
  const problem = usageProblem(options);
  if (problem !== undefined) {
    process.stderr.write(`ruvraft-dump: ${problem}\n`);
    return ExitCode.USAGE;
  }
  const node = nodeDataDirectory(target);
  if (node !== undefined) return dumpNodeDataDirectory(argv, target, node, options);
  return dumpTarget(target, options, rejected);
}

/** What is wrong with the options taken together, if anything. */
function usageProblem(options: ParsedOptions): string | undefined {
  const fromIndex = options.from ?? 0;
  const toIndex = options.to ?? Number.MAX_SAFE_INTEGER;
  const filtered =
    options.type !== undefined || options.collection !== undefined || options.node !== undefined;
  if (filtered && options.decode === "none") {
    return "--type, --collection and --node need --decode auto, metadata or kv";
  }
  if (fromIndex > toIndex) return `--from ${fromIndex} is after --to ${toIndex}`;
  return undefined;
}

/**
 * A node's data directory: its log (with the rejected events marked, unless --no-outcomes),
 * then its snapshots; the worse of the two exit codes.
 */
async function dumpNodeDataDirectory(
  argv: string[],
  target: string,
  node: { log: string; snapshots: string | undefined },
  options: ParsedOptions,
): Promise<number> {
  let outcomes: ReadonlyMap<number, Rejection> | undefined;
  if (options.outcomes && options.decode !== "none" && options.verify !== true) {
    const found = await rejectedEvents(target, options.decode);
    if ("note" in found) process.stderr.write(`ruvraft-dump: note: ${found.note}\n`);
    else outcomes = found.rejected;
  }
  const logExit = await main(
    [...argv.slice(0, 2), ...withTarget(argv.slice(2), target, node.log)],
    outcomes,
  );
  if (node.snapshots === undefined) return logExit;
  const snapshotExit = await main([
    ...argv.slice(0, 2),
    ...withTarget(argv.slice(2), target, node.snapshots),
  ]);
  return Math.max(logExit, snapshotExit);
}

/** A log directory, a segment file or snapshot files. */
function dumpTarget(
  target: string,
  options: ParsedOptions,
  rejected: ReadonlyMap<number, Rejection> | undefined,
): number {
  const fromIndex = options.from ?? 0;
  const toIndex = options.to ?? Number.MAX_SAFE_INTEGER;
  const progress = createProgress(options.progress, process.stderr);
  const writer = new LineWriter(STDOUT_FD, () => {
    if (process.stdout.isTTY) {
      progress.clearLine();
    }
  });
  if (isSnapshotTarget(target)) {
    const exitCode = dumpSnapshots(
      target,
      { json: options.json === true, verifyOnly: options.verify === true },
      writer,
    );
    writer.flush();
    return exitCode;
  }
  const sink = options.json ? new JsonSink(writer) : new TextSink(writer);
  try {
    const exitCode = dumpPath(
      target,
      {
        fromIndex,
        toIndex,
        raw: options.raw === true,
        verifyOnly: options.verify === true,
        shownBytesMax: options.full ? Number.POSITIVE_INFINITY : DATA_SHOWN_BYTES_DEFAULT,
        decode: options.decode,
        ...(rejected === undefined ? {} : { rejected }),
        ...shows(options),
        startProgress: (totalBytes) => progress.start(totalBytes),
        advanceProgress: (bytes) => progress.advance(bytes),
      },
      sink,
    );
    progress.stop();
    writer.flush();
    return exitCode;
  } finally {
    progress.stop();
  }
}

/**
 * `target` as a node's data directory (it holds `log/` and no segment files of its own): the
 * paths of its log and, if present, its snapshots directory.
 */
function nodeDataDirectory(
  target: string,
): { log: string; snapshots: string | undefined } | undefined {
  const log = path.join(target, "log");
  try {
    if (!fs.statSync(log).isDirectory()) return undefined;
    if (fs.readdirSync(target).some((name) => name.endsWith(".seg"))) return undefined;
  } catch {
    return undefined;
  }
  const snapshots = path.join(target, "snapshots");
  return { log, snapshots: fs.existsSync(snapshots) ? snapshots : undefined };
}

/** The --type/--collection/--node predicate, when one is given (they need --decode). */
function shows(options: ParsedOptions): { shows?: (record: { decoded?: unknown }) => boolean } {
  const filter = recordFilter({
    ...(options.type === undefined
      ? {}
      : { types: options.type.split(",").filter((type) => type !== "") }),
    ...(options.collection === undefined ? {} : { collection: options.collection }),
    ...(options.node === undefined ? {} : { nodeId: options.node }),
  });
  return filter === undefined ? {} : { shows: filter };
}

/** The arguments with the path argument `from` replaced by `to`. */
function withTarget(args: readonly string[], from: string, to: string): string[] {
  const at = args.lastIndexOf(from);
  return args.map((arg, index) => (index === at ? to : arg));
}

async function run(): Promise<void> {
  try {
    process.exitCode = await main(process.argv);
  } catch (error) {
    if (error instanceof OutputClosedError) {
      return;
    }
    process.stderr.write(
      `ruvraft-dump: internal error: ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = EXIT_INTERNAL_ERROR;
  }
}

await run();
