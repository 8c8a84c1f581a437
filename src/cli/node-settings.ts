/**
 * Settings of `ruvraft node`: a JSON config file, overridden by environment variables,
 * overridden by command-line flags. Every key is named in errors.
 *
 * | flag              | environment               | config file key     |
 * | ----------------- | ------------------------- | ------------------- |
 * | --node-id N       | RUVRAFT_NODE_ID           | nodeId              |
 * | --peers LIST      | RUVRAFT_PEERS             | peers ("1=h:p,..." or [{id,address}]) |
 * | --data DIR        | RUVRAFT_DATA              | dataDirectory       |
 * | --cluster-id S    | RUVRAFT_CLUSTER_ID        | clusterId           |
 * | --join            | RUVRAFT_JOIN=1            | bootstrap: false    |
 * | --listen H:P      | RUVRAFT_LISTEN            | listen              |
 * | --admin-port P    | RUVRAFT_ADMIN_PORT        | adminPort           |
 * | --admin-listen H  | RUVRAFT_ADMIN_LISTEN      | adminListen (default 127.0.0.1) |
 * | --log-level L     | RUVRAFT_LOG_LEVEL         | logLevel            |
 * | --state-machine S | RUVRAFT_STATE_MACHINE     | stateMachine (metadata | kv) |
 * | --engine E        | RUVRAFT_ENGINE            | engine (ruvector | none; default ruvector with metadata) |
 * | --data-address H:P | RUVRAFT_DATA_ADDRESS     | dataAddress (default: its address in --peers) |
 * | --capacity SIZE   | RUVRAFT_CAPACITY          | capacity (bytes, or with KB/MB/GB/TB/KiB/MiB/GiB/TiB) |
 * | --label K=V (repeated) | RUVRAFT_LABELS (K=V,K=V) | labels {"K": "V"} |
 * | (none)            | RUVRAFT_SHARED_SECRET     | sharedSecret        |
 * | (none)            | RUVRAFT_CLIENT_SECRET     | clientSecret        |
 * | --insecure        | RUVRAFT_INSECURE=1        | insecure: true      |
 * | --tls-cert/--tls-key/--tls-ca | RUVRAFT_TLS_CERT/_KEY/_CA | tls {certFile, keyFile, caFile} |
 * Timing and limits (electionTimeoutMinMs, heartbeatIntervalMs, snapshotThresholdEntries, ...)
 * come from the config file only; see RaftNodeConfig for the keys and defaults.
 */
import type { NodeDescription } from "../engine/index.js";
import { checkAddressFormat, checkLabelCount, checkLabelFormat } from "../metadata/rules.js";
import {
  NODE_NUMBER_KEYS,
  type PeerConfig,
  type RaftNodeOptions,
  resolveNodeConfig,
} from "../node/config.js";
import { InvalidConfigError } from "../node/errors.js";
import { readConfigFile } from "./node-config-file.js";

export interface NodeCommandFlags {
  config?: string;
  nodeId?: string;
  peers?: string;
  data?: string;
  clusterId?: string;
  join?: boolean;
  listen?: string;
  adminPort?: string;
  adminListen?: string;
  logLevel?: string;
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  stateMachine?: string;
  engine?: string;
  dataAddress?: string;
  capacity?: string;
  label?: string[];
  exitWithParent?: boolean;
  rebuild?: boolean;
  forceNewCluster?: boolean;
  insecure?: boolean;
}

export interface NodeSettings {
  /** "metadata" (default): the Ruvector metadata projector; "kv": the built-in key-value store. */
  stateMachine: "metadata" | "kv";
  /**
   * "ruvector" (default with the metadata state machine): the node holds its shards in
   * @ruvector/core stores under `<data>/engine` (src/engine/). "none": metadata only.
   */
  engine: "ruvector" | "none";
  /**
   * What the node records about itself in the metadata, through the leader (with the engine;
   * src/engine/self-description.ts): an absent field is left to `ruvraft ctl nodes`.
   */
  description: NodeDescription;
  /** Stop when the parent process exits (set by `ruvraft cluster` for its nodes). */
  exitWithParent: boolean;
  /** Move the data aside and restore the node from the cluster (src/cli/rebuild.ts). */
  rebuild: boolean;
  node: RaftNodeOptions;
  adminPort: number | undefined;
  /** The host the admin HTTP server binds to (default 127.0.0.1: the management side). */
  adminListen: string;
  logLevel: string;
}

