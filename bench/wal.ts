/**
 * `npm run bench:wal [-- --json] [-- --dir PATH]`: the durable segment log against the
 * physical limits of the disk it runs on, measured in the same run on the same directory.
 *
 * Phases, in order:
 * 1. raw 4 KiB append + fdatasync latency (the file grows) and raw 4 KiB pre-zeroed overwrite +
 *    fdatasync latency (consecutive blocks of a zero-filled, fsync'd file), in rounds
 *    alternating with log appends of one 256-byte entry, to preallocated segments (the
 *    default), to growing ones, and to preallocated ones written on the event loop (then the
 *    raw overwrite of one block, for reference);
 * 2. raw sequential durable bandwidth in writes the size of one batch-1024 append, in rounds
 *    alternating with batch-1024 appends (then 1 MiB writes, for reference);
 * 3. append latency for batches of 16 and 128 entries;
 * 4. group commit: 1, 16 and 256 concurrent appenders of single entries;
 * 5. recovery: write 1,000,000 entries, reopen them in a fresh child process.
 *
 * Every log is opened, and its spare segment zero-filled, before its measurement starts (in
 * steady state that zero-fill happens once per segment, not per append).
 *
 * Prints a table (progress on stderr); with --json, one JSON line last on stdout.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { DurableWriteThread } from "../src/storage/fs.js";
import { LatencyRecorder, type LatencySummary } from "./latency.js";
import {
  type BenchOptions,
  chosenSections,
  parseBenchOptions,
  prepareBenchDirectory,
  runBench,
} from "./options.js";
import {
  type AppendResult,
  AppendRunner,
  entryFrameBytes,
  type GroupCommitResult,
  measureGroupCommit,
  writeLog,
} from "./wal-log.js";
import {
  measureRawAppendFdatasync,
  measureRawOverwriteFdatasync,
  measureRawPrezeroedFdatasync,
  measureRawSequential,
  PrezeroedFile,
  type SequentialBandwidth,
} from "./wal-raw.js";
import type { RecoveryMeasurement } from "./wal-recover-child.js";

const GROUP_COMMIT_APPENDERS = [1, 16, 256] as const;
const RECOVERY_ENTRIES = 1_000_000;
const RECOVERY_WRITE_BATCH_ENTRIES = 4096;
const RECOVERY_CHILD_TIMEOUT_MS = 120_000;
const MEGABYTE = 1024 * 1024;
/** The pre-zeroed raw file: the size of a default segment, written over round after round. */
const PREZEROED_FILE_BYTES = 64 * MEGABYTE;

/** The sections --only can name, in the order they run (the phases above). */
const SECTIONS = ["latency", "bandwidth", "batches", "group", "recovery"] as const;

const TARGETS = {
  appendBatch1OverRawFdatasyncMax: 1.3,
  batch1024OverRawSeqMin: 0.7,
  batch1024P99OverP50Max: 3,
  groupCommit256EntriesPerSecMin: 100_000,
  recover1MSecondsMax: 3,
  recover1MHeapMBMax: 200,
  recover1MIndexBytesPerEntryMax: 24,
} as const;

/**
 * Each log figure that is compared with a raw one is measured in ROUNDS rounds alternating
 * with its raw counterpart (raw, log, raw, log, ...), so that both see the same disk weather
 * on a shared, noisy machine. Budgets below are per round.
 */
const ROUNDS = 4;
const BUDGETS = {
  rawLatency: { timeMs: 500, iterationsMin: 50, warmupTimeMs: 50, warmupIterationsMin: 5 },
  rawOverwrite: { timeMs: 1000, iterationsMin: 100, warmupTimeMs: 100, warmupIterationsMin: 10 },
  rawSequential: { timeMs: 600, bytesMax: 512 * MEGABYTE },
  append: { timeMs: 600, iterationsMin: 16, warmupTimeMs: 60, warmupIterationsMin: 4 },
  appendSingleRound: { timeMs: 2000, iterationsMin: 64, warmupTimeMs: 200, warmupIterationsMin: 8 },
  groupCommit: { warmupMs: 300, runMs: 3000 },
} as const;

