#!/usr/bin/env node
/**
 * The `ruvraft` command. For now it operates the segment log directly; running nodes and
 * local clusters come with the transport and node layers.
 *
 *   ruvraft log append --data DIR [--entries N] [--size BYTES] [--batch N] [--concurrency N]
 *   ruvraft log info --data DIR
 *   ruvraft demo [--data DIR]          (what `npm start` runs)
 */
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { SegmentLog } from "../storage/index.js";
import { RuvraftError } from "../util/errors.js";
import { type AppendReport, appendEntries } from "./log-commands.js";

/** Where `ruvraft demo` (and so `npm start`) keeps its data unless --data says otherwise. */
export const DEMO_DATA_DIRECTORY = "data/demo";

function positiveInteger(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < 1) {
      throw new InvalidArgumentError(`${name} must be a positive integer, got "${value}"`);
    }
    return parsed;
  };
}

function printAppend(report: AppendReport, directory: string): void {
  const rate = report.appended / Math.max(report.seconds, 1e-9);
  process.stdout.write(
    `appended ${report.appended} entries [${report.firstIndex}, ${report.lastIndex}] to ${directory} ` +
      `in ${report.seconds.toFixed(2)} s (${Math.round(rate)} entries/s, ${report.fsyncs} fsyncs, ` +
      `${report.segments} segments)\n`,
  );
}

function buildProgram(): Command {
  const program = new Command("ruvraft")
    .description("ruvector-raft: Raft consensus for Ruvector cluster metadata")
    .showHelpAfterError();
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
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof RuvraftError) {
      process.stderr.write(`ruvraft: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

await main();
