/**
 * How `ruvraft ctl` reaches a cluster: its options (endpoints, cluster id, timeout, secret
 * file, output format) and RaftClients made from them with the secrets and TLS files of the
 * environment. Without --endpoints ctl talks to the default local cluster (`ruvraft cluster`),
 * as etcdctl defaults to the local etcd.
 */
import fs from "node:fs";
import path from "node:path";
import { KvClient } from "../client/kv-client.js";
import { RaftClient, type RaftClientOptions, type ReadConsistency } from "../client/raft-client.js";
import { InvalidArgumentError } from "../util/errors.js";
import { CLUSTER_DEFAULTS, CLUSTER_SECRET_FILE_NAME } from "./cluster-command.js";
import type { OutputFormat } from "./output.js";

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
