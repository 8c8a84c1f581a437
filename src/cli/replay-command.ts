/**
 * `ruvraft replay DATA_DIR [--at INDEX] [-o table|json]`: the metadata view of a node's data
 * directory at an index, rebuilt offline and read-only (src/node/replay.ts): "what did
 * placement look like before the incident at index N".
 */
import { type Command, Option } from "commander";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataQuery,
  type MetadataResult,
  metadataCodec,
} from "../metadata/index.js";
import { type ReplayResult, replayDataDirectory } from "../node/replay.js";
import { observeApplies } from "../node/state-machine.js";
import { InvalidArgumentError } from "../util/errors.js";
import { positiveInteger } from "./flag-values.js";
import { EXIT_USAGE, formatTable, type OutputFormat, parseOutputFormat, render } from "./output.js";
import { createProgress, PROGRESS_MODES, type ProgressMode } from "./progress.js";

/** `auto` draws a bar only for replays longer than this many entries. */
const REPLAY_PROGRESS_THRESHOLD_ENTRIES = 100_000;

export interface ReplayCommandOptions {
  atIndex?: number;
  output: OutputFormat;
  progress: ProgressMode;
  /** Also list every event applied after the snapshot, with its outcome. */
  events: boolean;
}

/** An event applied during the replay and what apply answered. */
export interface ReplayedEvent {
  index: number;
  event: MetadataEvent;
  /** Undefined: applied; else the rule that rejected it. */
  rejectedBy?: string;
  reason?: string;
}

export interface ReplayReport {
  result: ReplayResult;
  projector: MetadataProjector;
  warnings: string[];
  events: ReplayedEvent[];
}