export function parsePeers(key: string, text: string): PeerConfig[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const equals = part.indexOf("=");
      const id = Number(part.slice(0, equals));
      if (equals <= 0 || !Number.isSafeInteger(id) || id <= 0) {
        throw new InvalidConfigError(key, `expected "id=host:port,...", got "${part}"`);
      }
      return { id, address: part.slice(equals + 1) };
    });
}

function integer(key: string, value: string | number | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new InvalidConfigError(key, `must be an integer, got "${value}"`);
  }
  return parsed;
}

/** A TCP port: 0 (any free one) to 65535. */
function port(key: string, value: number | undefined): number | undefined {
  if (value !== undefined && (value < 0 || value > 65_535)) {
    throw new InvalidConfigError(key, `must be a port in [0, 65535], got ${value}`);
  }
  return value;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

function logLevel(value: string): string {
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new InvalidConfigError(
      "logLevel",
      `must be one of ${LOG_LEVELS.join(", ")}, got "${value}"`,
    );
  }
  return value;
}

export function resolveNodeSettings(
  flags: NodeCommandFlags,
  environment: NodeJS.ProcessEnv,
): NodeSettings {
  const file = readConfigFile(flags.config ?? environment.RUVRAFT_CONFIG);
  const node = raftNodeOptions(flags, environment, file);
  const { stateMachine, engine } = stateMachineAndEngine(flags, environment, file);
  const description = nodeDescription(flags, environment, file, engine);
  const insecure =
    flags.insecure === true || environment.RUVRAFT_INSECURE === "1" || file.insecure === true;
  checkExposure(node, insecure);
  return {
    stateMachine,
    engine,
    description,
    exitWithParent: flags.exitWithParent === true,
    rebuild: flags.rebuild === true,
    node,
    adminListen:
      (pick(flags.adminListen, environment.RUVRAFT_ADMIN_LISTEN, file.adminListen) as
        | string
        | undefined) ?? "127.0.0.1",
    adminPort: port(
      "adminPort",
      integer(
        "adminPort",
        pick(flags.adminPort, environment.RUVRAFT_ADMIN_PORT, file.adminPort) as string | undefined,
      ),
    ),
    logLevel: logLevel(
      (pick(flags.logLevel, environment.RUVRAFT_LOG_LEVEL, file.logLevel) as string | undefined) ??
        "info",
    ),
  };
}

/** The flag, else the environment variable (unless empty), else the config file's value. */
function pick(flag: string | undefined, env: string | undefined, fileValue: unknown): unknown {
  return flag ?? (env === undefined || env === "" ? undefined : env) ?? fileValue;
}

/** The Raft node's options: who it is, its peers and data, where it listens, its secrets and TLS. */
function raftNodeOptions(
  flags: NodeCommandFlags,
  environment: NodeJS.ProcessEnv,
  file: Record<string, unknown>,
): RaftNodeOptions {
  const nodeId = integer(
    "nodeId",
    pick(flags.nodeId, environment.RUVRAFT_NODE_ID, file.nodeId) as string | undefined,
  );
  if (nodeId === undefined) {
    throw new InvalidConfigError(
      "nodeId",
      "is required (--node-id, RUVRAFT_NODE_ID or nodeId in the config file)",
    );
  }
  const peersValue = pick(flags.peers, environment.RUVRAFT_PEERS, file.peers);
  const peers =
    typeof peersValue === "string"
      ? parsePeers("peers", peersValue)
      : ((peersValue as PeerConfig[] | undefined) ?? []);
  const dataDirectory = pick(flags.data, environment.RUVRAFT_DATA, file.dataDirectory) as
    | string
    | undefined;
  if (dataDirectory === undefined) {
    throw new InvalidConfigError(
      "dataDirectory",
      "is required (--data, RUVRAFT_DATA or dataDirectory in the config file)",
    );
  }
  const join = flags.join === true || environment.RUVRAFT_JOIN === "1" || file.bootstrap === false;
  const listen = pick(flags.listen, environment.RUVRAFT_LISTEN, file.listen) as string | undefined;
  const timing = Object.fromEntries(
    Object.entries(file).filter(
      ([key]) =>
        (NODE_NUMBER_KEYS as readonly string[]).includes(key) ||
        key === "leaseReads" ||
        key === "logWriteThread",
    ),
  );
  const node: RaftNodeOptions = {
    ...timing,
    forceNewCluster: flags.forceNewCluster === true,
    nodeId,
    peers,
    dataDirectory,
    bootstrap: !join,
    clusterId:
      (pick(flags.clusterId, environment.RUVRAFT_CLUSTER_ID, file.clusterId) as
        | string
        | undefined) ?? "ruvraft",
  };
  if (listen !== undefined) {
    const colon = listen.lastIndexOf(":");
    node.listenHost = listen.slice(0, colon);
    node.listenPort = port("listen", integer("listen", listen.slice(colon + 1))) ?? 0;
  }
  setSecrets(node, environment, file);
  setTls(node, flags, environment, file);
  return node;
}

