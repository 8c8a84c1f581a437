/** Builders shared by the metadata tests. */
import {
  type CollectionSpec,
  type MetadataEvent,
  MetadataProjector,
  type MetadataResponse,
} from "../../src/metadata/index.js";

export const AT_MS = 1_700_000_000_000;

export function register(nodeId: number, extra: Partial<MetadataEvent> = {}): MetadataEvent {
  return {
    type: "registerNode",
    atMs: AT_MS,
    nodeId,
    address: `10.0.0.${nodeId}:7000`,
    capacityBytes: 1 << 30,
    labels: { zone: `z${nodeId % 3}` },
    role: "voter",
    ...extra,
  } as MetadataEvent;
}

/** A spec with zeros where defaults apply. */
export function spec(name: string, extra: Partial<CollectionSpec> = {}): CollectionSpec {
  return {
    name,
    dimensions: 128,
    metric: "cosine",
    hnsw: { m: 0, efConstruction: 0, efSearch: 0, maxElements: 0 },
    quantization: { kind: "none" },
    onDiskPayload: false,
    shardCount: 8,
    replicationFactor: 0,
    ...extra,
  };
}

export function create(name: string, extra: Partial<CollectionSpec> = {}): MetadataEvent {
  return { type: "createCollection", atMs: AT_MS, spec: spec(name, extra) };
}

/** A projector with a running index, for script-like tests. */
export class Harness {
  readonly projector: MetadataProjector;
  index = 0;

  constructor(projector = new MetadataProjector()) {
    this.projector = projector;
  }

  apply(event: MetadataEvent): MetadataResponse {
    this.index++;
    return this.projector.apply({ index: this.index, term: 1, command: event });
  }

  /** Applies events that must all be accepted. */
  setup(...events: MetadataEvent[]): this {
    for (const event of events) {
      const response = this.apply(event);
      if (!response.ok)
        throw new Error(`setup event rejected: ${response.rule}: ${response.reason}`);
    }
    return this;
  }
}

/** Three voters (1, 2, 3) and a collection "docs" with 8 shards, replication factor 3. */
export function basicCluster(): Harness {
  return new Harness().setup(register(1), register(2), register(3), create("docs"));
}
