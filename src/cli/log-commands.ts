/**
 * `ruvraft log append|info` (a segment log alone, no node running) and `ruvraft demo`; the
 * append itself (appendEntries) is usable from tests without running the CLI.
 */
import path from "node:path";
import type { Command } from "commander";
import { EntryType, type LogEntry, SegmentLog } from "../storage/index.js";
import { positiveInteger } from "./flag-values.js";

/** Where `ruvraft demo` keeps its data unless --data says otherwise. */
export const DEMO_DATA_DIRECTORY = "data/demo";

export interface AppendRun {
  directory: string;
  entries: number;
  sizeBytes: number;
  batch: number;
  concurrency: number;
}

export interface AppendReport {
  firstIndex: number;
  lastIndex: number;
  appended: number;
  fsyncs: number;
  seconds: number;
  segments: number;
}

/**
 * Appends `entries` entries of `sizeBytes` bytes, `batch` per append call, with up to
 * `concurrency` appends in flight (they share fsyncs through group commit).
 */
export async function appendEntries(run: AppendRun): Promise<AppendReport> {
  const log = await SegmentLog.open(run.directory);
  try {
    const started = process.hrtime.bigint();
    let next = log.lastIndex() + 1;
    const first = next;
    const end = next + run.entries;
    const term = Math.max(
      1,
      log.hardState().term,
      next > log.firstIndex() ? log.term(next - 1) : 1,
    );
    const inFlight = new Set<Promise<void>>();
    // Bounded: each pass issues one append until `entries` are issued.
    while (next < end) {
      const count = Math.min(run.batch, end - next);
      const batch: LogEntry[] = [];
      for (let i = 0; i < count; i++, next++) {
        batch.push({
          index: next,
          term,
          type: EntryType.NORMAL,
          data: payload(next, run.sizeBytes),
        });
      }
      const append = log.append(batch).finally(() => inFlight.delete(append));
      inFlight.add(append);
      if (inFlight.size >= run.concurrency) {
        await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    await log.setHardState({ term, vote: 0, commit: log.hardState().commit });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      firstIndex: first,
      lastIndex: log.lastIndex(),
      appended: run.entries,
      fsyncs: log.stats.fsyncs,
      seconds,
      segments: log.segmentFiles().length,
    };
  } finally {
    await log.close();
  }
}

function payload(index: number, sizeBytes: number): Uint8Array {
  const text = `entry ${index} `;
  const bytes = new Uint8Array(sizeBytes);
  for (let i = 0; i < sizeBytes; i++) {
    bytes[i] = text.charCodeAt(i % text.length);
  }
  return bytes;
}

/** `ruvraft log append|info`. */
export function addLogCommands(program: Command): void {
  const log = program
    .command("log")
    .description("operate a segment log directly (no node running)");
  log
    .command("append")
    .description("append entries to the log in --data (created if missing), durably")
    .requiredOption("--data <dir>", "data directory")
    .option("--entries <n>", "entries to append", positiveInteger("--entries"), 10_000)
    .option("--size <bytes>", "bytes of data per entry", positiveInteger("--size"), 256)
    .option("--batch <n>", "entries per append call", positiveInteger("--batch"), 64)
    .option(
      "--concurrency <n>",
      "append calls in flight (group commit)",
      positiveInteger("--concurrency"),
      16,
    )
    .action(
      async (options: {
        data: string;
        entries: number;
        size: number;
        batch: number;
        concurrency: number;
      }) => {
        const report = await appendEntries({
          directory: options.data,
          entries: options.entries,
          sizeBytes: options.size,
          batch: options.batch,
          concurrency: options.concurrency,
        });
        printAppend(report, options.data);
      },
    );
  log
    .command("info")
    .description("open the log in --data (running recovery) and print its state")
    .requiredOption("--data <dir>", "data directory")
    .action(async (options: { data: string }) => {
      const opened = await SegmentLog.open(options.data);
      try {
        process.stdout.write(
          `${JSON.stringify({
            directory: options.data,
            firstIndex: opened.firstIndex(),
            lastIndex: opened.lastIndex(),
            hardState: opened.hardState(),
            recovery: opened.recovery,
          })}\n`,
        );
      } finally {
        await opened.close();
      }
    });
}

/** `ruvraft demo`: 10,000 entries, and how to inspect and verify them. */
export function addDemoCommand(program: Command): void {
  program
    .command("demo")
    .description(
      `append 10,000 entries to a log under ${DEMO_DATA_DIRECTORY} (or --data) and say how to inspect it`,
    )
    .option("--data <dir>", "data directory", DEMO_DATA_DIRECTORY)
    .action(async (options: { data: string }) => {
      const report = await appendEntries({
        directory: options.data,
        entries: 10_000,
        sizeBytes: 256,
        batch: 16,
        concurrency: 32,
      });
      printAppend(report, options.data);
      const dump = path.join("dist", "tools", "dump.js");
      process.stdout.write(
        `inspect it:  node ${dump} ${options.data} --from ${report.lastIndex - 4}\n` +
          `verify it:   node ${dump} --verify ${options.data}\n`,
      );
    });
}

function printAppend(report: AppendReport, directory: string): void {
  const rate = report.appended / Math.max(report.seconds, 1e-9);
  process.stdout.write(
    `appended ${report.appended} entries [${report.firstIndex}, ${report.lastIndex}] to ${directory} ` +
      `in ${report.seconds.toFixed(2)} s (${Math.round(rate)} entries/s, ${report.fsyncs} fsyncs, ` +
      `${report.segments} segments)\n`,
  );
}
