/**
 * `ruvraft ctl`: operate a running cluster through RaftClient (ctl-client.ts). This file has
 * ctl's own flags and the commands about the cluster itself: status, health, members, the kv
 * state machine's put/delete/get and the membership changes; the metadata and vector commands
 * are in metadata-commands.ts and vector-commands.ts.
 */
import type { Command } from "commander";
import type { RaftClient } from "../client/raft-client.js";
import { metadataCodec } from "../metadata/index.js";
import { kvCodec } from "../node/kv-codec.js";
import { defaultEndpoints } from "./cluster-command.js";
import {
  type CtlOptions,
  DEFAULT_SECRET_FILE,
  makeClient,
  parseConsistency,
  withClient,
} from "./ctl-client.js";
import { positiveInteger } from "./flag-values.js";
import { addMetadataCommands } from "./metadata-commands.js";
import {
  EXIT_UNAVAILABLE,
  EXIT_USAGE,
  formatTable,
  humanBytes,
  type OutputFormat,
  parseOutputFormat,
  render,
} from "./output.js";
import { addVectorCommands } from "./vector-commands.js";

export function addCtlCommand(program: Command): void {
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
  const options = ctlOptionsOf(ctl);
  addClusterCommands(ctl, options);
  addMetadataCommands(ctl, options);
  addVectorCommands(ctl, options);
  addKvCommands(ctl, options);
  addMembershipCommands(ctl, options);
}

/** ctl's own flags as CtlOptions, read when a subcommand runs. */
function ctlOptionsOf(ctl: Command): () => CtlOptions {
  return (): CtlOptions => {
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
}

/** A text as it is, anything else as JSON, on one line. */
function print(value: unknown): void {
  process.stdout.write(`${typeof value === "string" ? value : JSON.stringify(value)}\n`);
}

/** `ctl status|health|members`: the cluster itself. */
function addClusterCommands(ctl: Command, options: () => CtlOptions): void {
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
}

/** `ctl put|delete|get`: the kv state machine. */
function addKvCommands(ctl: Command, options: () => CtlOptions): void {
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
}

/** `ctl add-node|add-learner|promote|remove-node|transfer-leader`: the membership. */
function addMembershipCommands(ctl: Command, options: () => CtlOptions): void {
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

/**
 * `status`: one row per endpoint, each asked directly (so a down node shows as such: ROLE
 * "unreachable", and its error on a line below the table). `reachable` counts the endpoints
 * that answered: `ctl status` exits 1 when none did, so a script can wait on it.
 */
async function statusTable(options: CtlOptions): Promise<{ text: string; reachable: number }> {
  const client = makeClient({ ...options, timeoutMs: Math.min(options.timeoutMs, 2000) });
  try {
    const rows = await Promise.all(
      options.endpoints.map(async (endpoint) => {
        try {
          const status = await client.status(endpoint);
          return { endpoint, status, error: undefined };
        } catch (error) {
          return { endpoint, status: undefined, error: (error as Error).message };
        }
      }),
    );
    const leaderLast = Math.max(
      ...rows.map((row) => (row.status?.role === "leader" ? (row.status.lastIndex ?? 0) : 0)),
    );
    const header = [
      "ID",
      "ADDRESS",
      "ROLE",
      "LEARNER",
      "TERM",
      "LEADER",
      "COMMIT",
      "APPLIED",
      "LAG",
      "LOG SIZE",
      "VERSION",
    ];
    const lines = rows.map((row) => {
      const status = row.status;
      if (status === undefined) {
        return ["-", row.endpoint, "unreachable", "", "", "", "", "", "", "", ""];
      }
      const lag = leaderLast > 0 ? Math.max(0, leaderLast - (status.appliedIndex ?? 0)) : "";
      return [
        String(status.nodeId),
        status.address || row.endpoint,
        status.role ?? "",
        status.learner ? "yes" : "no",
        String(status.term),
        String(status.leaderId),
        String(status.commitIndex),
        String(status.appliedIndex),
        String(lag),
        humanBytes(status.logDiskBytes ?? 0),
        status.version || "-",
      ];
    });
    const errors = rows
      .filter((row) => row.status === undefined)
      .map((row) => `${row.endpoint}: ${row.error}\n`)
      .join("");
    return {
      text: formatTable([header, ...lines]) + errors,
      reachable: rows.filter((row) => row.status !== undefined).length,
    };
  } finally {
    client.close();
  }
}

/**
 * `health`: for each endpoint (a client of its own), its status (it answers and knows a leader)
 * and a linearizable read through it (a ReadIndex round trip on the leader it knows), with the
 * time both took. The read asks the metadata state machine's settings, or the key-value one's
 * key count when the cluster runs kv. `healthy` counts the endpoints that passed.
 */
async function healthTable(
  options: CtlOptions,
): Promise<{ text: string; healthy: number; total: number }> {
  const rows = await Promise.all(
    options.endpoints.map(async (endpoint) => {
      const client = makeClient({
        ...options,
        endpoints: [endpoint],
        timeoutMs: Math.min(options.timeoutMs, 3000),
      });
      const started = performance.now();
      try {
        const status = await client.status(endpoint);
        if (Number(status.leaderId ?? 0) === 0) throw new Error("knows no leader");
        await linearizableRead(client);
        return { endpoint, tookMs: performance.now() - started, error: undefined };
      } catch (error) {
        return { endpoint, tookMs: performance.now() - started, error: (error as Error).message };
      } finally {
        client.close();
      }
    }),
  );
  const table = formatTable([
    ["ENDPOINT", "HEALTH", "TOOK"],
    ...rows.map((row) => [
      row.endpoint,
      row.error === undefined ? "healthy" : "unhealthy",
      `${row.tookMs.toFixed(1)}ms`,
    ]),
  ]);
  const errors = rows
    .filter((row) => row.error !== undefined)
    .map((row) => `${row.endpoint}: ${row.error}\n`)
    .join("");
  const healthy = rows.filter((row) => row.error === undefined).length;
  return { text: table + errors, healthy, total: rows.length };
}

/** One linearizable read of whichever state machine the cluster runs. */
async function linearizableRead(client: RaftClient): Promise<void> {
  try {
    await client.read(metadataCodec.encodeQuery({ type: "getSettings" }), "linearizable");
  } catch (error) {
    if ((error as { code?: string }).code !== "EMALFORMED") throw error;
    await client.read(kvCodec.encodeQuery({ op: "count" }), "linearizable");
  }
}
