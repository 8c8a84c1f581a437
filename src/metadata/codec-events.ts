/**
 * Protobuf encoding of the metadata events (codec.ts has the rules every encoding follows;
 * src/proto/metadata.proto documents every field).
 */
import { type metadataTypes, metadataProto as proto } from "../proto/metadata-index.js";
import {
  labelsFromProto,
  labelsToProto,
  nodeRole,
  nodeStatus,
  settingsFromProto,
  settingsToProto,
  shardStatus,
  specFromProto,
  specToProto,
} from "./codec-model.js";
import type { MetadataEvent } from "./model.js";

type P = typeof metadataTypes.metadata;

// ---- events ------------------------------------------------------------------------------------

type EventProto = metadataTypes.metadata.MetadataEvent.$Properties;
/** A decoded MetadataEvent message. */
type EventMessage = ReturnType<P["MetadataEvent"]["decode"]>;

/**
 * The oneof body of each event type (undecodable events have none): node and settings events
 * here, the others in collectionEventBodyToProto and shardEventBodyToProto.
 */
export function eventBodyToProto(event: MetadataEvent): Omit<EventProto, "atMs"> {
  switch (event.type) {
    case "registerNode":
      return {
        registerNode: {
          nodeId: event.nodeId,
          address: event.address,
          capacityBytes: event.capacityBytes,
          labels: labelsToProto(event.labels),
          role: nodeRole.encode(event.role),
        },
      };
    case "updateNodeStatus":
      return {
        updateNodeStatus: { nodeId: event.nodeId, status: nodeStatus.encode(event.status) },
      };
    case "updateNodeLabels":
      return {
        updateNodeLabels: { nodeId: event.nodeId, labels: labelsToProto(event.labels) },
      };
    case "updateNodeCapacity":
      return {
        updateNodeCapacity: { nodeId: event.nodeId, capacityBytes: event.capacityBytes },
      };
    case "updateNodeRole":
      return { updateNodeRole: { nodeId: event.nodeId, role: nodeRole.encode(event.role) } };
    case "removeNode":
      return { removeNode: { nodeId: event.nodeId } };
    case "drainNode":
      return { drainNode: { nodeId: event.nodeId, draining: event.draining } };
    case "updateNodeAddress":
      return { updateNodeAddress: { nodeId: event.nodeId, address: event.address } };
    case "setClusterSettings":
      return { setClusterSettings: { settings: settingsToProto(event.settings) } };
    default:
      return collectionEventBodyToProto(event);
  }
}

/** Collection, alias and rebalance events. */
function collectionEventBodyToProto(event: MetadataEvent): Omit<EventProto, "atMs"> {
  switch (event.type) {
    case "createCollection":
      return { createCollection: { spec: specToProto(event.spec) } };
    case "updateCollection":
      return {
        updateCollection: {
          name: event.name,
          efSearch: event.efSearch,
          replicationFactor: event.replicationFactor,
        },
      };
    case "dropCollection":
      return { dropCollection: { name: event.name } };
    case "createAlias":
      return { createAlias: { alias: event.alias, collection: event.collection } };
    case "deleteAlias":
      return { deleteAlias: { alias: event.alias } };
    case "switchAlias":
      return { switchAlias: { alias: event.alias, collection: event.collection } };
    case "rebalance":
      return { rebalance: { collection: event.collection } };
    default:
      return shardEventBodyToProto(event);
  }
}

/** Migration, primary, status and stats events of a shard. */
function shardEventBodyToProto(event: MetadataEvent): Omit<EventProto, "atMs"> {
  switch (event.type) {
    case "startMigration":
      return {
        startMigration: {
          collection: event.collection,
          shardId: event.shardId,
          sourceNodeId: event.sourceNodeId,
          targetNodeId: event.targetNodeId,
          totalKeys: event.totalKeys,
        },
      };
    case "completeMigration":
      return { completeMigration: { collection: event.collection, shardId: event.shardId } };
    case "abortMigration":
      return { abortMigration: { collection: event.collection, shardId: event.shardId } };
    case "promotePrimary":
      return {
        promotePrimary: {
          collection: event.collection,
          shardId: event.shardId,
          nodeId: event.nodeId,
        },
      };
    case "setShardStatus":
      return {
        setShardStatus: {
          collection: event.collection,
          shardId: event.shardId,
          status: shardStatus.encode(event.status),
          ...(event.holderNodeIds === undefined ? {} : { holderNodeIds: event.holderNodeIds }),
          ...(event.holderSinceIndexes === undefined
            ? {}
            : { holderSinceIndexes: event.holderSinceIndexes }),
        },
      };
    case "reportShardStats":
      return {
        reportShardStats: { nodeId: event.nodeId, shards: event.shards.map((s) => ({ ...s })) },
      };
    default:
      return {};
  }
}

export function encodeEvent(event: MetadataEvent): Uint8Array {
  return proto.MetadataEvent.encode({ atMs: event.atMs, ...eventBodyToProto(event) }).finish();
}

/** Never throws (see the module comment). */
export function decodeEvent(bytes: Uint8Array): MetadataEvent {
  let message: EventMessage;
  try {
    message = proto.MetadataEvent.decode(bytes);
  } catch (error) {
    return { type: "undecodable", atMs: 0, reason: `undecodable event: ${String(error)}` };
  }
  return eventFromProto(message);
}