const HELP = `Usage: npm run bench:wal -- [options]

Benchmarks the segment log (src/storage) against the raw limits of the disk holding the
data directory, measured in the same run. Takes about a minute and up to ~1.5 GB of disk.

Options:
  --dir PATH   data directory to benchmark in (default: <repo>/data/bench-wal). It is created
               and removed by the run; an existing non-empty PATH is refused.
  --json       also print one JSON line with every figure, last on stdout
  --only SECTION
               run one section: latency (phase 1: raw fdatasync and batch-1 appends),
               bandwidth (phase 2: raw sequential and batch-1024 appends), batches (phase
               3), group (phase 4) or recovery (phase 5); the report then holds its figures
               and the targets they bear on only
  --help       print this help

Notes: file MB/s counts every byte of the log's frames in the segment files (frame headers,
protobuf payloads, padding; not the zeros of preallocated segments); payload MB/s counts only
the 256-byte entry data; zeros B/B counts the zeros written to prepare spare segments per byte
the log appended (preallocation's cost in writes; the zero-fill pauses while the log writes
at bandwidth, segments/FORMAT.md). MB = 10^6 bytes. The log is measured with preallocated
segments (the default) after its spare segment is zero-filled, writing on Node's I/O thread
pool (the SegmentLog default); batch 1 is measured with growing segments too, and with writes
on the event loop (durableWriteThread "event-loop", a RaftNode's default logWriteThread).
Recovery reads a log that was just written, so it is mostly served from the page cache.`;

function progress(message: string): void {
  process.stderr.write(`[bench:wal] ${message}\n`);
}

/** A fresh sub-directory per phase, removed afterwards so the disk use stays bounded. */
async function inSubdirectory<T>(
  options: BenchOptions,
  name: string,
  run: (directory: string) => Promise<T>,
): Promise<T> {
  const directory = path.join(options.directory, name);
  fs.mkdirSync(directory);
  try {
    return await run(directory);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Raw 4 KiB append + fdatasync and raw pre-zeroed overwrite + fdatasync, interleaved with log
 * appends of one entry to preallocated segments and to growing ones.
 */
async function measureLatencyPair(options: BenchOptions) {
  const raw = new LatencyRecorder();
  const prezeroed = new LatencyRecorder();
  const prezeroedFile = PrezeroedFile.create(options.directory, PREZEROED_FILE_BYTES);
  const runner = await inSubdirectoryOpen(options, "append-1", 1);
  const growing = await inSubdirectoryOpen(options, "append-1-growing", 1, false);
  const eventLoop = await inSubdirectoryOpen(options, "append-1-event-loop", 1, true, "event-loop");
  let rawLatency: LatencySummary | undefined;
  let prezeroedLatency: LatencySummary | undefined;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      progress(
        `round ${round}/${ROUNDS}: raw 4 KiB append, raw 4 KiB pre-zeroed overwrite, then append batch 1 preallocated, growing, and writing on the event loop`,
      );
      rawLatency = await measureRawAppendFdatasync(options.directory, BUDGETS.rawLatency, raw);
      prezeroedLatency = await measureRawPrezeroedFdatasync(
        prezeroedFile,
        BUDGETS.rawLatency,
        prezeroed,
      );
      await runner.round(BUDGETS.append);
      await growing.round(BUDGETS.append);
      await eventLoop.round(BUDGETS.append);
    }
  } finally {
    prezeroedFile.close();
    for (const [opened, name] of [
      [runner, "append-1"],
      [growing, "append-1-growing"],
      [eventLoop, "append-1-event-loop"],
    ] as const) {
      await opened.close();
      fs.rmSync(path.join(options.directory, name), { recursive: true, force: true });
    }
  }
  progress("raw 4 KiB overwrite of one block + fdatasync (reference)");
  const overwrite = await measureRawOverwriteFdatasync(options.directory, BUDGETS.rawOverwrite);
  return {
    rawLatency: rawLatency ?? raw.summary(),
    prezeroedLatency: prezeroedLatency ?? prezeroed.summary(),
    overwrite,
    append: runner.result(),
    appendStats: runner.stats(),
    appendGrowing: growing.result(),
    appendEventLoop: eventLoop.result(),
  };
}

