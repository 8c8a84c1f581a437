/**
 * Checks of the data path's arguments, each error naming the value and where it came from:
 * done by the node that receives a request (and by the client before it sends), so nothing is
 * half-written: a batch with one bad record is refused whole.
 */
import type { CollectionSpec } from "../metadata/index.js";
import { InvalidArgumentError } from "../util/errors.js";
import type { VectorRecord } from "./vector-store.js";

/** The largest k of a search (as Qdrant's default limit of a page of results). */
export const SEARCH_K_MAX = 10_000;
/** The longest vector id, in UTF-16 code units. */
export const VECTOR_ID_LENGTH_MAX = 512;
/** The largest payload, in UTF-16 code units of its JSON text. */
export const PAYLOAD_LENGTH_MAX = 65_536;
/** The most records in one upsert request. */
export const UPSERT_RECORDS_MAX = 10_000;

export function checkVectorId(collection: string, id: string): void {
  if (typeof id !== "string" || id.length === 0 || id.length > VECTOR_ID_LENGTH_MAX) {
    throw new InvalidArgumentError(
      `collection ${collection}: vector id ${JSON.stringify(id)} must be 1-${VECTOR_ID_LENGTH_MAX} characters`,
    );
  }
}

/** A vector of the collection's dimensions with finite values. */
export function checkVector(spec: CollectionSpec, vector: Float32Array, what: string): void {
  if (vector.length !== spec.dimensions) {
    throw new InvalidArgumentError(
      `collection ${spec.name}: ${what} has ${vector.length} values, the collection has ${spec.dimensions} dimensions`,
    );
  }
  for (let position = 0; position < vector.length; position++) {
    if (!Number.isFinite(vector[position])) {
      throw new InvalidArgumentError(
        `collection ${spec.name}: ${what} value ${position} is ${vector[position]}, not a finite number`,
      );
    }
  }
}

export function checkRecords(spec: CollectionSpec, records: readonly VectorRecord[]): void {
  if (records.length === 0 || records.length > UPSERT_RECORDS_MAX) {
    throw new InvalidArgumentError(
      `collection ${spec.name}: an upsert takes 1-${UPSERT_RECORDS_MAX} vectors, got ${records.length}`,
    );
  }
  for (const record of records) {
    checkVectorId(spec.name, record.id);
    checkVector(spec, record.vector, `vector ${JSON.stringify(record.id)}`);
    if (record.payload !== undefined) checkPayload(spec.name, record.id, record.payload);
  }
}

function checkPayload(collection: string, id: string, payload: string): void {
  if (payload.length > PAYLOAD_LENGTH_MAX) {
    throw new InvalidArgumentError(
      `collection ${collection}: the payload of vector ${JSON.stringify(id)} has ${payload.length} characters, at most ${PAYLOAD_LENGTH_MAX}`,
    );
  }
  try {
    JSON.parse(payload);
  } catch {
    throw new InvalidArgumentError(
      `collection ${collection}: the payload of vector ${JSON.stringify(id)} is not JSON text`,
    );
  }
}

export function checkSearchK(collection: string, k: number): void {
  if (!Number.isSafeInteger(k) || k < 1 || k > SEARCH_K_MAX) {
    throw new InvalidArgumentError(
      `collection ${collection}: k ${k} is not in [1, ${SEARCH_K_MAX}]`,
    );
  }
}
