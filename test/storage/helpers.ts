import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { MemorySource, scanFrames } from "../../src/storage/scan.js";
import { type Entry, EntryType } from "../../src/types/index.js";

const created: string[] = [];

/** A fresh temporary directory, removed after the test. */
export function temporaryDirectory(prefix = "ruvraft-test-"): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(directory);
  return directory;
}

afterEach(() => {
  for (const directory of created.splice(0)) {
    fs.rmSync(directory, { recursive: true, force: true });
  }
});

/** Deterministic entry data: the index repeated, so every entry's bytes are distinct. */
export function dataFor(index: number, sizeBytes: number): Uint8Array {
  const data = new Uint8Array(sizeBytes);
  for (let i = 0; i < sizeBytes; i++) {
    data[i] = (index * 31 + i * 7) & 0xff;
  }
  return data;
}

export function makeEntries(
  firstIndex: number,
  count: number,
  options: { term?: number; sizeBytes?: number } = {},
): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const index = firstIndex + i;
    entries.push({
      index,
      term: options.term ?? 1,
      type: EntryType.NORMAL,
      data: dataFor(index, options.sizeBytes ?? 100),
    });
  }
  return entries;
}

export function segmentFilesOf(directory: string): string[] {
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".seg"))
    .sort()
    .map((name) => path.join(directory, name));
}

/** Offset just after the last non-zero byte of bytes[from, to); `from` when all are zero. */
export function nonZeroEnd(bytes: Uint8Array, from: number, to: number): number {
  for (let position = to - 1; position >= from; position--) {
    if (bytes[position] !== 0) {
      return position + 1;
    }
  }
  return from;
}

/**
 * The two ways the log writes segments; tests of recovery run in both. `segmentSizeBytes` is
 * small so that a preallocated file stays cheap to write and read in a loop.
 */
export const WRITE_MODES = [
  { mode: "preallocated", options: { preallocateSegments: true, segmentSizeBytes: 16 * 1024 } },
  { mode: "growing", options: { preallocateSegments: false, segmentSizeBytes: 16 * 1024 } },
] as const;

/** Offset just after the last good frame of a segment file: where its data ends. */
export function dataEndOf(file: string): number {
  const bytes = fs.readFileSync(file);
  const firstIndex = Number(path.basename(file).slice(0, 20));
  return scanFrames(new MemorySource(bytes), { firstIndex }).endOffset;
}
