/**
 * The data path's records and hits as the wire carries them (raft.proto VectorRecord and
 * VectorHit), to and from the engine's VectorRecord and ScoredVector: vector values are
 * little-endian float32 bytes, an empty payload is none.
 */
import { decodeFloat32, encodeFloat32 } from "../util/float32.js";
import type { ScoredVector, VectorRecord } from "./vector-store.js";

export type WireRecord = {
  id?: string | null;
  values?: Uint8Array | null;
  payload?: string | null;
};
export type WireHit = { id: string; score: number; payload?: string; values?: Uint8Array };

/** Records from the wire; `collection` names them in errors (a bad vector's byte length). */
export function decodeRecords(collection: string, records: readonly WireRecord[]): VectorRecord[] {
  return records.map((record) => {
    const id = record.id ?? "";
    const vector = decodeFloat32(
      record.values ?? new Uint8Array(),
      `collection ${collection}: vector ${JSON.stringify(id)}`,
    );
    const payload = record.payload ?? "";
    return payload === "" ? { id, vector } : { id, vector, payload };
  });
}

export function encodeRecords(records: readonly VectorRecord[]): WireRecord[] {
  return records.map((record) => ({
    id: record.id,
    values: encodeFloat32(record.vector),
    payload: record.payload ?? "",
  }));
}

/** A hit for the wire, with the vector's values when given (a get). */
export function wireHit(hit: ScoredVector, vector?: Float32Array): WireHit {
  return {
    id: hit.id,
    score: hit.score,
    ...(hit.payload === undefined ? {} : { payload: hit.payload }),
    ...(vector === undefined ? {} : { values: encodeFloat32(vector) }),
  };
}

/** A hit from the wire. */
export function scoredFromWire(hit: {
  id?: string | null;
  score?: number | null;
  payload?: string | null;
}): ScoredVector {
  const scored = { id: hit.id ?? "", score: hit.score ?? 0 };
  return hit.payload ? { ...scored, payload: hit.payload } : scored;
}
