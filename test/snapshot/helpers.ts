/** Shared helpers of the snapshot tests: scratch directories, data, damage, expected errors. */
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import {
  openSnapshot,
  SnapshotFileError,
  type SnapshotProblem,
  SnapshotWriter,
  type SnapshotWriterOptions,
  snapshotFileName,
} from "../../src/snapshot/index.js";
import type { SnapshotMetadata } from "../../src/types/index.js";
import { temporaryDirectory } from "../storage/helpers.js";

export { temporaryDirectory };

export function metadataAt(index: number, term = 1): SnapshotMetadata {
  return {
    index,
    term,
    confState: {
      voters: [1, 2, 3],
      votersOutgoing: [],
      learners: [4],
      learnersNext: [],
      autoLeave: false,
      incarnations: [],
    },
  };
}

/** Deterministic bytes: `seed` decides them, so two snapshots differ everywhere. */
export function patternBytes(seed: number, sizeBytes: number, fromOffset = 0): Uint8Array {
  const data = new Uint8Array(sizeBytes);
  for (let i = 0; i < sizeBytes; i++) {
    const at = fromOffset + i;
    data[i] = (seed * 131 + at * 7 + (at >>> 8)) & 0xff;
  }
  return data;
}

/** Writes a snapshot file in `directory` from `pieces`, each handed to one write call. */
export async function writeSnapshot(
  directory: string,
  metadata: SnapshotMetadata,
  pieces: readonly Uint8Array[],
  options: SnapshotWriterOptions = {},
): Promise<string> {
  const file = path.join(directory, snapshotFileName(metadata.index, metadata.term));
  const writer = await SnapshotWriter.create(file, metadata, options);
  for (const piece of pieces) {
    await writer.write(piece);
  }
  await writer.commit();
  return file;
}

/** Every chunk's data of `file`, verified. */
export function readChunks(file: string): Uint8Array[] {
  return [...openSnapshot(file).chunks()];
}

export function flipBit(file: string, offsetBytes: number, bit = 0): void {
  const bytes = fs.readFileSync(file);
  bytes[offsetBytes] = (bytes[offsetBytes] ?? 0) ^ (1 << bit);
  fs.writeFileSync(file, bytes);
}

export function writeU32(file: string, offsetBytes: number, value: number): void {
  const bytes = fs.readFileSync(file);
  bytes.writeUInt32LE(value, offsetBytes);
  fs.writeFileSync(file, bytes);
}

/** Reads `file` through (open + every chunk + trailer) and returns the error it throws. */
export function readError(file: string): SnapshotFileError {
  try {
    openSnapshot(file).verify();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotFileError);
    return error as SnapshotFileError;
  }
  throw new Error(`${file} read without error`);
}

export function expectReadError(
  file: string,
  problem: SnapshotProblem,
  offsetBytes: number,
): SnapshotFileError {
  const error = readError(file);
  expect({ problem: error.problem, offsetBytes: error.offsetBytes }).toEqual({
    problem,
    offsetBytes,
  });
  expect(error.file).toBe(file);
  expect(error.message).toContain(file);
  expect(error.message).toContain(`byte offset ${offsetBytes}`);
  expect(error.code).toBe("ESNAPSHOT");
  return error;
}

export function scratch(): string {
  return temporaryDirectory("ruvraft-snapshot-test-");
}