/** Raw sequential writes of one batch-1024's bytes interleaved with batch-1024 appends. */
async function measureBandwidthPair(options: BenchOptions) {
  const chunkBytes = 1024 * entryFrameBytes(RECOVERY_ENTRIES);
  const runner = await inSubdirectoryOpen(options, "append-1024", 1024);
  let bytesWritten = 0;
  let seconds = 0;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      progress(
        `round ${round}/${ROUNDS}: raw sequential ${chunkBytes}-byte writes, then batch 1024`,
      );
      const once = measureRawSequential(options.directory, chunkBytes, BUDGETS.rawSequential);
      bytesWritten += once.bytesWritten;
      seconds += once.seconds;
      await runner.round(BUDGETS.append);
    }
  } finally {
    await runner.close();
    fs.rmSync(path.join(options.directory, "append-1024"), { recursive: true, force: true });
  }
  progress("raw sequential 1 MiB writes (reference)");
  const sequential1MiB = measureRawSequential(options.directory, MEGABYTE, BUDGETS.rawSequential);
  const sequential: SequentialBandwidth = {
    chunkBytes,
    bytesWritten,
    seconds,
    megabytesPerSecond: bytesWritten / 1e6 / seconds,
  };
  return { sequential, sequential1MiB, append: runner.result() };
}

async function inSubdirectoryOpen(
  options: BenchOptions,
  name: string,
  batchEntries: number,
  preallocateSegments = true,
  durableWriteThread: DurableWriteThread = "thread-pool",
): Promise<AppendRunner> {
  const directory = path.join(options.directory, name);
  fs.mkdirSync(directory);
  return AppendRunner.open(directory, batchEntries, preallocateSegments, durableWriteThread);
}

async function measureMiddleBatches(options: BenchOptions): Promise<AppendResult[]> {
  const results: AppendResult[] = [];
  for (const batchEntries of [16, 128]) {
    progress(`append latency, batches of ${batchEntries}`);
    results.push(
      await inSubdirectory(options, `append-${batchEntries}`, async (directory) => {
        const runner = await AppendRunner.open(directory, batchEntries);
        try {
          await runner.round(BUDGETS.appendSingleRound);
        } finally {
          await runner.close();
        }
        return runner.result();
      }),
    );
  }
  return results;
}

async function measureGroupCommits(options: BenchOptions): Promise<GroupCommitResult[]> {
  const results: GroupCommitResult[] = [];
  for (const appenders of GROUP_COMMIT_APPENDERS) {
    progress(`group commit, ${appenders} concurrent appenders`);
    results.push(
      await inSubdirectory(options, `group-${appenders}`, (directory) =>
        measureGroupCommit(directory, appenders, BUDGETS.groupCommit),
      ),
    );
  }
  return results;
}

