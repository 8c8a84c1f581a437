/**
 * How `ruvraft ctl` prints what it got: `-o table` (the default, kubectl/etcdctl style: aligned
 * columns, one row per item, the columns an operator looks at first), `-o json` (one JSON
 * document on one line, for scripts; the same objects MetadataClient returns) or `-o jsonl`
 * (one JSON document per item, for line tools).
 *
 * Exit codes of ctl (documented in `ruvraft ctl --help`): 0 done, 1 rejected by a metadata rule
 * or refused by the cluster, 2 usage (a flag or argument out of range), 3 no answer (no
 * endpoint reachable, no leader, or a timeout: the outcome of a change is then unknown).
 */
import type { MetadataResult, NodeInfo, Shard } from "../metadata/index.js";
import { InvalidArgumentError } from "../util/errors.js";

export const OUTPUT_FORMATS = ["table", "json", "jsonl"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;
export const EXIT_UNAVAILABLE = 3;

export function parseOutputFormat(text: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(text)) return text as OutputFormat;
  throw new InvalidArgumentError(`-o/--output must be table, json or jsonl, got "${text}"`);
}

/** Rows (first = header) as aligned columns, two spaces apart, no trailing blanks. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")}\n`;
}

/** Something ctl prints: a metadata result, an applied event, or the members. */
export type Printable =
  | MetadataResult
  | { type: "applied"; index: number }
  | { type: "members"; members: MemberRow[]; leaderId: number };

export interface MemberRow {
  nodeId?: number;
  address?: string;
  voter?: boolean;
  learner?: boolean;
}

/** The items of a listing (for jsonl), or undefined for a single document. */
function itemsOf(printed: Printable): readonly unknown[] | undefined {
  switch (printed.type) {
    case "nodes":
      return printed.nodes;
    case "collections":
      return printed.collections;
    case "aliases":
      return printed.aliases;
    case "shards":
      return printed.shards;
    case "members":
      return printed.members;
    case "events":
      return printed.events;
    default:
      return undefined;
  }
}

/** The JSON form: what the client returned, without the internal `type` tag. */
function jsonOf(printed: Printable): unknown {
  if (printed.type === "applied") return { applied: printed.index };
  const { type: _, ...rest } = printed;
  return rest;
}

export function render(printed: Printable, format: OutputFormat): string {
  if (format === "json") return `${JSON.stringify(jsonOf(printed))}\n`;
  if (format === "jsonl") {
    const items = itemsOf(printed) ?? [jsonOf(printed)];
    return items.map((item) => `${JSON.stringify(item)}\n`).join("");
  }
  return formatTable(tableOf(printed));
}

const bytesUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

/** 1536 -> "1.5KiB"; 0 -> "-" (unknown). */
export function humanBytes(bytes: number): string {
  if (bytes <= 0) return "-";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < bytesUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || value >= 100 ? value.toFixed(0) : value.toFixed(1);
  return `${text.replace(/\.0$/, "")}${bytesUnits[unit]}`;
}

function labelsText(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? "-" : entries.map(([key, value]) => `${key}=${value}`).join(",");
}

function nodeRow(node: NodeInfo): string[] {
  return [
    String(node.id),
    node.address || "-",
    node.status,
    node.role,
    node.draining ? "yes" : "no",
    humanBytes(node.capacityBytes),
    labelsText(node.labels),
  ];
}

/** A shard's row; its numbers are the primary's report when it has one, else the largest copy's. */
function shardRow(shard: Shard): string[] {
  const reports = shard.stats ?? [];
  const report =
    reports.find((stats) => stats.nodeId === shard.primaryNodeId) ??
    [...reports].sort((a, b) => b.vectorCount - a.vectorCount)[0];
  const migration = shard.migration;
  return [
    shard.collection,
    String(shard.shardId),
    shard.status,
    shard.primaryNodeId === 0 ? "-" : String(shard.primaryNodeId),
    shard.replicaNodeIds.length === 0 ? "-" : shard.replicaNodeIds.join(","),
    report === undefined ? "-" : String(report.vectorCount),
    report === undefined ? "-" : humanBytes(report.bytes),
    migration === undefined ? "-" : `${migration.sourceNodeId}->${migration.targetNodeId}`,
  ];
}

/** The rows of `-o table`, header first. */
function tableOf(printed: Printable): string[][] {
  switch (printed.type) {
    case "applied":
      return [["APPLIED"], [String(printed.index)]];
    case "nodes":
      return [
        ["ID", "ADDRESS", "STATUS", "ROLE", "DRAINING", "CAPACITY", "LABELS"],
        ...printed.nodes.map(nodeRow),
      ];
    case "collection":
    case "collections": {
      const collections =
        printed.type === "collection" ? [printed.collection] : printed.collections;
      return [
        ["NAME", "DIMENSIONS", "METRIC", "SHARDS", "REPLICATION", "M", "EF_SEARCH", "QUANTIZATION"],
        ...collections.map(({ spec }) => [
          spec.name,
          String(spec.dimensions),
          spec.metric,
          String(spec.shardCount),
          String(spec.replicationFactor),
          String(spec.hnsw.m),
          String(spec.hnsw.efSearch),
          spec.quantization.kind,
        ]),
      ];
    }
    case "alias":
    case "aliases": {
      const aliases = printed.type === "alias" ? [printed.alias] : printed.aliases;
      return [["ALIAS", "COLLECTION"], ...aliases.map((alias) => [alias.name, alias.collection])];
    }
    case "shards":
      return [
        ["COLLECTION", "SHARD", "STATUS", "PRIMARY", "REPLICAS", "VECTORS", "BYTES", "MIGRATION"],
        ...printed.shards.map(shardRow),
      ];
    case "settings":
      return [
        ["SETTING", "VALUE"],
        ...Object.entries(printed.settings).map(([key, value]) => [
          key,
          value === "" ? '""' : String(value),
        ]),
      ];
    case "members":
      return [
        ["ID", "ADDRESS", "ROLE", "LEADER"],
        ...printed.members.map((member) => [
          String(member.nodeId ?? 0),
          member.address ?? "",
          member.voter ? "voter" : member.learner ? "learner" : "-",
          member.nodeId === printed.leaderId ? "*" : "",
        ]),
      ];
    case "events":
      return [
        ["INDEX", "EVENT"],
        ...printed.events.map((applied) => [String(applied.index), applied.event.type]),
      ];
  }
}
