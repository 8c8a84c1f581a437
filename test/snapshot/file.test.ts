/**
 * Snapshot files (format v2, segments/FORMAT.md "Snapshot files"): the writer and the streaming
 * reader round-trip any data in any write pattern, and every kind of damage is a typed
 * SnapshotFileError naming the file, the byte offset and the problem.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CHUNK_BYTES_MAX,
  openSnapshot,
  SNAPSHOT_FORMAT_VERSION,
  SnapshotFileError,
  SnapshotWriter,
  snapshotFileName,
} from "../../src/snapshot/index.js";
import { type FileHandle, NodeFileSystem, type OpenMode } from "../../src/storage/fs.js";
import { FaultyFileSystem } from "../storage/faulty-fs.js";
import {
  expectReadError,
  flipBit,
  metadataAt,
  patternBytes,
  readChunks,
  readError,
  scratch,
  writeSnapshot,
  writeU32,
} from "./helpers.js";

const HEADER_BYTES = 24;
const CHUNK_HEADER_BYTES = 8;
const TRAILER_BYTES = 20;

/** A file of `chunks` full chunks of `chunkBytes`; returns it with its chunk offsets. */
async function chunkedFile(chunkBytes: number, chunks: number) {
  const directory = scratch();
  const data = patternBytes(7, chunkBytes * chunks);
  const file = await writeSnapshot(directory, metadataAt(42, 3), [data], { chunkBytes });
  const dataOffset = openSnapshot(file).dataOffsetBytes;
  openSnapshot(file).close();
  const offsets = Array.from(
    { length: chunks },
    (_, i) => dataOffset + i * (CHUNK_HEADER_BYTES + chunkBytes),
  );
  const trailerOffset = dataOffset + chunks * (CHUNK_HEADER_BYTES + chunkBytes);
  return { file, data, dataOffset, offsets, trailerOffset };
}