/** The secrets come from the environment or the config file, never a flag. */
function setSecrets(
  node: RaftNodeOptions,
  environment: NodeJS.ProcessEnv,
  file: Record<string, unknown>,
): void {
  for (const [key, variable] of [
    ["sharedSecret", "RUVRAFT_SHARED_SECRET"],
    ["clientSecret", "RUVRAFT_CLIENT_SECRET"],
  ] as const) {
    if (environment[variable] === "") {
      throw new InvalidConfigError(
        key,
        `${variable} is set but empty (an empty Environment= line?): set the secret, or unset the variable for none`,
      );
    }
    const secret = environment[variable] ?? (file[key] as string | undefined);
    if (secret !== undefined) node[key] = secret;
  }
}

/** Mutual TLS: all three files (each from its flag, variable or file key) or none. */
function setTls(
  node: RaftNodeOptions,
  flags: NodeCommandFlags,
  environment: NodeJS.ProcessEnv,
  file: Record<string, unknown>,
): void {
  const tls = file.tls as { certFile?: string; keyFile?: string; caFile?: string } | undefined;
  const tlsCert = pick(flags.tlsCert, environment.RUVRAFT_TLS_CERT, tls?.certFile) as
    | string
    | undefined;
  const tlsKey = pick(flags.tlsKey, environment.RUVRAFT_TLS_KEY, tls?.keyFile) as
    | string
    | undefined;
  const tlsCa = pick(flags.tlsCa, environment.RUVRAFT_TLS_CA, tls?.caFile) as string | undefined;
  if (tlsCert !== undefined || tlsKey !== undefined || tlsCa !== undefined) {
    if (tlsCert === undefined || tlsKey === undefined || tlsCa === undefined) {
      throw new InvalidConfigError("tls", "needs all three of the certificate, key and CA files");
    }
    node.tls = { certFile: tlsCert, keyFile: tlsKey, caFile: tlsCa };
  }
}

/** The state machine (metadata by default) and the engine (ruvector with metadata, else none). */
function stateMachineAndEngine(
  flags: NodeCommandFlags,
  environment: NodeJS.ProcessEnv,
  file: Record<string, unknown>,
): { stateMachine: "metadata" | "kv"; engine: "ruvector" | "none" } {
  const stateMachine =
    (pick(flags.stateMachine, environment.RUVRAFT_STATE_MACHINE, file.stateMachine) as
      | string
      | undefined) ?? "metadata";
  if (stateMachine !== "metadata" && stateMachine !== "kv") {
    throw new InvalidConfigError("stateMachine", `must be metadata or kv, got "${stateMachine}"`);
  }
  const engine =
    (pick(flags.engine, environment.RUVRAFT_ENGINE, file.engine) as string | undefined) ??
    (stateMachine === "metadata" ? "ruvector" : "none");
  if (engine !== "ruvector" && engine !== "none") {
    throw new InvalidConfigError("engine", `must be ruvector or none, got "${engine}"`);
  }
  if (engine === "ruvector" && stateMachine !== "metadata") {
    throw new InvalidConfigError(
      "engine",
      `ruvector needs the metadata state machine (its shards), not ${stateMachine}`,
    );
  }
  return { stateMachine, engine };
}

