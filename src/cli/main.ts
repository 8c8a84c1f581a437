#!/usr/bin/env node
/**
 * The `ruvraft` command (`ruvraft --help`, `ruvraft <command> --help`):
 *
 *   ruvraft node --config FILE | --node-id N --peers 1=h:p,... --data DIR   run one node
 *   ruvraft cluster [--nodes 3] [--data data/cluster] [--base-port 7400]    what `npm start` runs
 *   ruvraft ctl [--endpoints h:p,...] status|members|put|get|add-node|...   operate a cluster
 *   ruvraft log append|info --data DIR                                      the segment log alone
 *   ruvraft replay DATA_DIR [--at INDEX] [-o json]                          the metadata view, offline
 *   ruvraft demo [--data DIR]                                               write and verify a log
 */
import path from "node:path";
import { Command, Option } from "commander";
import { ClientTimeoutError } from "../client/raft-client.js";
import { SegmentLog } from "../storage/index.js";
import { InvalidArgumentError, RuvraftError } from "../util/errors.js";
import { CLUSTER_DEFAULTS, defaultEndpoints, runCluster } from "./cluster-command.js";
import {
  type CtlOptions,
  DEFAULT_SECRET_FILE,
  healthTable,
  parseConsistency,
  statusTable,
  withClient,
} from "./ctl-command.js";
import { type AppendReport, appendEntries } from "./log-commands.js";
import { addMetadataCommands } from "./metadata-commands.js";
import { runNode } from "./node-command.js";
import { type NodeCommandFlags, resolveNodeSettings } from "./node-settings.js";
import {
  EXIT_REJECTED,
  EXIT_UNAVAILABLE,
  EXIT_USAGE,
  type OutputFormat,
  parseOutputFormat,
  render,
} from "./output.js";
import { PROGRESS_MODES, type ProgressMode } from "./progress.js";
import { renderReplay, replayMetadata } from "./replay-command.js";
import { addVectorCommands } from "./vector-commands.js";

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
  addNodeCommand(program);
  addClusterCommand(program);
  addCtlCommand(program);
  addReplayCommand(program);
  return program;
}

