/**
 * What a snapshot's data holds, for ruvraft-dump: the node's NodeSnapshot (src/proto/
 * node.proto: members, client sessions, state machine bytes in pieces) and, inside it, the metadata
 * projector's state (src/metadata: nodes, collections, aliases, shards) when the state machine
 * bytes are a metadata snapshot. Data that is not a NodeSnapshot is reported as opaque (a
 * snapshot written by another user of the store), never as corruption: the file's checks
 * passed, its meaning belongs to whoever wrote it.
 */
import {
  decodeSnapshot as decodeMetadataSnapshot,
  type MetadataView,
} from "../../src/metadata/index.js";
import { node } from "../../src/proto/node-index.js";

export interface SnapshotContent {
  /** "NodeSnapshot" (src/proto/node.proto). */
  format: "NodeSnapshot";
  members: Array<{ nodeId: number; address: string }>;
  sessionCount: number;
  sessions: Array<{
    clientId: number;
    floor: number;
    lastIndex: number;
    responses: number;
    responseBytes: number;
  }>;
  stateMachineBytes: number;
  /** The metadata projector's state, or null when the state machine bytes are not one. */
  metadata: MetadataSummary | null;
  /** Why `metadata` is null. */
  metadataNote: string | null;
}

export interface MetadataSummary {
  appliedIndex: number;
  nodeCount: number;
  collectionCount: number;
  aliasCount: number;
  shardCount: number;
  /** The whole view (shown with --json). */
  view: unknown;
}

export function describeSnapshotContent(data: Uint8Array): {
  content: SnapshotContent | null;
  note: string | null;
} {
  let decoded: ReturnType<typeof node.NodeSnapshot.decode>;
  try {
    decoded = node.NodeSnapshot.decode(data);
  } catch (error) {
    return {
      content: null,
      note: `not a NodeSnapshot (${data.length} opaque bytes): ${(error as Error).message}`,
    };
  }
  // The state machine's bytes come in pieces (node.proto): their concatenation.
  const stateMachine = Buffer.concat(decoded.stateMachine);
  const metadata = summarizeMetadata(stateMachine);
  return {
    content: {
      format: "NodeSnapshot",
      members: decoded.members.map((member) => ({
        nodeId: member.nodeId ?? 0,
        address: member.address ?? "",
      })),
      sessionCount: decoded.sessions.length,
      sessions: decoded.sessions.map((session) => ({
        clientId: session.clientId ?? 0,
        floor: session.floor ?? 0,
        lastIndex: session.lastIndex ?? 0,
        responses: session.responses?.length ?? 0,
        responseBytes: (session.responses ?? []).reduce(
          (sum, item) => sum + (item.response?.length ?? 0),
          0,
        ),
      })),
      stateMachineBytes: stateMachine.length,
      metadata: "summary" in metadata ? metadata.summary : null,
      metadataNote: "note" in metadata ? metadata.note : null,
    },
    note: null,
  };
}

/**
 * HOOK (metadata projector summary): decodes the state machine bytes with the metadata
 * projector's snapshot decoder (src/metadata/codec.ts decodeSnapshot). A node running another
 * state machine (the built-in KV one) gives bytes this decoder refuses: reported as a note.
 */
export function summarizeMetadata(
  stateMachine: Uint8Array,
): { summary: MetadataSummary } | { note: string } {
  if (stateMachine.length === 0) {
    return { note: "empty state machine" };
  }
  let view: MetadataView;
  try {
    view = decodeMetadataSnapshot(stateMachine);
  } catch (error) {
    return {
      note: `not a metadata snapshot (another state machine): ${(error as Error).message}`,
    };
  }
  const shards = [...view.shards.values()].flat();
  return {
    summary: {
      appliedIndex: view.appliedIndex,
      nodeCount: view.nodes.size,
      collectionCount: view.collections.size,
      aliasCount: view.aliases.size,
      shardCount: shards.length,
      view: {
        appliedIndex: view.appliedIndex,
        settings: view.settings,
        nodes: [...view.nodes.values()],
        collections: [...view.collections.values()],
        aliases: [...view.aliases].map(([name, collection]) => ({ name, collection })),
        shards,
      },
    },
  };
}