describe("round trip", () => {
  it("keeps the metadata and a small state in one chunk", async () => {
    const directory = scratch();
    const metadata = {
      index: 9_007_199_254_740_991,
      term: 77,
      confState: {
        voters: [1, 2],
        votersOutgoing: [1, 2, 3],
        learners: [5],
        learnersNext: [6],
        autoLeave: true,
        incarnations: [],
      },
    };
    const data = patternBytes(1, 100);
    const file = await writeSnapshot(directory, metadata, [data]);
    expect(path.basename(file)).toBe(snapshotFileName(metadata.index, 77));
    const reader = openSnapshot(file);
    expect(reader.metadata).toEqual(metadata);
    const records = [...reader.chunkRecords()];
    expect(records.map((record) => record.chunkNumber)).toEqual([0]);
    expect(Buffer.from(records[0]?.data ?? [])).toEqual(Buffer.from(data));
    expect(fs.readdirSync(directory)).toEqual([path.basename(file)]);
  });

  it("writes an empty state as no chunk at all", async () => {
    const file = await writeSnapshot(scratch(), metadataAt(1), []);
    const reader = openSnapshot(file);
    expect(reader.verify()).toEqual({ chunkCount: 0, dataBytes: 0 });
    expect(openSnapshot(file).readAll().length).toBe(0);
    expect(fs.statSync(file).size).toBe(reader.dataOffsetBytes + TRAILER_BYTES);
  });

  it("cuts one write larger than a chunk into full chunks and a last short one", async () => {
    const data = patternBytes(3, 10_001);
    const file = await writeSnapshot(scratch(), metadataAt(5), [data], { chunkBytes: 4096 });
    const chunks = readChunks(file);
    expect(chunks.map((chunk) => chunk.length)).toEqual([4096, 4096, 1809]);
    expect(Buffer.from(openSnapshot(file).readAll())).toEqual(Buffer.from(data));
  });

  it("round-trips any write pattern (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 2048 }),
        async (sizes, chunkBytes) => {
          const pieces = sizes.map((size, i) => patternBytes(i + 1, size));
          const whole = Buffer.concat(pieces);
          const file = await writeSnapshot(scratch(), metadataAt(8, 2), pieces, { chunkBytes });
          const chunks = readChunks(file);
          expect(chunks.length).toBe(Math.ceil(whole.length / chunkBytes));
          for (const chunk of chunks.slice(0, -1)) {
            expect(chunk.length).toBe(chunkBytes);
          }
          expect(Buffer.concat(chunks)).toEqual(whole);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("reads through the async iterator", async () => {
    const data = patternBytes(4, 50_000);
    const file = await writeSnapshot(scratch(), metadataAt(3), [data], { chunkBytes: 8192 });
    const parts: Uint8Array[] = [];
    for await (const chunk of openSnapshot(file)) {
      parts.push(chunk);
    }
    expect(parts.length).toBe(7);
    expect(Buffer.concat(parts)).toEqual(Buffer.from(data));
  });

  it("survives short writes (writev returning less than asked)", async () => {
    const fileSystem = new FaultyFileSystem({ writeBytesMax: 777 });
    const data = patternBytes(5, 20_000);
    const file = await writeSnapshot(
      scratch(),
      metadataAt(6),
      [data.subarray(0, 5), data.subarray(5)],
      {
        fileSystem,
        chunkBytes: 3000,
      },
    );
    expect(Buffer.from(openSnapshot(file).readAll())).toEqual(Buffer.from(data));
  });

  it("streams a large state holding about one chunk in memory", async () => {
    const chunkBytes = 1024 * 1024;
    const chunks = 192;
    const directory = scratch();
    const metadata = metadataAt(100);
    const file = path.join(directory, snapshotFileName(100, 1));
    const writer = await SnapshotWriter.create(file, metadata, { chunkBytes });
    const piece = patternBytes(9, chunkBytes);
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = 0;
    for (let i = 0; i < chunks; i++) {
      piece[0] = i;
      await writer.write(piece);
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
    }
    await writer.commit();
    const reader = openSnapshot(file);
    let count = 0;
    for (const chunk of reader.chunkRecords()) {
      expect(chunk.data.length).toBe(chunkBytes);
      expect(chunk.data[0]).toBe(count);
      count++;
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
    }
    expect(count).toBe(chunks);
    // Written and read: 192 MiB. Buffers live at any time: one chunk, plus garbage the
    // collector has not freed yet (tens of MiB); far below the state's size.
    console.log(`snapshot streaming: arrayBuffers peak +${(peak / 2 ** 20).toFixed(1)} MiB`);
    expect(peak).toBeLessThan((chunks * chunkBytes) / 2);
  });
});

describe("writer", () => {
  it("abort deletes the temporary file and leaves no snapshot", async () => {
    const directory = scratch();
    const file = path.join(directory, snapshotFileName(2, 1));
    const writer = await SnapshotWriter.create(file, metadataAt(2));
    await writer.write(patternBytes(1, 5000));
    expect(fs.readdirSync(directory)).toEqual([`${path.basename(file)}.tmp`]);
    await writer.abort();
    await writer.abort();
    expect(fs.readdirSync(directory)).toEqual([]);
  });

  it("replaces a leftover temporary file of the same name", async () => {
    const directory = scratch();
    const file = path.join(directory, snapshotFileName(2, 1));
    fs.writeFileSync(`${file}.tmp`, "garbage from a crash");
    await writeSnapshot(directory, metadataAt(2), [patternBytes(2, 10)]);
    expect(fs.readdirSync(directory)).toEqual([path.basename(file)]);
    expect(openSnapshot(file).verify()).toEqual({ chunkCount: 1, dataBytes: 10 });
  });

  it("fails on a full disk and aborts cleanly", async () => {
    const directory = scratch();
    const fileSystem = new FaultyFileSystem({ spaceBytes: 10_000 });
    const file = path.join(directory, snapshotFileName(2, 1));
    const writer = await SnapshotWriter.create(file, metadataAt(2), {
      fileSystem,
      chunkBytes: 4096,
    });
    await expect(writer.write(patternBytes(1, 50_000))).rejects.toThrow(/ENOSPC/);
    await expect(writer.write(patternBytes(1, 1))).rejects.toThrow(/failed snapshot writer/);
    await writer.abort();
    expect(fs.readdirSync(directory)).toEqual([]);
  });

  it("rejects a chunk size outside [1, CHUNK_BYTES_MAX]", async () => {
    const file = path.join(scratch(), snapshotFileName(2, 1));
    for (const chunkBytes of [0, CHUNK_BYTES_MAX + 1, 1.5]) {
      await expect(SnapshotWriter.create(file, metadataAt(2), { chunkBytes })).rejects.toThrow(
        /chunkBytes/,
      );
    }
  });
});

describe("damage is a typed error with file and offset", () => {
  it("a flipped bit in a chunk's data", async () => {
    const { file, offsets } = await chunkedFile(1000, 4);
    flipBit(file, (offsets[2] ?? 0) + CHUNK_HEADER_BYTES + 500, 3);
    const error = expectReadError(file, "chunk-crc", offsets[2] ?? 0);
    expect(error.message).toContain("chunk 2");
  });

  it("a flipped bit in a chunk's crc or length", async () => {
    const first = await chunkedFile(1000, 3);
    flipBit(first.file, (first.offsets[1] ?? 0) + 4, 0);
    expectReadError(first.file, "chunk-crc", first.offsets[1] ?? 0);
    const second = await chunkedFile(1000, 3);
    flipBit(second.file, second.offsets[1] ?? 0, 1);
    expectReadError(second.file, "chunk-crc", second.offsets[1] ?? 0);
  });

  it("a huge chunk length is refused before allocating", async () => {
    const { file, offsets } = await chunkedFile(1000, 3);
    writeU32(file, offsets[1] ?? 0, 0xffff_fff0);
    expectReadError(file, "chunk-length", offsets[1] ?? 0);
  });

  it("a flipped bit in the metadata", async () => {
    const { file } = await chunkedFile(100, 1);
    flipBit(file, HEADER_BYTES + 1, 2);
    expectReadError(file, "metadata", HEADER_BYTES);
  });

  it("a huge metadata length", async () => {
    const { file } = await chunkedFile(100, 1);
    writeU32(file, 16, 0x7fff_ffff);
    expectReadError(file, "header", 16);
  });

  it("bad magic", async () => {
    const { file } = await chunkedFile(100, 1);
    flipBit(file, 3, 0);
    expectReadError(file, "magic", 0);
  });

  it("an unknown version, and version 1 (the unreleased whole-file format)", async () => {
    for (const version of [1, SNAPSHOT_FORMAT_VERSION + 1]) {
      const { file } = await chunkedFile(100, 1);
      writeU32(file, 8, version);
      const error = expectReadError(file, "version", 8);
      expect(error.message).toContain(`version ${version}`);
    }
  });

  it("nonzero reserved flags", async () => {
    const { file } = await chunkedFile(100, 1);
    writeU32(file, 12, 1);
    expectReadError(file, "header", 12);
  });

  it("a file truncated anywhere", async () => {
    const { file, dataOffset, offsets, trailerOffset } = await chunkedFile(1000, 3);
    const whole = fs.readFileSync(file);
    const cuts: Array<[number, number]> = [
      [0, 0],
      [10, 10],
      [HEADER_BYTES + 2, 16],
      [dataOffset, dataOffset],
      [dataOffset + 2, dataOffset],
      [(offsets[1] ?? 0) + 500, offsets[1] ?? 0],
      [trailerOffset, trailerOffset],
      [trailerOffset + 7, trailerOffset],
      [whole.length - 1, trailerOffset],
    ];
    for (const [length, offset] of cuts) {
      fs.writeFileSync(file, whole.subarray(0, length));
      expectReadError(file, "truncated", offset);
    }
  });

  it("a dropped last chunk, a damaged trailer, bytes after the trailer", async () => {
    const { file, offsets, trailerOffset } = await chunkedFile(1000, 3);
    const whole = fs.readFileSync(file);
    const last = offsets[2] ?? 0;
    fs.writeFileSync(file, Buffer.concat([whole.subarray(0, last), whole.subarray(trailerOffset)]));
    expectReadError(file, "trailer", last);
    fs.writeFileSync(file, whole);
    flipBit(file, trailerOffset + 9, 0);
    expectReadError(file, "trailer", trailerOffset);
    fs.writeFileSync(file, Buffer.concat([whole, Buffer.from([0, 0, 0, 0])]));
    expectReadError(file, "trailing-bytes", whole.length);
  });

  it("two chunks swapped", async () => {
    const { file, offsets, trailerOffset } = await chunkedFile(1000, 3);
    const whole = fs.readFileSync(file);
    const [a, b, c] = offsets as [number, number, number];
    fs.writeFileSync(
      file,
      Buffer.concat([
        whole.subarray(0, a),
        whole.subarray(b, c),
        whole.subarray(a, b),
        whole.subarray(c),
      ]),
    );
    expect(trailerOffset).toBe(whole.length - TRAILER_BYTES);
    expectReadError(file, "chunk-crc", a);
  });

  it("any single flipped bit anywhere in the file is detected", async () => {
    const { file } = await chunkedFile(16, 3);
    const whole = fs.readFileSync(file);
    let detected = 0;
    for (let offset = 0; offset < whole.length; offset++) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = Buffer.from(whole);
        damaged[offset] = (damaged[offset] ?? 0) ^ (1 << bit);
        fs.writeFileSync(file, damaged);
        const error = readError(file);
        expect(error).toBeInstanceOf(SnapshotFileError);
        // The header crc covers header and metadata: reported at the metadata (offset 24).
        expect(error.offsetBytes).toBeLessThanOrEqual(Math.max(offset, HEADER_BYTES));
        detected++;
      }
    }
    expect(detected).toBe(whole.length * 8);
  });
});