/** Replays `dataDirectory` into a new MetadataProjector. */
export async function replayMetadata(
  dataDirectory: string,
  options: Pick<ReplayCommandOptions, "atIndex" | "progress" | "events">,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<ReplayReport> {
  const projector = new MetadataProjector();
  const events: ReplayedEvent[] = [];
  // The projector, recording each event's outcome when --events asks for them.
  const stateMachine = observeApplies(projector, (entry, response) => {
    if (!options.events) return;
    events.push(
      response.ok
        ? { index: entry.index, event: entry.command }
        : {
            index: entry.index,
            event: entry.command,
            rejectedBy: response.rule,
            reason: response.reason,
          },
    );
  });
  const warnings: string[] = [];
  const progress = createProgress(options.progress, stderr, {
    tool: "ruvraft replay",
    kind: "entries",
    threshold: REPLAY_PROGRESS_THRESHOLD_ENTRIES,
  });
  let started = false;
  let lastApplied = 0;
  try {
    const result = await replayDataDirectory(dataDirectory, stateMachine, metadataCodec, {
      ...(options.atIndex === undefined ? {} : { atIndex: options.atIndex }),
      onWarning: (text) => warnings.push(text),
      onProgress: (applied, total) => {
        if (!started) {
          progress.start(total);
          started = true;
        }
        progress.advance(applied - lastApplied);
        lastApplied = applied;
      },
    });
    return { result, projector, warnings, events };
  } finally {
    progress.stop();
  }
}

function resultOf(projector: MetadataProjector, query: MetadataQuery): MetadataResult {
  const response = projector.query(query);
  if (!response.ok || response.result === undefined) {
    throw new Error(`replay: the projector did not answer ${query.type}`);
  }
  return response.result;
}

/** The view's listings, each as the matching `ctl ... list` prints it. */
function listings(projector: MetadataProjector): Record<string, MetadataResult> {
  const collections = resultOf(projector, { type: "listCollections" });
  const shards =
    collections.type === "collections"
      ? collections.collections.flatMap(({ spec }) => {
          const result = resultOf(projector, { type: "shardsOfCollection", collection: spec.name });
          return result.type === "shards" ? result.shards : [];
        })
      : [];
  return {
    nodes: resultOf(projector, { type: "listNodes" }),
    collections,
    aliases: resultOf(projector, { type: "listAliases" }),
    shards: { type: "shards", shards },
    settings: resultOf(projector, { type: "getSettings" }),
  };
}

/** Where the replay started and what it read, one line. */
function summaryLine(dataDirectory: string, result: ReplayResult): string {
  const base =
    result.snapshot === undefined
      ? "no snapshot"
      : `the snapshot at index ${result.snapshot.index} (${result.snapshot.file})`;
  return `${dataDirectory} at index ${result.appliedIndex}: ${base} + ${result.entriesApplied} entries applied; log ${result.logFirstIndex}..${result.logLastIndex}, commit index on disk ${result.commitIndex}`;
}

/** The report as printed: `table` (sections, as ctl prints them) or `json` (one document). */
export function renderReplay(
  dataDirectory: string,
  report: ReplayReport,
  format: OutputFormat,
): string {
  const { result, projector } = report;
  const lists = listings(projector);
  const rejected = Object.fromEntries(projector.summary().rejectedByRule);
  if (format !== "table") {
    const document = {
      dataDirectory,
      appliedIndex: result.appliedIndex,
      snapshot: result.snapshot ?? null,
      log: {
        firstIndex: result.logFirstIndex,
        lastIndex: result.logLastIndex,
        commitIndex: result.commitIndex,
      },
      entriesApplied: result.entriesApplied,
      warnings: report.warnings,
      members: Object.fromEntries(result.members),
      ...Object.fromEntries(
        Object.entries(lists).map(([name, listing]) => [name, jsonListing(listing)]),
      ),
      rejectedEventsByRule: rejected,
      ...(report.events.length === 0 ? {} : { events: report.events }),
    };
    return `${JSON.stringify(document)}\n`;
  }
  const sections = [summaryLine(dataDirectory, result)];
  for (const [name, listing] of Object.entries(lists)) {
    sections.push(`${name.toUpperCase()}\n${render(listing, "table").trimEnd()}`);
  }
  const rules = Object.entries(rejected);
  if (rules.length > 0) {
    sections.push(
      `REJECTED EVENTS SINCE THE SNAPSHOT\n${formatTable([
        ["RULE", "COUNT"],
        ...rules.map(([rule, count]) => [rule, String(count)]),
      ]).trimEnd()}`,
    );
  }
  if (report.events.length > 0) {
    sections.push(
      `EVENTS\n${formatTable([
        ["INDEX", "EVENT", "OUTCOME"],
        ...report.events.map((item) => [
          String(item.index),
          item.event.type,
          item.rejectedBy === undefined ? "applied" : `rejected: ${item.rejectedBy}`,
        ]),
      ]).trimEnd()}`,
    );
  }
  return `${sections.join("\n\n")}\n`;
}

/** A listing's JSON form without its type tag (as `ctl ... -o json` prints it). */
function jsonListing(listing: MetadataResult): unknown {
  return JSON.parse(render(listing, "json"));
}

export function addReplayCommand(program: Command): void {
  program
    .command("replay <data-dir>")
    .description(
      "the metadata view (nodes, collections, aliases, shards, settings) of a node's data directory at an index, rebuilt offline from its newest usable snapshot and its log; read-only: takes no lock and never writes, so it runs beside a live node",
    )
    .option(
      "--at <index>",
      "the index to stop at (inclusive; default: the log's last entry)",
      positiveInteger("--at"),
    )
    .option("-o, --output <format>", "table or json", parseOutputFormat, "table")
    .option("--events", "also list every event applied after the snapshot and its outcome")
    .addOption(
      new Option("--progress <when>", "progress bar on stderr")
        .choices([...PROGRESS_MODES])
        .default("auto"),
    )
    .addHelpText(
      "after",
      `
The replay opens the directory with the node's own start-up rules, in memory only: a torn
tail at the end of the log is read up to, a snapshot that fails its checks is passed over for
the next older one, and each is reported on stderr. Entries above the commit index recorded on
disk are replayed when --at asks for them, with a warning (the recorded commit can lag).
Exit codes: 0 ok, 1 the directory cannot be read, 2 usage (e.g. an index out of reach).`,
    )
    .exitOverride((error) => {
      process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
    })
    .action(
      async (
        dataDirectory: string,
        options: { at?: number; output: OutputFormat; events?: boolean; progress: ProgressMode },
      ) => {
        if (options.output === "jsonl") {
          throw new InvalidArgumentError("-o must be table or json for replay");
        }
        const report = await replayMetadata(dataDirectory, {
          ...(options.at === undefined ? {} : { atIndex: options.at }),
          progress: options.progress,
          events: options.events === true,
        });
        for (const warning of report.warnings) {
          process.stderr.write(`ruvraft replay: warning: ${warning}\n`);
        }
        process.stdout.write(renderReplay(dataDirectory, report, options.output));
      },
    );
}