function addReplayCommand(program: Command): void {
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

function addNodeCommand(program: Command): void {
  program
    .command("node")
    .description("run one node (JSON-lines logs on stdout; SIGTERM or SIGINT stops it cleanly)")
    .option("--config <file>", "JSON config file (keys: see README, 'Running a node')")
    .option("--node-id <n>", "this node's id (env RUVRAFT_NODE_ID)")
    .option(
      "--peers <list>",
      "every member of a new cluster: 1=host:port,2=host:port,... (env RUVRAFT_PEERS)",
    )
    .option("--data <dir>", "data directory (env RUVRAFT_DATA)")
    .option(
      "--cluster-id <name>",
      "cluster name every member shares (env RUVRAFT_CLUSTER_ID; default ruvraft)",
    )
    .option("--join", "join an existing cluster instead of bootstrapping one (env RUVRAFT_JOIN=1)")
    .option(
      "--listen <host:port>",
      "listen address (env RUVRAFT_LISTEN; default: this node's address in --peers)",
    )
    .option(
      "--admin-port <port>",
      "admin HTTP port for /metrics, /health, /status (env RUVRAFT_ADMIN_PORT)",
    )
    .option(
      "--admin-listen <host>",
      "host the admin HTTP server binds to (env RUVRAFT_ADMIN_LISTEN; default 127.0.0.1: it has no authentication, keep it on the management side)",
    )
    .option(
      "--log-level <level>",
      "fatal|error|warn|info|debug (env RUVRAFT_LOG_LEVEL; default info)",
    )
    .option(
      "--state-machine <name>",
      "metadata (Ruvector cluster metadata, default) | kv (a key-value store) (env RUVRAFT_STATE_MACHINE)",
    )
    .option(
      "--engine <name>",
      "ruvector (default with metadata: hold this node's shards in @ruvector/core stores under <data>/engine) | none (metadata only) (env RUVRAFT_ENGINE)",
    )
    .option(
      "--data-address <host:port>",
      "the data-plane address recorded for this node in the metadata (env RUVRAFT_DATA_ADDRESS; default: its address in --peers)",
    )
    .option(
      "--capacity <size>",
      "this node's storage capacity recorded in the metadata: bytes, or 500GB, 64GiB, ... (env RUVRAFT_CAPACITY)",
    )
    .option(
      "--label <key=value>",
      "a label recorded for this node, such as zone=a; repeat for more (env RUVRAFT_LABELS=zone=a,rack=r1)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option("--exit-with-parent", "stop when the parent process exits (ruvraft cluster sets it)")
    .option(
      "--force-new-cluster",
      "DANGEROUS, only to recover from a lost majority: restart this node alone as a new one-node cluster from its committed data (see docs/operations.md)",
    )
    .option(
      "--rebuild",
      "move the data directory aside and restore this node from the other members (removed, re-added as a learner, caught up, promoted back)",
    )
    .option("--tls-cert <file>", "mutual TLS: this node's certificate (env RUVRAFT_TLS_CERT)")
    .option("--tls-key <file>", "mutual TLS: this node's key (env RUVRAFT_TLS_KEY)")
    .option("--tls-ca <file>", "mutual TLS: the CA certificate (env RUVRAFT_TLS_CA)")
    .option(
      "--insecure",
      "listen beyond loopback without a shared secret or TLS: anyone who reaches the node may write, read and change the membership (env RUVRAFT_INSECURE=1)",
    )
    .addHelpText(
      "after",
      "\nSecrets come from the environment (or the config file), never a flag: RUVRAFT_SHARED_SECRET (sharedSecret), the cluster secret that peers and administrators prove; RUVRAFT_CLIENT_SECRET (clientSecret), optional, which lets clients propose and read only (membership, transfer and snapshot need the cluster secret). Without either secret or TLS the node refuses to listen beyond loopback unless --insecure.",
    )
    .action(async (flags: NodeCommandFlags) => {
      process.exitCode = await runNode(resolveNodeSettings(flags, process.env));
    });
}

function addClusterCommand(program: Command): void {
  program
    .command("cluster")
    .description(
      `run a local cluster of node processes on loopback: node <id> listens on 127.0.0.1:(base-port + id), admin HTTP on base-port + 100 + id`,
    )
    .option("--nodes <n>", "number of nodes", positiveInteger("--nodes"), CLUSTER_DEFAULTS.nodes)
    .option(
      "--data <dir>",
      "data directory (one sub-directory and one log file per node)",
      CLUSTER_DEFAULTS.dataDirectory,
    )
    .option(
      "--base-port <port>",
      "node <id> listens on base-port + id",
      positiveInteger("--base-port"),
      CLUSTER_DEFAULTS.basePort,
    )
    .option(
      "--state-machine <name>",
      "metadata (Ruvector cluster metadata) | kv (key-value)",
      "metadata",
    )
    .action(
      async (options: { nodes: number; data: string; basePort: number; stateMachine: string }) => {
        if (options.stateMachine !== "metadata" && options.stateMachine !== "kv") {
          throw new InvalidArgumentError(
            `--state-machine must be metadata or kv, got "${options.stateMachine}"`,
          );
        }
        process.exitCode = await runCluster({
          nodes: options.nodes,
          dataDirectory: options.data,
          basePort: options.basePort,
          stateMachine: options.stateMachine,
        });
      },
    );
}

function addCtlCommand(program: Command): void {
  const ctl = program
    .command("ctl")
    .description("operate a running cluster (default: the local `ruvraft cluster`)")
    .option("--endpoints <list>", "host:port,... of nodes", defaultEndpoints().join(","))
    .option("--cluster-id <name>", "cluster name", "ruvraft")
    .option("--timeout <ms>", "give up after this long", positiveInteger("--timeout"), 10_000)
    .option(
      "--secret-file <file>",
      `a file holding the cluster secret, used when RUVRAFT_SHARED_SECRET and RUVRAFT_CLIENT_SECRET are unset (default: ${DEFAULT_SECRET_FILE}, which \`ruvraft cluster\` writes, when it exists)`,
    )
    .option(
      "-o, --output <format>",
      "table (aligned columns) | json (one document) | jsonl (one line per item)",
      parseOutputFormat,
      "table",
    )
    .addHelpText(
      "after",
      "\nExit codes: 0 done; 1 rejected by a metadata rule or refused by the cluster; 2 usage (a flag or argument out of range); 3 no answer (no endpoint reachable, no leader, or a timeout: a change's outcome is then unknown).",
    )
    // Commander's own usage errors (unknown option, missing argument) exit 2 too; the
    // subcommands added below inherit this.
    .exitOverride((error) => {
      process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
    });
  const options = (): CtlOptions => {
    const raw = ctl.opts<{
      endpoints: string;
      clusterId: string;
      timeout: number;
      secretFile?: string;
      output: OutputFormat;
    }>();
    return {
      endpoints: raw.endpoints.split(",").filter((e) => e !== ""),
      clusterId: raw.clusterId,
      timeoutMs: raw.timeout,
      ...(raw.secretFile === undefined ? {} : { secretFile: raw.secretFile }),
      output: raw.output,
    };
  };
  const print = (value: unknown) =>
    process.stdout.write(`${typeof value === "string" ? value : JSON.stringify(value)}\n`);
  ctl
    .command("status")
    .description(
      "one row per endpoint: id, address, role, learner, term, leader, commit, applied, lag (the leader's last index minus the node's applied index), log size (its segment files and spare on disk), version; exits 3 when no endpoint answers",
    )
    .action(async () => {
      const status = await statusTable(options());
      process.stdout.write(status.text);
      if (status.reachable === 0) process.exitCode = EXIT_UNAVAILABLE;
    });
  ctl
    .command("health")
    .description(
      "each endpoint: does it answer, know a leader, and complete a linearizable read through it (a ReadIndex round trip), and how long that took; exits 3 when any endpoint is unhealthy",
    )
    .action(async () => {
      const health = await healthTable(options());
      process.stdout.write(health.text);
      if (health.healthy < health.total) process.exitCode = EXIT_UNAVAILABLE;
    });
  ctl
    .command("members")
    .description("the members, their addresses and roles")
    .action(async () => {
      const answer = await withClient(options(), (client) => client.members());
      const members = answer.members ?? [];
      const leaderId = Number(answer.leaderId ?? 0);
      process.stdout.write(
        render(
          {
            type: "members",
            members: members.map((member) => ({
              nodeId: Number(member.nodeId ?? 0),
              address: member.address ?? "",
              voter: member.voter ?? false,
              learner: member.learner ?? false,
            })),
            leaderId,
          },
          options().output,
        ),
      );
    });
  addMetadataCommands(ctl, options);
  addVectorCommands(ctl, options);
  ctl
    .command("put <key> <value>")
    .description("kv state machine: set a key (exactly once)")
    .action(async (key: string, value: string) => {
      print(await withClient(options(), (_, kv) => kv.put(key, value)));
    });
  ctl
    .command("delete <key>")
    .description("kv state machine: delete a key (exactly once)")
    .action(async (key: string) => {
      print(await withClient(options(), (_, kv) => kv.delete(key)));
    });
  ctl
    .command("get <key>")
    .description("kv state machine: read a key")
    .option("--consistency <mode>", "linearizable | lease | stale", "linearizable")
    .action(async (key: string, flags: { consistency: string }) => {
      print(
        await withClient(options(), (_, kv) =>
          kv.query({ op: "get", key }, parseConsistency(flags.consistency)),
        ),
      );
    });
  const id = positiveInteger("node id");
  ctl
    .command("add-node <id> <address>")
    .description("add a voter")
    .action(async (nodeId: string, address: string) => {
      await withClient(options(), (client) => client.addNode(id(nodeId), address));
      print(`added node ${nodeId} (${address}) as a voter`);
    });
  ctl
    .command("add-learner <id> <address>")
    .description("add a learner")
    .action(async (nodeId: string, address: string) => {
      await withClient(options(), (client) => client.addLearner(id(nodeId), address));
      print(`added node ${nodeId} (${address}) as a learner`);
    });
  ctl
    .command("promote <id>")
    .description(
      "make a learner a voter; refused while it is more than promoteLagEntryCountMax (1000) entries behind the leader's commit index (wait for LAG 0 in `ctl status`)",
    )
    .option("--force", "promote even a learner that has not caught up", false)
    .action(async (nodeId: string, flags: { force: boolean }) => {
      await withClient(options(), (client) => client.promote(id(nodeId), { force: flags.force }));
      print(`promoted node ${nodeId}`);
    });
  ctl
    .command("remove-node <id>")
    .description("remove a member")
    .action(async (nodeId: string) => {
      await withClient(options(), (client) => client.removeNode(id(nodeId)));
      print(`removed node ${nodeId}`);
    });
  ctl
    .command("transfer-leader <id>")
    .description("hand leadership to a voter")
    .action(async (nodeId: string) => {
      await withClient(options(), (client) => client.transferLeader(id(nodeId)));
      print(`node ${nodeId} leads`);
    });
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof RuvraftError) {
      process.stderr.write(`ruvraft: ${error.message}\n`);
      process.exit(
        process.argv[2] === "ctl" || process.argv[2] === "replay" ? ctlExitCode(error) : 1,
      );
    }
    throw error;
  }
}

/** ctl's exit code for a typed error (the codes are in output.ts and `ctl --help`). */
function ctlExitCode(error: RuvraftError): number {
  if (error instanceof InvalidArgumentError) return EXIT_USAGE;
  if (error instanceof ClientTimeoutError) return EXIT_UNAVAILABLE;
  return EXIT_REJECTED;
}

await main();