const SIZE_UNITS: Readonly<Record<string, number>> = {
  "": 1,
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KIB: 2 ** 10,
  MIB: 2 ** 20,
  GIB: 2 ** 30,
  TIB: 2 ** 40,
};

/** "64GiB", "500 GB", "1048576" as bytes; `key` names the setting in errors. */
export function parseSize(key: string, value: string | number): number {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*$/.exec(String(value));
  const unit = SIZE_UNITS[(match?.[2] ?? "").toUpperCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Number(match[1]) * unit;
  if (!Number.isSafeInteger(bytes)) {
    throw new InvalidConfigError(
      key,
      `must be a whole number of bytes, optionally with KB, MB, GB, TB, KiB, MiB, GiB or TiB, got "${value}"`,
    );
  }
  return bytes;
}

/** "zone=a,rack=r1" (or one pair per --label) as labels; `key` names the setting in errors. */
function parseLabelPairs(key: string, pairs: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf("=");
    const name = pair.slice(0, equals).trim();
    if (equals <= 0 || name === "") {
      throw new InvalidConfigError(key, `expected key=value, got "${pair}"`);
    }
    if (Object.hasOwn(labels, name)) {
      throw new InvalidConfigError(key, `label "${name}" is given twice`);
    }
    labels[name] = pair.slice(equals + 1).trim();
  }
  return labels;
}

/** The node's description: flags over environment over the config file, each field alone. */
function nodeDescription(
  flags: NodeCommandFlags,
  environment: NodeJS.ProcessEnv,
  file: Record<string, unknown>,
  engine: "ruvector" | "none",
): NodeDescription {
  const env = (name: string) => (environment[name] === "" ? undefined : environment[name]);
  const dataAddress = flags.dataAddress ?? env("RUVRAFT_DATA_ADDRESS") ?? file.dataAddress;
  const capacity = flags.capacity ?? env("RUVRAFT_CAPACITY") ?? file.capacity;
  const labelsEnv = env("RUVRAFT_LABELS");
  const labels =
    flags.label !== undefined && flags.label.length > 0
      ? parseLabelPairs("labels", flags.label)
      : labelsEnv !== undefined
        ? parseLabelPairs("labels", labelsEnv.split(","))
        : (file.labels as Record<string, string> | undefined);
  const description: NodeDescription = {
    ...(dataAddress === undefined ? {} : { dataAddress: dataAddress as string }),
    ...(capacity === undefined
      ? {}
      : { capacityBytes: parseSize("capacity", capacity as string | number) }),
    ...(labels === undefined ? {} : { labels }),
  };
  const refused =
    (dataAddress === undefined ? undefined : checkAddressFormat(dataAddress as string)) ??
    (labels === undefined ? undefined : (checkLabelCount(labels) ?? checkLabelFormat(labels)));
  if (refused !== undefined) {
    throw new InvalidConfigError(
      refused.rule.startsWith("node.address") ? "dataAddress" : "labels",
      `${refused.reason} (${refused.rule})`,
    );
  }
  if (engine === "none" && Object.keys(description).length > 0) {
    throw new InvalidConfigError(
      Object.keys(description)[0] === "capacityBytes"
        ? "capacity"
        : (Object.keys(description)[0] ?? ""),
      "describes the data plane: it needs the engine (--engine ruvector)",
    );
  }
  return description;
}

/** Loopback hosts: a node listening only there is reachable from this machine alone. */
function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/**
 * Closed by default: a node listening beyond loopback needs a shared secret or TLS, or
 * `--insecure` (insecure: true, RUVRAFT_INSECURE=1) to say that anyone who reaches it may
 * write, read and change the membership.
 */
function checkExposure(node: RaftNodeOptions, insecure: boolean): void {
  if (insecure || node.sharedSecret !== undefined || node.tls !== undefined) return;
  let host: string;
  try {
    host = resolveNodeConfig(node).listenHost;
  } catch {
    return; // another mistake, reported with its key when the node is made
  }
  if (isLoopbackHost(host)) return;
  throw new InvalidConfigError(
    "listen",
    `${host} is not a loopback address and the node has neither a shared secret (RUVRAFT_SHARED_SECRET) nor TLS: anyone who reaches it could write, read and change the membership. Set one (docs/operations.md section 4), or pass --insecure to run open on purpose`,
  );
}
