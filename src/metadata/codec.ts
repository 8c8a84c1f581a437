/**
 * Protobuf encoding of the metadata model (src/proto/metadata.proto documents every field).
 *
 * - Encoding writes every field of the plain model, lists sorted where the model is unordered
 *   (labels by key; snapshots sort everything), so equal values give equal bytes.
 * - decodeCommand never throws: bytes that do not decode become an `undecodable` event, which
 *   apply rejects (rule event.undecodable) identically on every replica.
 * - An enum number this version does not know decodes to the string `unknown(<n>)`, which
 *   validation rejects (node.status.invalid, ...); values are never guessed.
 * - decodeSnapshot throws on a snapshot it cannot trust (unknown format version, unsafe
 *   integers, broken invariants): restoring a corrupt snapshot is an operating error.
 */
import type { StateMachineCodec } from "../node/state-machine.js";
import { readFieldRuns } from "../proto/codec/field-stream.js";
import { type metadataTypes, metadataProto as proto } from "../proto/metadata-index.js";
import { MalformedDataError } from "../util/errors.js";
import { decodeEvent, encodeEvent } from "./codec-events.js";
import {
  aliasFromProto,
  aliasToProto,
  collectionFromProto,
  collectionToProto,
  nodeFromProto,
  nodeToProto,
  settingsFromProto,
  settingsToProto,
  shardFromProto,
  shardToProto,
} from "./codec-model.js";
import type {
  MetadataEvent,
  MetadataQuery,
  MetadataResponse,
  MetadataResult,
  Shard,
} from "./model.js";
import { compareStrings, emptyView, type MetadataView } from "./view.js";

export { decodeEvent, encodeEvent } from "./codec-events.js";

export const SNAPSHOT_FORMAT_VERSION = 1;

// ---- queries -----------------------------------------------------------------------------------

export function encodeQuery(query: MetadataQuery): Uint8Array {
  const body: metadataTypes.metadata.MetadataQuery.$Properties = (() => {
    switch (query.type) {
      case "listCollections":
        return { listCollections: {} };
      case "getCollection":
        return { getCollection: { name: query.name } };
      case "resolveAlias":
        return { resolveAlias: { alias: query.alias } };
      case "listAliases":
        return { listAliases: {} };
      case "shardsOfCollection":
        return { shardsOfCollection: { collection: query.collection } };
      case "shardsOnNode":
        return { shardsOnNode: { nodeId: query.nodeId } };
      case "listNodes":
        return { listNodes: {} };
      case "getSettings":
        return { getSettings: {} };
      case "watch":
        return { watch: { fromIndex: query.fromIndex, eventsMax: query.eventsMax } };
      default:
        return {};
    }
  })();
  return proto.MetadataQuery.encode(body).finish();
}

/** Throws on bytes that are not a query this version knows (the caller answers with an error). */
export function decodeQuery(bytes: Uint8Array): MetadataQuery {
  const message = decodeOrThrow(() => proto.MetadataQuery.decode(bytes), "metadata query");
  switch (message.query) {
    case "listCollections":
      return { type: "listCollections" };
    case "getCollection":
      return { type: "getCollection", name: message.getCollection.name ?? "" };
    case "resolveAlias":
      return { type: "resolveAlias", alias: message.resolveAlias.alias ?? "" };
    case "listAliases":
      return { type: "listAliases" };
    case "shardsOfCollection":
      return {
        type: "shardsOfCollection",
        collection: message.shardsOfCollection.collection ?? "",
      };
    case "shardsOnNode":
      return { type: "shardsOnNode", nodeId: message.shardsOnNode.nodeId ?? 0 };
    case "listNodes":
      return { type: "listNodes" };
    case "getSettings":
      return { type: "getSettings" };
    case "watch":
      return {
        type: "watch",
        fromIndex: safe(message.watch.fromIndex ?? 0, "watch.from_index"),
        eventsMax: message.watch.eventsMax ?? 0,
      };
    default:
      throw new MalformedDataError("metadata query has no known body");
  }
}

// ---- responses ---------------------------------------------------------------------------------

function resultToProto(result: MetadataResult): metadataTypes.metadata.Ok.$Properties {
  switch (result.type) {
    case "collections":
      return { collections: { collections: result.collections.map(collectionToProto) } };
    case "collection":
      return { collection: collectionToProto(result.collection) };
    case "alias":
      return { alias: aliasToProto(result.alias) };
    case "aliases":
      return { aliases: { aliases: result.aliases.map(aliasToProto) } };
    case "shards":
      return { shards: { shards: result.shards.map(shardToProto) } };
    case "nodes":
      return { nodes: { nodes: result.nodes.map(nodeToProto) } };
    case "settings":
      return { settings: settingsToProto(result.settings) };
    case "events":
      return {
        events: {
          events: result.events.map(({ index, event }) => ({ index, event: encodeEvent(event) })),
          snapshotNeeded: result.snapshot !== undefined,
          snapshot: result.snapshot ?? new Uint8Array(),
        },
      };
    default:
      return {};
  }
}

