/**
 * The JSON config file of `ruvraft node` (`--config`, RUVRAFT_CONFIG): read, and every key
 * checked against FILE_KEYS before anything of it is used, so a misspelt or mistyped key
 * (a security setting silently ignored is a weakened node) stops the start, naming the key and
 * the file. node-settings.ts layers it under the environment and the flags.
 */
import fs from "node:fs";
import { NODE_NUMBER_KEYS } from "../node/config.js";
import { InvalidConfigError } from "../node/errors.js";

type FileValueKind =
  | "integer"
  | "number"
  | "boolean"
  | "string"
  | "peers"
  | "tls"
  | "secret"
  | "size"
  | "labels";

/** Every key a config file may hold, with the type of its value. */
const FILE_KEYS: Readonly<Record<string, FileValueKind>> = {
  nodeId: "integer",
  peers: "peers",
  dataDirectory: "string",
  clusterId: "string",
  bootstrap: "boolean",
  listen: "string",
  adminPort: "integer",
  adminListen: "string",
  logLevel: "string",
  stateMachine: "string",
  engine: "string",
  dataAddress: "string",
  capacity: "size",
  labels: "labels",
  sharedSecret: "secret",
  clientSecret: "secret",
  insecure: "boolean",
  tls: "tls",
  leaseReads: "boolean",
  logWriteThread: "string",
  ...Object.fromEntries(NODE_NUMBER_KEYS.map((key) => [key, "number" as const])),
};

/**
 * Config file keys renamed to the one naming rule for limits (`...BytesMax`, `...CountMax`,
 * units last; docs/operations.md): an old key is refused with its new name, never read
 * silently under a name the documentation no longer has.
 */
const RENAMED_KEYS: Readonly<Record<string, string>> = {
  maxEntriesPerAppend: "appendEntryCountMax",
  maxBytesPerAppend: "appendBytesMax",
  maxInflightAppends: "inflightAppendCountMax",
  maxInflightBytes: "inflightBytesMax",
  maxUncommittedBytes: "uncommittedBytesMax",
  promoteLagMaxEntries: "promoteLagEntryCountMax",
  sessionsMax: "sessionCountMax",
};

const TLS_KEYS = ["certFile", "keyFile", "caFile"] as const;

function describeValue(value: unknown): string {
  return `${Array.isArray(value) ? "array" : value === null ? "null" : typeof value} ${JSON.stringify(value)}`;
}

/** A known key equal to `key` but for letter case ("did you mean"), if any. */
function nearKey(key: string, known: readonly string[]): string {
  const near = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  return near === undefined ? "" : ` (did you mean ${near}?)`;
}

/**
 * Checks every key of a config file: unknown keys and values of the wrong type are errors
 * naming the key and the file (a security setting silently ignored is a weakened node).
 */
function checkConfigFile(file: string, values: Record<string, unknown>): void {
  const where = `in ${file}`;
  for (const [key, value] of Object.entries(values)) {
    const kind = FILE_KEYS[key];
    const renamed = RENAMED_KEYS[key];
    if (kind === undefined && renamed !== undefined) {
      throw new InvalidConfigError(key, `${where} was renamed ${renamed}: rename the key`);
    }
    if (kind === undefined) {
      throw new InvalidConfigError(
        key,
        `unknown key ${where}${nearKey(key, Object.keys(FILE_KEYS))}; the keys are listed in docs/operations.md`,
      );
    }
    const wrong = (expected: string): never => {
      throw new InvalidConfigError(
        key,
        `${where} must be ${expected}, got ${describeValue(value)}`,
      );
    };
    switch (kind) {
      case "integer":
        if (!Number.isSafeInteger(value)) wrong("an integer");
        break;
      case "number":
        if (typeof value !== "number" || !Number.isFinite(value)) wrong("a number");
        break;
      case "boolean":
        if (typeof value !== "boolean") wrong("true or false");
        break;
      case "string":
        if (typeof value !== "string" || value === "") wrong("a non-empty string");
        break;
      case "secret":
        if (typeof value !== "string" || value === "") {
          wrong("a non-empty string (leave the key out for no secret)");
        }
        break;
      case "peers":
        checkFilePeers(key, where, value);
        break;
      case "tls":
        checkFileTls(key, where, value);
        break;
      case "size":
        if (!Number.isSafeInteger(value) && typeof value !== "string") {
          wrong('a byte count or a size such as "64GiB"');
        }
        break;
      case "labels":
        if (
          typeof value !== "object" ||
          value === null ||
          Array.isArray(value) ||
          Object.values(value).some((label) => typeof label !== "string")
        ) {
          wrong('an object of string labels such as {"zone": "a"}');
        }
        break;
    }
  }
}

function checkFilePeers(key: string, where: string, value: unknown): void {
  if (typeof value === "string") return;
  if (!Array.isArray(value)) {
    throw new InvalidConfigError(
      key,
      `${where} must be "id=host:port,..." or [{"id": N, "address": "host:port"}], got ${describeValue(value)}`,
    );
  }
  for (const [position, peer] of value.entries()) {
    const entry = peer as { id?: unknown; address?: unknown } | null;
    const keys = typeof peer === "object" && peer !== null ? Object.keys(peer) : [];
    if (
      entry === null ||
      typeof entry !== "object" ||
      !Number.isSafeInteger(entry.id) ||
      typeof entry.address !== "string" ||
      keys.some((name) => name !== "id" && name !== "address")
    ) {
      throw new InvalidConfigError(
        `${key}[${position}]`,
        `${where} must be {"id": N, "address": "host:port"}, got ${describeValue(peer)}`,
      );
    }
  }
}

function checkFileTls(key: string, where: string, value: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidConfigError(
      key,
      `${where} must be {"certFile", "keyFile", "caFile"} (paths), got ${describeValue(value)}`,
    );
  }
  for (const [name, file] of Object.entries(value)) {
    if (!(TLS_KEYS as readonly string[]).includes(name)) {
      throw new InvalidConfigError(
        `${key}.${name}`,
        `unknown key ${where}${nearKey(name, TLS_KEYS)}; the keys are certFile, keyFile and caFile`,
      );
    }
    if (typeof file !== "string" || file === "") {
      throw new InvalidConfigError(
        `${key}.${name}`,
        `${where} must be a file path, got ${describeValue(file)}`,
      );
    }
  }
}

/** The config file's keys and values, checked; {} without a file. */
export function readConfigFile(file: string | undefined): Record<string, unknown> {
  if (file === undefined) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new InvalidConfigError("--config", `cannot read ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidConfigError(
      "--config",
      `${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InvalidConfigError("--config", `${file}: the top level must be an object`);
  }
  checkConfigFile(file, parsed as Record<string, unknown>);
  return parsed as Record<string, unknown>;
}
