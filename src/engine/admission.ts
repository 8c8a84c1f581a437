/**
 * What the engine cannot build, refused at propose time (RaftNode's `admit` check) so that it
 * never enters the log: an event in the log is applied by every replica, and a spec the
 * engine cannot honour would only be discovered later, on every node holding its shards.
 *
 * Rule names, as apply's rules (src/metadata/rules.ts) but checked before ordering:
 * - `engine.hnsw.m.range`: HNSW m above RUVECTOR_HNSW_M_MAX (256; @ruvector/core aborts the
 *   process above it).
 */
import { DEFAULT_HNSW, type MetadataEvent, type MetadataResponse } from "../metadata/index.js";
import { RUVECTOR_HNSW_M_MAX } from "./vector-store.js";

export const ENGINE_RULES = ["engine.hnsw.m.range"] as const;

/** The refusal of `event` by the engine's limits, or undefined to propose it. */
export function engineAdmission(event: MetadataEvent): MetadataResponse | undefined {
  if (event.type !== "createCollection") return undefined;
  const m = event.spec.hnsw?.m || DEFAULT_HNSW.m;
  if (m > RUVECTOR_HNSW_M_MAX) {
    return {
      ok: false,
      rule: "engine.hnsw.m.range",
      reason: `collection ${event.spec.name}: hnsw m ${m} is above ${RUVECTOR_HNSW_M_MAX}, the most the Ruvector engine supports`,
    };
  }
  return undefined;
}
