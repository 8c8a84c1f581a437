/**
 * `--decode`: the data of an entry as what it is. A NORMAL entry is a node.proto NodeEntry: a
 * client command (client id and sequence of its session, then the command in the state
 * machine's encoding: a metadata event, src/metadata/codec.ts, or a key-value operation,
 * src/node/kv-codec.ts) or a member's address; a CONF_CHANGE entry is the Raft core's encoding
 * (src/raft/confchange/codec.ts).
 *
 * Modes: `metadata` and `kv` read commands as that state machine's; `auto` tries the metadata
 * codec, then the key-value one; `none` keeps the raw text. Data that does not decode as the mode
 * says falls back to the raw text (quoted or hex) with no finding: decoding is a view, the
 * checks of the log are the same in every mode.
 */
import { metadataCodec } from "../../src/metadata/index.js";
import type { MetadataEvent } from "../../src/metadata/model.js";
import { decodeKvCommand, type KvCommand } from "../../src/node/kv-codec.js";
import { decodeCommandEntry } from "../../src/proto/codec/node-entry.js";
import { node as nodeProto } from "../../src/proto/node-index.js";
import { decodeConfChange } from "../../src/raft/confchange/codec.js";
import { ConfChangeType } from "../../src/raft/confchange/types.js";
import { EntryType } from "../../src/types/index.js";

export const DECODE_MODES = ["auto", "metadata", "kv", "none"] as const;
export type DecodeMode = (typeof DECODE_MODES)[number];

export interface DecodedEntry {
  /** One readable line. */
  text: string;
  /** The same as data, for --json. */
  value: unknown;
}

/** The entry's data decoded per `mode`, or undefined when it does not decode (or mode none). */
export function decodeEntryData(
  type: number,
  data: Uint8Array,
  mode: DecodeMode,
): DecodedEntry | undefined {
  if (mode === "none" || data.length === 0) return undefined;
  try {
    if (type === EntryType.CONF_CHANGE) return describeConfChange(data);
    if (type === EntryType.NORMAL) return describeNodeEntry(data, mode);
  } catch {
    return undefined;
  }
  return undefined;
}

function describeConfChange(data: Uint8Array): DecodedEntry {
  const change = decodeConfChange(data);
  const verbs: Record<number, string> = {
    [ConfChangeType.AddVoter]: "add voter",
    [ConfChangeType.AddLearner]: "add learner",
    [ConfChangeType.RemoveNode]: "remove",
  };
  const parts = change.changes.map((single) => {
    const incarnation = single.incarnation === 0 ? "" : ` (disk ${single.incarnation})`;
    return `${verbs[single.type] ?? `type ${single.type}`} ${single.nodeId}${incarnation}`;
  });
  const text = parts.length === 0 ? "leave joint configuration" : parts.join(", ");
  return { text: `conf change: ${text}`, value: { confChange: change } };
}

function describeNodeEntry(data: Uint8Array, mode: DecodeMode): DecodedEntry | undefined {
  const command = decodeCommandEntry(data);
  if (command === undefined) {
    const decoded = nodeProto.NodeEntry.decode(data);
    const member = decoded.memberAddress;
    if (member == null) return undefined;
    const nodeId = Number(member.nodeId ?? 0);
    return {
      text: `member ${nodeId} @ ${member.address ?? ""}`,
      value: { memberAddress: { nodeId, address: member.address ?? "" } },
    };
  }
  const session = `client=${command.clientId} seq=${command.sequence}`;
  const inner = decodeCommand(command.command, mode);
  const value = { clientId: command.clientId, sequence: command.sequence };
  if (inner === undefined) {
    return {
      text: `${session} ${command.command.length} bytes (not a ${mode === "auto" ? "metadata or kv" : mode} command)`,
      value,
    };
  }
  return { text: `${session} ${inner.text}`, value: { ...value, ...(inner.value as object) } };
}

function decodeCommand(bytes: Uint8Array, mode: DecodeMode): DecodedEntry | undefined {
  if (mode === "metadata" || mode === "auto") {
    const event = metadataCodec.decodeCommand(bytes);
    if (event.type !== "undecodable") {
      return { text: describeEvent(event), value: { event } };
    }
    if (mode === "metadata") return undefined;
  }
  let operation: KvCommand;
  try {
    operation = decodeKvCommand(bytes);
  } catch {
    return undefined;
  }
  return { text: describeKv(operation), value: { kv: operation } };
}

function describeKv(operation: KvCommand): string {
  switch (operation.op) {
    case "put":
      return `put ${JSON.stringify(operation.key)} = ${JSON.stringify(operation.value)}`;
    case "delete":
      return `delete ${JSON.stringify(operation.key)}`;
    case "cas":
      return `cas ${JSON.stringify(operation.key)} ${JSON.stringify(operation.expected)} -> ${JSON.stringify(operation.value)}`;
  }
}

/** A metadata event as one line: its type, then its fields as key=value (atMs left out). */
export function describeEvent(event: MetadataEvent): string {
  if (event.type === "createCollection") {
    const { spec } = event;
    const quantization =
      spec.quantization.kind === "none" ? "" : ` quantization=${spec.quantization.kind}`;
    return `createCollection ${spec.name} dims=${spec.dimensions} metric=${spec.metric} shards=${spec.shardCount || "default"} rf=${spec.replicationFactor || "default"}${quantization}`;
  }
  const { type, atMs: _, ...fields } = event;
  const parts = Object.entries(fields).map(([key, value]) => `${key}=${fieldText(value)}`);
  return [type, ...parts].join(" ");
}

function fieldText(value: unknown): string {
  if (typeof value === "string") return /^[\w.:/@-]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** --type, --collection, --node: which decoded entries to show (all given must match). */
export interface RecordFilters {
  /** Metadata event types, as in metadata.proto (create_collection) or the model (createCollection). */
  types?: readonly string[];
  collection?: string;
  nodeId?: number;
}

const normalType = (type: string) => type.replaceAll("_", "").toLowerCase();

/**
 * A predicate over dump records for `filters`: a record passes when its data decoded
 * (decodeEntryData) and matches every filter given. The collection is an event's `collection`,
 * `name` or spec name; the node an event's `nodeId`, `sourceNodeId` or `targetNodeId`, a conf
 * change's nodes or a member address's node. Undefined when no filter is given.
 */
export function recordFilter(
  filters: RecordFilters,
): ((record: { decoded?: unknown }) => boolean) | undefined {
  const types = filters.types?.map(normalType);
  if (types === undefined && filters.collection === undefined && filters.nodeId === undefined) {
    return undefined;
  }
  return (record) => {
    const decoded = record.decoded as
      | {
          event?: Record<string, unknown> & { type: string; spec?: { name: string } };
          confChange?: { changes: { nodeId: number }[] };
          memberAddress?: { nodeId: number };
        }
      | undefined;
    if (decoded === undefined) return false;
    const event = decoded.event;
    if (types !== undefined && (event === undefined || !types.includes(normalType(event.type)))) {
      return false;
    }
    if (filters.collection !== undefined) {
      const names = [event?.collection, event?.name, event?.spec?.name];
      if (!names.includes(filters.collection)) return false;
    }
    if (filters.nodeId !== undefined) {
      const nodes = [
        event?.nodeId,
        event?.sourceNodeId,
        event?.targetNodeId,
        decoded.memberAddress?.nodeId,
        ...(decoded.confChange?.changes.map((change) => change.nodeId) ?? []),
      ];
      if (!nodes.includes(filters.nodeId)) return false;
    }
    return true;
  };
}