describe("snapshot writer: incremental fdatasync", () => {
  /** A file system counting the fdatasyncs of the snapshot file before its final fsync. */
  class CountingFileSystem extends NodeFileSystem {
    datasyncs = 0;
    override openSync(file: string, mode: OpenMode): FileHandle {
      const handle = super.openSync(file, mode);
      const datasync = handle.datasync.bind(handle);
      handle.datasync = () => {
        this.datasyncs++;
        return datasync();
      };
      return handle;
    }
  }

  async function datasyncsWriting(totalBytes: number, syncEveryBytes?: number): Promise<number> {
    const fileSystem = new CountingFileSystem();
    const writer = await SnapshotWriter.create(path.join(scratch(), "s.snap"), metadataAt(9), {
      fileSystem,
      chunkBytes: 64 * 1024,
      ...(syncEveryBytes === undefined ? {} : { syncEveryBytes }),
    });
    for (let offset = 0; offset < totalBytes; offset += 100_000) {
      await writer.write(patternBytes(offset, Math.min(100_000, totalBytes - offset), offset));
    }
    const before = fileSystem.datasyncs;
    const result = await writer.commit();
    expect(readChunks(result.file).reduce((sum, chunk) => sum + chunk.length, 0)).toBe(totalBytes);
    return before;
  }

  it("flushes about every syncEveryBytes while writing (default 1 MiB), never with 0", async () => {
    expect(await datasyncsWriting(5 * 1024 * 1024)).toBeGreaterThanOrEqual(4);
    expect(await datasyncsWriting(5 * 1024 * 1024, 2 * 1024 * 1024)).toBe(2);
    expect(await datasyncsWriting(5 * 1024 * 1024, 0)).toBe(0);
    await expect(
      SnapshotWriter.create(path.join(scratch(), "t.snap"), metadataAt(9), { syncEveryBytes: -1 }),
    ).rejects.toThrow(/syncEveryBytes/);
  });
});
