/**
 * CopyOnWriteFileSystem (src/storage/copy-on-write-fs.ts): every change stays in memory, the
 * files below never change, and what the layer shows is what the changes made.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CopyOnWriteFileSystem } from "../../src/storage/copy-on-write-fs.js";
import { hasErrorCode } from "../../src/storage/fs.js";
import { SegmentLog } from "../../src/storage/index.js";
import { makeEntries, temporaryDirectory } from "./helpers.js";

function fingerprint(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(directory)) {
    files[name] = createHash("sha256")
      .update(fs.readFileSync(path.join(directory, name)))
      .digest("hex");
  }
  return files;
}

function readAll(layer: CopyOnWriteFileSystem, file: string): string {
  const handle = layer.openSync(file, "read");
  const bytes = new Uint8Array(handle.sizeSync());
  handle.readSync(bytes, 0);
  handle.closeSync();
  return Buffer.from(bytes).toString();
}

describe("CopyOnWriteFileSystem", () => {
  it("shows writes, truncates, creates, renames and unlinks without changing the files below", async () => {
    const directory = temporaryDirectory();
    const a = path.join(directory, "a");
    const b = path.join(directory, "b");
    fs.writeFileSync(a, "hello world");
    fs.writeFileSync(b, "bee");
    const before = fingerprint(directory);
    const layer = new CopyOnWriteFileSystem();

    const handle = layer.openSync(a, "readWriteDurable");
    await handle.writev([Buffer.from("HELLO")], 0);
    await handle.truncate(8);
    await handle.writev([Buffer.from("!")], 10);
    expect(readAll(layer, a)).toBe("HELLO wo\0\0!");

    const created = layer.openSync(path.join(directory, "c"), "createExclusive");
    await created.writev([Buffer.from("sea")], 0);
    expect(() => layer.openSync(path.join(directory, "c"), "createExclusive")).toThrow(/EEXIST/);
    expect(() => layer.openSync(b, "createExclusive")).toThrow(/EEXIST/);

    await layer.rename(b, path.join(directory, "d"));
    await layer.unlink(path.join(directory, "c"));
    await layer.writeFileDurably(path.join(directory, "e"), Buffer.from("eee"));
    expect(layer.readdirSync(directory).sort()).toEqual(["a", "d", "e"]);
    expect(readAll(layer, path.join(directory, "d"))).toBe("bee");
    let missing: unknown;
    try {
      layer.openSync(b, "read");
    } catch (error) {
      missing = error;
    }
    expect(hasErrorCode(missing, "ENOENT")).toBe(true);
    await expect(layer.unlink(b)).rejects.toMatchObject({ code: "ENOENT" });
    await layer.ensureDirectory(path.join(directory, "new"));
    expect(layer.readdirSync(path.join(directory, "new"))).toEqual([]);

    expect(fingerprint(directory)).toEqual(before);
  });

  it("lets recovery cut a torn tail in memory: the log reads up to it, the disk keeps it", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, { preallocateSegments: false });
    await log.append(makeEntries(1, 20, { sizeBytes: 100 }));
    await log.close();
    const segment = fs.readdirSync(directory).find((name) => name.endsWith(".seg")) as string;
    // A torn last write: bytes that are no frame, after the last good one.
    fs.appendFileSync(path.join(directory, segment), Buffer.alloc(64, 0xab));
    const before = fingerprint(directory);

    const layer = new CopyOnWriteFileSystem();
    const opened = await SegmentLog.open(directory, {
      fileSystem: layer,
      lock: false,
      preallocateSegments: false,
    });
    expect(opened.recovery.tornTail?.bytesCut).toBe(64);
    expect(opened.lastIndex()).toBe(20);
    expect(opened.entries(1, 21)).toHaveLength(20);
    await opened.close();
    expect(fingerprint(directory)).toEqual(before);
  });
});