/** Node and settings events here, the others in collectionEventFromProto and shardEventFromProto. */
export function eventFromProto(message: EventMessage): MetadataEvent {
  const atMs = message.atMs ?? 0;
  switch (message.event) {
    case "registerNode": {
      const body = message.registerNode;
      return {
        type: "registerNode",
        atMs,
        nodeId: body.nodeId ?? 0,
        address: body.address ?? "",
        capacityBytes: body.capacityBytes ?? 0,
        labels: labelsFromProto(body.labels),
        role: nodeRole.decode(body.role),
      };
    }
    case "updateNodeStatus": {
      const body = message.updateNodeStatus;
      const status = nodeStatus.decode(body.status);
      return { type: "updateNodeStatus", atMs, nodeId: body.nodeId ?? 0, status };
    }
    case "updateNodeLabels": {
      const body = message.updateNodeLabels;
      const labels = labelsFromProto(body.labels);
      return { type: "updateNodeLabels", atMs, nodeId: body.nodeId ?? 0, labels };
    }
    case "updateNodeCapacity": {
      const body = message.updateNodeCapacity;
      const capacityBytes = body.capacityBytes ?? 0;
      return { type: "updateNodeCapacity", atMs, nodeId: body.nodeId ?? 0, capacityBytes };
    }
    case "updateNodeRole": {
      const body = message.updateNodeRole;
      return {
        type: "updateNodeRole",
        atMs,
        nodeId: body.nodeId ?? 0,
        role: nodeRole.decode(body.role),
      };
    }
    case "removeNode":
      return { type: "removeNode", atMs, nodeId: message.removeNode.nodeId ?? 0 };
    case "drainNode": {
      const body = message.drainNode;
      return {
        type: "drainNode",
        atMs,
        nodeId: body.nodeId ?? 0,
        draining: body.draining ?? false,
      };
    }
    case "updateNodeAddress": {
      const body = message.updateNodeAddress;
      return {
        type: "updateNodeAddress",
        atMs,
        nodeId: body.nodeId ?? 0,
        address: body.address ?? "",
      };
    }
    case "setClusterSettings": {
      const settings = settingsFromProto(message.setClusterSettings.settings);
      return { type: "setClusterSettings", atMs, settings };
    }
    default:
      return collectionEventFromProto(message, atMs);
  }
}

/** Collection, alias and rebalance events. */
function collectionEventFromProto(message: EventMessage, atMs: number): MetadataEvent {
  switch (message.event) {
    case "createCollection":
      return { type: "createCollection", atMs, spec: specFromProto(message.createCollection.spec) };
    case "updateCollection": {
      const body = message.updateCollection;
      return {
        type: "updateCollection",
        atMs,
        name: body.name ?? "",
        efSearch: body.efSearch ?? 0,
        replicationFactor: body.replicationFactor ?? 0,
      };
    }
    case "dropCollection":
      return { type: "dropCollection", atMs, name: message.dropCollection.name ?? "" };
    case "createAlias": {
      const { alias, collection } = message.createAlias;
      return { type: "createAlias", atMs, alias: alias ?? "", collection: collection ?? "" };
    }
    case "deleteAlias":
      return { type: "deleteAlias", atMs, alias: message.deleteAlias.alias ?? "" };
    case "switchAlias": {
      const { alias, collection } = message.switchAlias;
      return { type: "switchAlias", atMs, alias: alias ?? "", collection: collection ?? "" };
    }
    case "rebalance":
      return { type: "rebalance", atMs, collection: message.rebalance.collection ?? "" };
    default:
      return shardEventFromProto(message, atMs);
  }
}

/** Migration, primary, status and stats events of a shard; anything else is undecodable. */
function shardEventFromProto(message: EventMessage, atMs: number): MetadataEvent {
  switch (message.event) {
    case "startMigration": {
      const body = message.startMigration;
      return {
        type: "startMigration",
        atMs,
        collection: body.collection ?? "",
        shardId: body.shardId ?? 0,
        sourceNodeId: body.sourceNodeId ?? 0,
        targetNodeId: body.targetNodeId ?? 0,
        totalKeys: body.totalKeys ?? 0,
      };
    }
    case "completeMigration": {
      const { collection, shardId } = message.completeMigration;
      return {
        type: "completeMigration",
        atMs,
        collection: collection ?? "",
        shardId: shardId ?? 0,
      };
    }
    case "abortMigration": {
      const { collection, shardId } = message.abortMigration;
      return { type: "abortMigration", atMs, collection: collection ?? "", shardId: shardId ?? 0 };
    }
    case "promotePrimary": {
      const body = message.promotePrimary;
      return {
        type: "promotePrimary",
        atMs,
        collection: body.collection ?? "",
        shardId: body.shardId ?? 0,
        nodeId: body.nodeId ?? 0,
      };
    }
    case "setShardStatus": {
      const body = message.setShardStatus;
      return {
        type: "setShardStatus",
        atMs,
        collection: body.collection ?? "",
        shardId: body.shardId ?? 0,
        status: shardStatus.decode(body.status),
        ...(body.holderNodeIds === undefined ||
        body.holderNodeIds === null ||
        body.holderNodeIds.length === 0
          ? {}
          : { holderNodeIds: [...body.holderNodeIds] }),
        ...(body.holderSinceIndexes === undefined ||
        body.holderSinceIndexes === null ||
        body.holderSinceIndexes.length === 0
          ? {}
          : { holderSinceIndexes: [...body.holderSinceIndexes] }),
      };
    }
    case "reportShardStats": {
      const body = message.reportShardStats;
      return {
        type: "reportShardStats",
        atMs,
        nodeId: body.nodeId ?? 0,
        shards: (body.shards ?? []).map((entry) => ({
          collection: entry.collection ?? "",
          shardId: entry.shardId ?? 0,
          vectorCount: entry.vectorCount ?? 0,
          bytes: entry.bytes ?? 0,
        })),
      };
    }
    default:
      return { type: "undecodable", atMs, reason: "the event has no known body (newer schema?)" };
  }
}