export function encodeResponse(response: MetadataResponse): Uint8Array {
  if (!response.ok) {
    return proto.MetadataResponse.encode({
      rejected: { rule: response.rule, reason: response.reason },
    }).finish();
  }
  const result = response.result === undefined ? {} : resultToProto(response.result);
  return proto.MetadataResponse.encode({ ok: { index: response.index, ...result } }).finish();
}

export function decodeResponse(bytes: Uint8Array): MetadataResponse {
  const message = decodeOrThrow(() => proto.MetadataResponse.decode(bytes), "metadata response");
  if (message.outcome === "rejected") {
    return { ok: false, rule: message.rejected.rule ?? "", reason: message.rejected.reason ?? "" };
  }
  if (message.outcome !== "ok") throw new MalformedDataError("metadata response has no outcome");
  const ok = message.ok;
  const index = ok.index ?? 0;
  const result = resultFromProto(ok);
  return result === undefined ? { ok: true, index } : { ok: true, index, result };
}

function resultFromProto(ok: metadataTypes.metadata.Ok.$Shape): MetadataResult | undefined {
  switch (ok.result) {
    case "collections":
      return {
        type: "collections",
        collections: (ok.collections.collections ?? []).map(collectionFromProto),
      };
    case "collection":
      return { type: "collection", collection: collectionFromProto(ok.collection) };
    case "alias":
      return { type: "alias", alias: aliasFromProto(ok.alias) };
    case "aliases":
      return { type: "aliases", aliases: (ok.aliases.aliases ?? []).map(aliasFromProto) };
    case "shards":
      return { type: "shards", shards: (ok.shards.shards ?? []).map(shardFromProto) };
    case "nodes":
      return { type: "nodes", nodes: (ok.nodes.nodes ?? []).map(nodeFromProto) };
    case "settings":
      return { type: "settings", settings: settingsFromProto(ok.settings) };
    case "events": {
      const events = (ok.events.events ?? []).map((item) => ({
        index: item.index ?? 0,
        event: decodeEvent(item.event ?? new Uint8Array()),
      }));
      return ok.events.snapshotNeeded
        ? { type: "events", events, snapshot: ok.events.snapshot ?? new Uint8Array() }
        : { type: "events", events };
    }
    default:
      return undefined;
  }
}

// ---- snapshot ----------------------------------------------------------------------------------

/** Items per encoded piece of a streamed snapshot (a piece is one protobuf message). */
const SNAPSHOT_PIECE_ITEMS = 256;
/** The largest record a streamed metadata snapshot may hold (one collection, node, shard...). */
export const SNAPSHOT_RECORD_BYTES_MAX = 16 * 1024 * 1024;

/**
 * The snapshot of `view` as a stream of pieces, each an encoded MetadataSnapshot holding part
 * of the fields; their concatenation is exactly `encodeSnapshot(view)` (protobuf appends
 * repeated fields). Lazy: the view is read as the pieces are taken, so give it a view nobody
 * changes meanwhile (MetadataProjector.snapshot passes a frozen copy).
 * Deterministic: every list sorted, every field written (see metadata.proto).
 */
export function* encodeSnapshotPieces(view: MetadataView): Generator<Uint8Array, void, undefined> {
  yield proto.MetadataSnapshot.encode({
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    appliedIndex: view.appliedIndex,
    settings: settingsToProto(view.settings),
  }).finish();
  const names = [...view.collections.keys()].sort(compareStrings);
  const nodes = [...view.nodes.values()].sort((a, b) => a.id - b.id);
  yield* pieces(nodes, (batch) => ({ nodes: batch.map(nodeToProto) }));
  yield* pieces(names, (batch) => ({
    collections: batch.map((name) => collectionToProto(view.collections.get(name)!)),
  }));
  const aliasNames = [...view.aliases.keys()].sort(compareStrings);
  yield* pieces(aliasNames, (batch) => ({
    aliases: batch.map((name) => ({ name, collection: view.aliases.get(name)! })),
  }));
  for (const name of names) {
    yield* pieces(view.shards.get(name) ?? [], (batch) => ({ shards: batch.map(shardToProto) }));
  }
  yield* pieces([...view.placementPending].sort(compareStrings), (batch) => ({
    placementPending: [...batch],
  }));
}

function* pieces<T>(
  items: readonly T[],
  toMessage: (batch: readonly T[]) => metadataTypes.metadata.MetadataSnapshot.$Properties,
): Generator<Uint8Array, void, undefined> {
  for (let start = 0; start < items.length; start += SNAPSHOT_PIECE_ITEMS) {
    const batch = items.slice(start, start + SNAPSHOT_PIECE_ITEMS);
    yield proto.MetadataSnapshot.encode(toMessage(batch)).finish();
  }
}