async function measureRecovery(options: BenchOptions) {
  return inSubdirectory(options, "recover", async (directory) => {
    progress(`recovery: writing ${RECOVERY_ENTRIES} entries`);
    const written = await writeLog(directory, RECOVERY_ENTRIES, RECOVERY_WRITE_BATCH_ENTRIES);
    progress(`recovery: opening them in a fresh process`);
    const child = fileURLToPath(new URL("./wal-recover-child.js", import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--expose-gc", child, directory],
      { timeout: RECOVERY_CHILD_TIMEOUT_MS, maxBuffer: MEGABYTE },
    );
    const measurement = JSON.parse(stdout.trim().split("\n").pop() ?? "") as RecoveryMeasurement;
    if (measurement.entries !== RECOVERY_ENTRIES) {
      throw new Error(`recovery found ${measurement.entries} entries, wrote ${RECOVERY_ENTRIES}`);
    }
    return { written, measurement };
  });
}

type LatencyPair = Awaited<ReturnType<typeof measureLatencyPair>>;
type BandwidthPair = Awaited<ReturnType<typeof measureBandwidthPair>>;
type Recovery = Awaited<ReturnType<typeof measureRecovery>>;

/** What one run measured: every section, or the one --only names. */
interface Measured {
  latency?: LatencyPair;
  bandwidth?: BandwidthPair;
  batches?: AppendResult[];
  groups?: GroupCommitResult[];
  recovery?: Recovery;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

type Report = Record<string, number | boolean | string | object>;
/** The targets' verdicts, by name (the JSON's targetsMet). */
type Verdicts = Partial<
  Record<
    | "appendBatch1Latency"
    | "batch1024Bandwidth"
    | "batch1024Tail"
    | "groupCommit256"
    | "recover1MTime"
    | "recover1MHeap"
    | "recover1MIndex",
    boolean
  >
>;

function addAppend(report: Report, result: AppendResult): void {
  const name = `appendBatch${result.batchEntries}`;
  report[`${name}P50Us`] = result.p50Us;
  report[`${name}P99Us`] = result.p99Us;
  report[`${name}EntriesPerSec`] = Math.round(result.entriesPerSecond);
  report[`batch${result.batchEntries}MBps`] = round(result.fileMegabytesPerSecond);
  report[`batch${result.batchEntries}PayloadMBps`] = round(result.payloadMegabytesPerSecond);
  report[`batch${result.batchEntries}ZeroFillBytesPerLogByte`] = round(
    result.zeroFillBytesPerLogByte,
    2,
  );
}

function addLatency(report: Report, met: Verdicts, pair: LatencyPair) {
  Object.assign(report, {
    rawFdatasyncP50Us: pair.rawLatency.p50Us,
    rawFdatasyncP99Us: pair.rawLatency.p99Us,
    rawPrezeroedFdatasyncP50Us: pair.prezeroedLatency.p50Us,
    rawPrezeroedFdatasyncP99Us: pair.prezeroedLatency.p99Us,
    rawOverwriteFdatasyncP50Us: pair.overwrite.p50Us,
    rawOverwriteFdatasyncP99Us: pair.overwrite.p99Us,
  });
  addAppend(report, pair.append);
  Object.assign(report, {
    appendBatch1GrowingP50Us: pair.appendGrowing.p50Us,
    appendBatch1GrowingP99Us: pair.appendGrowing.p99Us,
    appendBatch1EventLoopP50Us: pair.appendEventLoop.p50Us,
    appendBatch1EventLoopP99Us: pair.appendEventLoop.p99Us,
    appendBatch1SegmentsPreallocated: pair.appendStats.segmentsPreallocated,
    appendBatch1SegmentsCreated: pair.appendStats.segmentsCreated,
    appendBatch1SpareWaits: pair.appendStats.spareWaits,
  });
  const overRaw = pair.append.p50Us / pair.rawLatency.p50Us;
  // The physical limit of a preallocated segment's append: an overwrite of synced zeros.
  report.appendBatch1OverRawFdatasync = round(overRaw, 3);
  report.appendBatch1OverRawPrezeroedFdatasync = round(
    pair.append.p50Us / pair.prezeroedLatency.p50Us,
    3,
  );
  met.appendBatch1Latency = overRaw <= TARGETS.appendBatch1OverRawFdatasyncMax;
  report.appendBatch1EventLoopOverRawPrezeroedFdatasync = round(
    pair.appendEventLoop.p50Us / pair.prezeroedLatency.p50Us,
    3,
  );
}

function addBandwidth(report: Report, met: Verdicts, pair: BandwidthPair) {
  report.rawSeqChunkBytes = pair.sequential.chunkBytes;
  report.rawSeqMBps = round(pair.sequential.megabytesPerSecond);
  report.rawSeq1MiBMBps = round(pair.sequential1MiB.megabytesPerSecond);
  addAppend(report, pair.append);
  const overRaw = pair.append.fileMegabytesPerSecond / pair.sequential.megabytesPerSecond;
  const tail = pair.append.p99Us / pair.append.p50Us;
  report.batch1024OverRawSeq = round(overRaw, 3);
  report.batch1024P99OverP50 = round(tail, 2);
  met.batch1024Bandwidth = overRaw >= TARGETS.batch1024OverRawSeqMin;
  met.batch1024Tail = tail <= TARGETS.batch1024P99OverP50Max;
}

function addGroups(report: Report, met: Verdicts, groups: readonly GroupCommitResult[]) {
  for (const result of groups) {
    const name = `groupCommit${result.appenders}`;
    report[`${name}EntriesPerSec`] = Math.round(result.entriesPerSecond);
    report[`${name}FsyncsPerSec`] = Math.round(result.fsyncsPerSecond);
    report[`${name}EntriesPerFsync`] = round(result.entriesPerFsync);
    report[`${name}P50Us`] = result.p50Us;
    report[`${name}P99Us`] = result.p99Us;
  }
  const group256 = groups.find((result) => result.appenders === 256);
  if (group256 !== undefined) {
    met.groupCommit256 = group256.entriesPerSecond >= TARGETS.groupCommit256EntriesPerSecMin;
  }
}

function addRecovery(report: Report, met: Verdicts, recovery: Recovery) {
  const measured = recovery.measurement;
  const heapAndArrayBuffersMB = round(
    (measured.heapUsedBytes + measured.arrayBuffersBytes) / MEGABYTE,
  );
  const indexBytesPerEntry = round(measured.indexMemoryBytes / measured.entries, 2);
  Object.assign(report, {
    recover1MWriteSeconds: round(recovery.written.seconds, 2),
    recover1MSegments: measured.segments,
    recover1MSeconds: round(measured.openSeconds, 3),
    recover1MHeapMB: round(measured.heapUsedBytes / MEGABYTE),
    recover1MHeapAndArrayBuffersMB: heapAndArrayBuffersMB,
    recover1MRssMB: round(measured.rssBytes / MEGABYTE),
    recover1MArrayBuffersMB: round(measured.arrayBuffersBytes / MEGABYTE),
    recover1MIndexBytesPerEntry: indexBytesPerEntry,
  });
  met.recover1MTime = measured.openSeconds <= TARGETS.recover1MSecondsMax;
  // Judged with the ArrayBuffers included: the offset index lives in typed arrays, whose
  // backing stores heapUsed does not count.
  met.recover1MHeap = heapAndArrayBuffersMB <= TARGETS.recover1MHeapMBMax;
  met.recover1MIndex = indexBytesPerEntry <= TARGETS.recover1MIndexBytesPerEntryMax;
}

/** The figures of the sections measured, and the verdicts on the targets they bear on. */
function buildReport(measured: Measured): Report {
  const report: Report = {};
  const met: Verdicts = {};
  if (measured.latency !== undefined) addLatency(report, met, measured.latency);
  if (measured.bandwidth !== undefined) addBandwidth(report, met, measured.bandwidth);
  for (const result of measured.batches ?? []) addAppend(report, result);
  if (measured.groups !== undefined) addGroups(report, met, measured.groups);
  if (measured.recovery !== undefined) addRecovery(report, met, measured.recovery);
  return {
    ...report,
    targets: TARGETS,
    targetsMet: met,
    allTargetsMet: Object.values(met).every(Boolean),
    node: process.version,
  };
}

function verdict(met: boolean | undefined): string {
  return met ? "PASS" : "MISS";
}

type Row = [string, string, string];

function appendRow(r: Record<string, number>, batch: number): Row {
  return [
    `append batch ${batch} p50 / p99`,
    `${r[`appendBatch${batch}P50Us`]} / ${r[`appendBatch${batch}P99Us`]} µs`,
    `${r[`appendBatch${batch}EntriesPerSec`]} entries/s, file ${r[`batch${batch}MBps`]} MB/s, payload ${r[`batch${batch}PayloadMBps`]} MB/s, zeros ${r[`batch${batch}ZeroFillBytesPerLogByte`]} B/B`,
  ];
}

function latencyRows(r: Record<string, number>, met: Verdicts): Row[] {
  return [
    [
      "raw 4 KiB append+fdatasync p50 / p99",
      `${r.rawFdatasyncP50Us} / ${r.rawFdatasyncP99Us} µs`,
      "limit",
    ],
    [
      "raw 4 KiB pre-zeroed overwrite+fdatasync p50 / p99",
      `${r.rawPrezeroedFdatasyncP50Us} / ${r.rawPrezeroedFdatasyncP99Us} µs`,
      "limit of preallocated segments",
    ],
    [
      "raw 4 KiB overwrite of one block+fdatasync p50 / p99",
      `${r.rawOverwriteFdatasyncP50Us} / ${r.rawOverwriteFdatasyncP99Us} µs`,
      "reference",
    ],
    appendRow(r, 1),
    [
      "append batch 1, growing segments p50 / p99",
      `${r.appendBatch1GrowingP50Us} / ${r.appendBatch1GrowingP99Us} µs`,
      `preallocateSegments: false (above: ${r.appendBatch1SegmentsPreallocated} of ${r.appendBatch1SegmentsCreated} segments preallocated, ${r.appendBatch1SpareWaits} spare waits)`,
    ],
    [
      "appendBatch1 p50 / raw fdatasync p50",
      `${r.appendBatch1OverRawFdatasync}`,
      `target <= ${TARGETS.appendBatch1OverRawFdatasyncMax}  ${verdict(met.appendBatch1Latency)}`,
    ],
    [
      "appendBatch1 p50 / raw pre-zeroed fdatasync p50",
      `${r.appendBatch1OverRawPrezeroedFdatasync}`,
      "against the limit of preallocated segments",
    ],
    [
      "append batch 1, event-loop writes p50 / p99",
      `${r.appendBatch1EventLoopP50Us} / ${r.appendBatch1EventLoopP99Us} µs`,
      `durableWriteThread "event-loop" (a RaftNode's default); p50 / raw pre-zeroed p50: ${r.appendBatch1EventLoopOverRawPrezeroedFdatasync}`,
    ],
  ];
}

function bandwidthRows(r: Record<string, number>, met: Verdicts): Row[] {
  return [
    [`raw sequential durable, ${r.rawSeqChunkBytes} B writes`, `${r.rawSeqMBps} MB/s`, "limit"],
    ["raw sequential durable, 1 MiB writes", `${r.rawSeq1MiBMBps} MB/s`, "reference"],
    appendRow(r, 1024),
    [
      "batch1024 file MB/s / raw seq MB/s",
      `${r.batch1024OverRawSeq}`,
      `target >= ${TARGETS.batch1024OverRawSeqMin}  ${verdict(met.batch1024Bandwidth)}`,
    ],
    [
      "batch1024 p99 / p50",
      `${r.batch1024P99OverP50}`,
      `target <= ${TARGETS.batch1024P99OverP50Max}  ${verdict(met.batch1024Tail)}`,
    ],
  ];
}

function groupRows(r: Record<string, number>, met: Verdicts): Row[] {
  const rows: Row[] = GROUP_COMMIT_APPENDERS.map((appenders) => {
    const name = `groupCommit${appenders}`;
    return [
      `group commit ${appenders} appenders`,
      `${r[`${name}EntriesPerSec`]} entries/s`,
      `${r[`${name}FsyncsPerSec`]} fsyncs/s, ${r[`${name}EntriesPerFsync`]} entries/fsync, p50 ${r[`${name}P50Us`]} µs, p99 ${r[`${name}P99Us`]} µs`,
    ];
  });
  rows.push([
    "group commit 256 appenders",
    `${r.groupCommit256EntriesPerSec} entries/s`,
    `target >= ${TARGETS.groupCommit256EntriesPerSecMin}  ${verdict(met.groupCommit256)}`,
  ]);
  return rows;
}

function recoveryRows(r: Record<string, number>, met: Verdicts): Row[] {
  return [
    [
      "recover 1M entries: open time",
      `${r.recover1MSeconds} s`,
      `${r.recover1MSegments} segments, written in ${r.recover1MWriteSeconds} s; target <= ${TARGETS.recover1MSecondsMax}  ${verdict(met.recover1MTime)}`,
    ],
    [
      "recover 1M entries: heap kept",
      `${r.recover1MHeapMB} MB`,
      `rss +${r.recover1MRssMB} MB, arrayBuffers +${r.recover1MArrayBuffersMB} MB`,
    ],
    [
      "recover 1M: heapUsed + arrayBuffers",
      `${r.recover1MHeapAndArrayBuffersMB} MB`,
      `target <= ${TARGETS.recover1MHeapMBMax}  ${verdict(met.recover1MHeap)}`,
    ],
    [
      "recover 1M: index bytes per entry",
      `${r.recover1MIndexBytesPerEntry}`,
      `target <= ${TARGETS.recover1MIndexBytesPerEntryMax}  ${verdict(met.recover1MIndex)}`,
    ],
  ];
}

function printTable(report: Report, measured: Measured): void {
  const r = report as unknown as Record<string, number>;
  const met = report.targetsMet as Verdicts;
  const rows: Row[] = [];
  if (measured.latency !== undefined) rows.push(...latencyRows(r, met));
  if (measured.bandwidth !== undefined) rows.push(...bandwidthRows(r, met));
  for (const result of measured.batches ?? []) rows.push(appendRow(r, result.batchEntries));
  if (measured.groups !== undefined) rows.push(...groupRows(r, met));
  if (measured.recovery !== undefined) rows.push(...recoveryRows(r, met));
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map(
    ([metric, value, note]) =>
      `${metric.padEnd(widths[0] ?? 0)}  ${value.padStart(widths[1] ?? 0)}  ${note}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(): Promise<void> {
  const options = parseBenchOptions("bench-wal", HELP, SECTIONS);
  if (options === undefined) {
    return;
  }
  const runs = chosenSections(SECTIONS, options.only);
  prepareBenchDirectory(options);
  progress(`data directory ${options.directory}`);
  try {
    const measured: Measured = {};
    if (runs("latency")) measured.latency = await measureLatencyPair(options);
    if (runs("bandwidth")) measured.bandwidth = await measureBandwidthPair(options);
    if (runs("batches")) measured.batches = await measureMiddleBatches(options);
    if (runs("group")) measured.groups = await measureGroupCommits(options);
    if (runs("recovery")) measured.recovery = await measureRecovery(options);
    const report = buildReport(measured);
    printTable(report, measured);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }
  } finally {
    fs.rmSync(options.directory, { recursive: true, force: true });
  }
}

await runBench("bench:wal", main);
