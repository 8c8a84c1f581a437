/**
 * RuvectorClient: the data plane of a ruvraft cluster running the Ruvector engine. Any node
 * takes a request and routes it (docs/architecture.md, "The data path"); this client sends each
 * request to one of its endpoints, moving to the next when a node does not answer.
 *
 * What it does not promise: vectors are not Raft-replicated. An upsert is acknowledged once
 * every record is durable on its shard's primary and on the replicas whose nodes are not offline;
 * an upsert spanning several shards is not atomic (the error names the shards that failed), and
 * a replica that was offline during a write misses it (nothing repairs it yet).
 */
import { decodeFloat32, encodeFloat32 } from "../util/float32.js";
import { RaftClient, type RaftClientOptions } from "./raft-client.js";

/** One vector to write; `payload` is any JSON value. */
export interface VectorInput {
  id: string;
  vector: Float32Array | readonly number[];
  payload?: unknown;
}

export interface VectorHit {
  id: string;
  /** The distance to the query, smaller is closer (see ScoredVector in src/engine). */
  score: number;
  payload?: unknown;
}

export interface StoredVector {
  id: string;
  vector: Float32Array;
  payload?: unknown;
}

export class RuvectorClient {
  private readonly client: RaftClient;

  constructor(options: RaftClientOptions) {
    // No session: the data plane's requests are not log entries.
    this.client = new RaftClient({ ...options, clientId: 0 });
  }

  /** Writes vectors into `collection` (a name or an alias); an existing id is replaced. */
  async upsert(collection: string, vectors: readonly VectorInput[]): Promise<void> {
    // The node checks everything (ids, dimensions, values, payloads) and names what is wrong.
    const records = vectors.map((input) => ({
      id: input.id,
      values: encodeFloat32(Float32Array.from(input.vector)),
      payload: input.payload === undefined ? "" : JSON.stringify(input.payload),
    }));
    await this.client.requestAny("vector upsert", { vectorUpsert: { collection, records } });
  }

  /** The `k` nearest vectors to `vector` in `collection`, closest first. */
  async search(
    collection: string,
    vector: Float32Array | readonly number[],
    k: number,
  ): Promise<VectorHit[]> {
    const response = await this.client.requestAny("vector search", {
      vectorSearch: { collection, values: encodeFloat32(Float32Array.from(vector)), k },
    });
    return (response.vectorHits?.hits ?? []).map((hit) => {
      const found = { id: hit.id ?? "", score: hit.score ?? 0 };
      return hit.payload ? { ...found, payload: JSON.parse(hit.payload) as unknown } : found;
    });
  }

  /** One vector by id, or undefined. */
  async get(collection: string, id: string): Promise<StoredVector | undefined> {
    const response = await this.client.requestAny("vector get", { vectorGet: { collection, id } });
    const hit = response.vectorHits?.hits?.[0];
    if (hit === undefined || hit === null) return undefined;
    const vector = decodeFloat32(hit.values ?? new Uint8Array(), `vector ${JSON.stringify(id)}`);
    return hit.payload
      ? { id, vector, payload: JSON.parse(hit.payload) as unknown }
      : { id, vector };
  }

  close(): void {
    this.client.close();
  }
}