/** The whole snapshot of `view` in one buffer (watch responses, tests, tools). */
export function encodeSnapshot(view: MetadataView): Uint8Array {
  return Buffer.concat([...encodeSnapshotPieces(view)]);
}

export function decodeSnapshot(bytes: Uint8Array): MetadataView {
  return viewFromSnapshot(
    decodeOrThrow(() => proto.MetadataSnapshot.decode(bytes), "metadata snapshot"),
  );
}

/** Runs a generated decoder; its exceptions (bad wire types, lengths) become typed. */
function decodeOrThrow<T>(decode: () => T, what: string): T {
  try {
    return decode();
  } catch (error) {
    throw new MalformedDataError(`${what}: not decodable (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/**
 * Decodes a snapshot read as a stream (chunks cut anywhere). Throws FieldStreamError for a
 * stream cut inside a record, and as decodeSnapshot for content it cannot trust.
 */
export async function decodeSnapshotStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<MetadataView> {
  let whole: DecodedSnapshot | undefined;
  for await (const run of readFieldRuns(chunks, {
    recordBytesMax: SNAPSHOT_RECORD_BYTES_MAX,
    what: "metadata snapshot",
  })) {
    const part = decodeOrThrow(() => proto.MetadataSnapshot.decode(run), "metadata snapshot");
    if (whole === undefined) {
      whole = part;
      continue;
    }
    // Decoded messages hold only the fields present (defaults live on the prototype).
    if (Object.hasOwn(part, "formatVersion")) whole.formatVersion = part.formatVersion;
    if (Object.hasOwn(part, "appliedIndex")) whole.appliedIndex = part.appliedIndex;
    if (part.settings != null) whole.settings = part.settings;
    for (const node of part.nodes) whole.nodes.push(node);
    for (const collection of part.collections) whole.collections.push(collection);
    for (const alias of part.aliases) whole.aliases.push(alias);
    for (const shard of part.shards) whole.shards.push(shard);
    for (const name of part.placementPending) whole.placementPending.push(name);
  }
  return viewFromSnapshot(whole ?? proto.MetadataSnapshot.decode(new Uint8Array()));
}

type DecodedSnapshot = ReturnType<typeof proto.MetadataSnapshot.decode>;

function viewFromSnapshot(message: DecodedSnapshot): MetadataView {
  if (message.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new MalformedDataError(
      `metadata snapshot format ${message.formatVersion} is not supported`,
    );
  }
  const view = emptyView();
  view.appliedIndex = safe(message.appliedIndex ?? 0, "applied index");
  view.settings = settingsFromProto(message.settings);
  for (const node of message.nodes) {
    const decoded = nodeFromProto(node);
    safe(decoded.id, "node id");
    view.nodes.set(decoded.id, decoded);
  }
  // The shard arrays are filled here, before the view is handed out (it never changes them).
  const shardsByCollection = new Map<string, Shard[]>();
  for (const collection of message.collections) {
    const decoded = collectionFromProto(collection);
    view.collections.set(decoded.spec.name, decoded);
    const shards: Shard[] = [];
    shardsByCollection.set(decoded.spec.name, shards);
    view.shards.set(decoded.spec.name, shards);
  }
  for (const alias of message.aliases) {
    view.aliases.set(alias.name ?? "", alias.collection ?? "");
  }
  for (const shard of message.shards) {
    const decoded = shardFromProto(shard);
    const shards = shardsByCollection.get(decoded.collection);
    if (shards === undefined || decoded.shardId !== shards.length) {
      throw new MalformedDataError(
        `metadata snapshot: shard ${decoded.collection}/${decoded.shardId} out of place`,
      );
    }
    shards.push(decoded);
  }
  for (const [name, collection] of view.collections) {
    if (view.shards.get(name)?.length !== collection.spec.shardCount) {
      throw new MalformedDataError(`metadata snapshot: collection ${name} lacks shards`);
    }
  }
  for (const name of message.placementPending) {
    if (!view.collections.has(name)) {
      throw new MalformedDataError(
        `metadata snapshot: pending placement of ${JSON.stringify(name)}, not a collection`,
      );
    }
    view.placementPending.add(name);
  }
  return view;
}

function safe(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MalformedDataError(`metadata snapshot: ${what} ${value} is not a safe integer`);
  }
  return value;
}

export const metadataCodec: StateMachineCodec<MetadataEvent, MetadataResponse, MetadataQuery> = {
  encodeCommand: encodeEvent,
  decodeCommand: decodeEvent,
  encodeQuery,
  decodeQuery,
  encodeResponse,
  decodeResponse,
};
