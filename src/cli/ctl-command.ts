/**
 * `ruvraft ctl`: operate a running cluster through RaftClient. Without --endpoints it talks to
 * the default local cluster (`ruvraft cluster`), as etcdctl defaults to the local etcd.
 */
import fs from "node:fs";
import path from "node:path";
import { KvClient } from "../client/kv-client.js";
import { RaftClient, type RaftClientOptions, type ReadConsistency } from "../client/raft-client.js";
import { metadataCodec } from "../metadata/index.js";
import { kvCodec } from "../node/kv-codec.js";
import { InvalidArgumentError } from "../util/errors.js";
import { CLUSTER_DEFAULTS, CLUSTER_SECRET_FILE_NAME } from "./cluster-command.js";
import { formatTable, humanBytes, type OutputFormat } from "./output.js";

/** The secret file of the default local cluster (`ruvraft cluster` with no --data). */
export const DEFAULT_SECRET_FILE = path.join(
  CLUSTER_DEFAULTS.dataDirectory,
  CLUSTER_SECRET_FILE_NAME,
);

export interface CtlOptions {
  endpoints: string[];
  clusterId: string;
  timeoutMs: number;
  /** A file holding the cluster secret (`ruvraft cluster` writes one); see makeClient. */
  secretFile?: string;
  /** How results are printed (output.ts). */
  output: OutputFormat;
}

/** The secret in `file` (trimmed), or the default cluster's when `file` is not given. */
function readSecretFile(file: string | undefined): string | undefined {
  const chosen = file ?? DEFAULT_SECRET_FILE;
  if (file === undefined && !fs.existsSync(chosen)) return undefined;
  const secret = fs.readFileSync(chosen, "utf8").trim();
  if (secret === "") throw new InvalidArgumentError(`the secret file ${chosen} is empty`);
  return secret;
}

/**
 * The secrets and mutual TLS files come from the same environment variables the nodes read
 * (RUVRAFT_SHARED_SECRET, or RUVRAFT_CLIENT_SECRET for client rights only; RUVRAFT_TLS_CERT,
 * RUVRAFT_TLS_KEY, RUVRAFT_TLS_CA), never flags. Without a secret in the environment, ctl uses
 * the cluster secret file that `ruvraft cluster` writes (`--secret-file`, by default
 * data/cluster/cluster-secret when it exists), so the local cluster works out of the box.
 */
export function makeClient(options: CtlOptions): RaftClient {
  return new RaftClient(clientOptions(options));
}

/** The RaftClient options of makeClient (secrets, TLS), for the other clients too. */
export function clientOptions(options: CtlOptions): RaftClientOptions {
  const environment = process.env;
  const clientSecret = environment.RUVRAFT_CLIENT_SECRET || undefined;
  const secret =
    environment.RUVRAFT_SHARED_SECRET ||
    (clientSecret === undefined ? readSecretFile(options.secretFile) : undefined);
  const [certFile, keyFile, caFile] = [
    environment.RUVRAFT_TLS_CERT,
    environment.RUVRAFT_TLS_KEY,
    environment.RUVRAFT_TLS_CA,
  ];
  const tls = certFile && keyFile && caFile ? { certFile, keyFile, caFile } : undefined;
  return {
    endpoints: options.endpoints,
    clusterId: options.clusterId,
    operationTimeoutMs: options.timeoutMs,
    ...(secret === undefined || secret === "" ? {} : { sharedSecret: secret }),
    ...(clientSecret === undefined ? {} : { clientSecret }),
    ...(tls === undefined ? {} : { tls }),
  };
}

/**
 * `status`: one row per endpoint, each asked directly (so a down node shows as such: ROLE
 * "unreachable", and its error on a line below the table). `reachable` counts the endpoints
 * that answered: `ctl status` exits 1 when none did, so a script can wait on it.
 */
export async function statusTable(
  options: CtlOptions,
): Promise<{ text: string; reachable: number }> {
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
export async function healthTable(
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

export async function withClient<T>(
  options: CtlOptions,
  action: (client: RaftClient, kv: KvClient) => Promise<T>,
): Promise<T> {
  const client = makeClient(options);
  try {
    return await action(client, new KvClient(client));
  } finally {
    client.close();
  }
}

export function parseConsistency(value: string): ReadConsistency {
  if (value === "linearizable" || value === "lease" || value === "stale") return value;
  throw new Error(`--consistency must be linearizable, lease or stale, got "${value}"`);
}
