/**
 * SnapshotStore: what the node relies on (save, loadNewest, list), retention, the fallback to
 * an older snapshot when the newest fails its checks (set aside as .bad with a warning), the
 * removal of leftover temporary files, and streaming through createWriter / newest.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  openSnapshot,
  SnapshotStore,
  type StoredSnapshot,
  snapshotFileName,
} from "../../src/snapshot/index.js";
import { FaultyFileSystem } from "../storage/faulty-fs.js";
import { flipBit, metadataAt, patternBytes, scratch } from "./helpers.js";

function stored(index: number, sizeBytes = 3000): StoredSnapshot {
  return { ...metadataAt(index, index + 1), data: patternBytes(index, sizeBytes) };
}

function storeWithWarnings(directory: string, options: { retain?: number } = {}) {
  const warnings: string[] = [];
  const store = new SnapshotStore(directory, {
    ...options,
    chunkBytes: 1024,
    onWarning: (message) => warnings.push(message),
  });
  return { store, warnings };
}

describe("SnapshotStore", () => {
  it("saves and loads the newest snapshot, named by index and term", async () => {
    const directory = path.join(scratch(), "snapshots");
    const { store, warnings } = storeWithWarnings(directory);
    expect(await store.loadNewest()).toBeUndefined();
    expect(store.list()).toEqual([]);
    const file = await store.save(stored(10));
    expect(file).toBe(path.join(directory, snapshotFileName(10, 11)));
    await store.save(stored(20, 0));
    const newest = await store.loadNewest();
    expect(newest?.index).toBe(20);
    expect(newest?.term).toBe(21);
    expect(newest?.data.length).toBe(0);
    expect(store.list()).toEqual([snapshotFileName(10, 11), snapshotFileName(20, 21)]);
    expect(warnings).toEqual([]);
  });

  it("keeps the newest `retain` snapshots (default 2)", async () => {
    const { store } = storeWithWarnings(scratch());
    for (const index of [1, 5, 9, 13]) {
      await store.save(stored(index));
    }
    expect(store.list()).toEqual([snapshotFileName(9, 10), snapshotFileName(13, 14)]);
    const three = storeWithWarnings(scratch(), { retain: 3 }).store;
    for (const index of [1, 5, 9, 13]) {
      await three.save(stored(index));
    }
    expect(three.list().length).toBe(3);
    expect(() => new SnapshotStore(scratch(), { retain: 0 })).toThrow(/retain/);
  });

  it("falls back to the older snapshot when the newest is corrupt, setting it aside", async () => {
    const directory = scratch();
    const { store } = storeWithWarnings(directory);
    await store.save(stored(10));
    const newest = await store.save(stored(20, 5000));
    const reader = openSnapshot(newest);
    const secondChunk = reader.dataOffsetBytes + 8 + 1024;
    reader.close();
    flipBit(newest, secondChunk + 8 + 100, 5);

    const reopened = storeWithWarnings(directory);
    const loaded = await reopened.store.loadNewest();
    expect(loaded?.index).toBe(10);
    expect(Buffer.from(loaded?.data ?? [])).toEqual(Buffer.from(stored(10).data));
    expect(fs.readdirSync(directory).sort()).toEqual([
      snapshotFileName(10, 11),
      `${snapshotFileName(20, 21)}.bad`,
    ]);
    expect(reopened.warnings.length).toBe(1);
    expect(reopened.warnings[0]).toContain(newest);
    expect(reopened.warnings[0]).toContain(`chunk-crc at byte offset ${secondChunk}`);
    expect(reopened.warnings[0]).toContain(".bad");
    expect(reopened.store.list()).toEqual([snapshotFileName(10, 11)]);
  });

  it("returns undefined when every snapshot is bad", async () => {
    const directory = scratch();
    const { store } = storeWithWarnings(directory);
    const file = await store.save(stored(3));
    fs.truncateSync(file, 30);
    const reopened = storeWithWarnings(directory);
    expect(await reopened.store.loadNewest()).toBeUndefined();
    expect(reopened.warnings[0]).toMatch(/truncated at byte offset/);
  });

  it("sets aside a snapshot whose name disagrees with its metadata", async () => {
    const directory = scratch();
    const { store } = storeWithWarnings(directory);
    await store.save(stored(3));
    const file = await store.save(stored(4));
    fs.renameSync(file, path.join(directory, snapshotFileName(99, 5)));
    const reopened = storeWithWarnings(directory);
    expect((await reopened.store.loadNewest())?.index).toBe(3);
    expect(reopened.warnings[0]).toContain("name at byte offset 0");
  });

  it("removes leftover temporary files before its first read and reports them", async () => {
    const directory = scratch();
    const { store } = storeWithWarnings(directory);
    await store.save(stored(3));
    const leftover = path.join(directory, `${snapshotFileName(8, 9)}.tmp`);
    fs.writeFileSync(leftover, patternBytes(1, 100));
    fs.writeFileSync(path.join(directory, "notes.tmp"), "not ours");
    const reopened = storeWithWarnings(directory);
    expect(fs.existsSync(leftover)).toBe(true);
    expect((await reopened.store.newest())?.metadata.index).toBe(3);
    expect(reopened.store.list()).toEqual([snapshotFileName(3, 4)]);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(path.join(directory, "notes.tmp"))).toBe(true);
    expect(reopened.warnings).toEqual([expect.stringContaining(leftover)]);
  });

  it("streams: createWriter commits and prunes, newest verifies, openSnapshot reads", async () => {
    const directory = scratch();
    const { store } = storeWithWarnings(directory);
    await store.save(stored(1));
    await store.save(stored(2));
    const writer = await store.createWriter(metadataAt(30, 4));
    for (let i = 0; i < 10; i++) {
      await writer.write(patternBytes(i, 700));
    }
    const result = await writer.commit();
    expect(result).toMatchObject({ chunkCount: 7, dataBytes: 7000 });
    expect(store.list()).toEqual([snapshotFileName(2, 3), snapshotFileName(30, 4)]);
    const file = (await store.newest())?.file;
    expect(file).toBe(path.join(directory, snapshotFileName(30, 4)));
    let bytes = 0;
    for await (const chunk of openSnapshot(file ?? "")) {
      bytes += chunk.length;
    }
    expect(bytes).toBe(7000);
  });

  it("newest falls back like loadNewest", async () => {
    const directory = scratch();
    const { store } = storeWithWarnings(directory);
    await store.save(stored(1));
    const newest = await store.save(stored(2));
    fs.appendFileSync(newest, "x");
    const reopened = storeWithWarnings(directory);
    expect((await reopened.store.newest())?.file).toBe(
      path.join(directory, snapshotFileName(1, 2)),
    );
    expect(reopened.warnings[0]).toContain("trailing-bytes");
  });

  it("a failed save leaves the previous snapshot and no temporary file", async () => {
    const directory = scratch();
    const fileSystem = new FaultyFileSystem();
    const store = new SnapshotStore(directory, { fileSystem, chunkBytes: 1024 });
    await store.save(stored(1));
    fileSystem.faults.spaceBytes = fileSystem.bytesWritten + 2000;
    await expect(store.save(stored(2, 10_000))).rejects.toThrow(/ENOSPC/);
    expect(fs.readdirSync(directory)).toEqual([snapshotFileName(1, 2)]);
    expect((await store.loadNewest())?.index).toBe(1);
  });
});
