/**
 * The committed golden directories are read exactly: segments/golden (format version 1,
 * written growing) and segments/golden-v2 (version 2, preallocated). The on-disk format is a
 * public contract, and every future version must keep reading both.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, SEGMENT_HEADER_BYTES } from "../../src/storage/format.js";
import { SegmentLog } from "../../src/storage/index.js";
import { describeGolden, writeGolden } from "../../tools/make-golden.js";
import { temporaryDirectory } from "./helpers.js";

interface Manifest {
  formatVersion: number;
  files: string[];
  firstIndex: number;
  lastIndex: number;
  hardState: { term: number; vote: number; commit: number };
  entries: { index: number; term: number; type: number; dataHex: string }[];
}

const goldenV1 = path.resolve("segments/golden");
const goldenV2 = path.resolve("segments/golden-v2");

function readManifest(golden: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(golden, "manifest.json"), "utf8")) as Manifest;
}

function copyGolden(golden: string): string {
  const directory = temporaryDirectory();
  for (const name of fs.readdirSync(golden)) {
    fs.copyFileSync(path.join(golden, name), path.join(directory, name));
  }
  return directory;
}

/** Opens a copy of `golden` as a log: no damage, exactly its manifest, no segment byte changed. */
async function expectReadExactly(golden: string): Promise<void> {
  const manifest = readManifest(golden);
  const directory = copyGolden(golden);
  const log = await SegmentLog.open(directory, { cacheBytesMax: 0 });
  try {
    expect(log.recovery.tornTail).toBeUndefined();
    expect(log.firstIndex()).toBe(manifest.firstIndex);
    expect(log.lastIndex()).toBe(manifest.lastIndex);
    expect(log.hardState()).toEqual(manifest.hardState);
    const entries = log.entries(log.firstIndex(), log.lastIndex() + 1);
    expect(
      entries.map((e) => ({
        index: e.index,
        term: e.term,
        type: e.type,
        dataHex: Buffer.from(e.data).toString("hex"),
      })),
    ).toEqual(manifest.entries);
  } finally {
    await log.close();
  }
  // Opening an intact log changes no segment byte.
  for (const name of manifest.files) {
    expect(
      fs.readFileSync(path.join(directory, name)).equals(fs.readFileSync(path.join(golden, name))),
      name,
    ).toBe(true);
  }
}

/** Bytes of a segment file after its header. */
function frameBytesOf(directory: string, name: string): Buffer {
  return fs.readFileSync(path.join(directory, name)).subarray(SEGMENT_HEADER_BYTES);
}

describe("segments/golden (format version 1)", () => {
  it("opens without damage and holds exactly what its manifest says", async () => {
    expect(readManifest(goldenV1).formatVersion).toBe(1);
    await expectReadExactly(goldenV1);
  });

  it("has the frames the current writer writes in the growing mode, byte for byte", async () => {
    // Version 2 changed no frame layout: only the header's version (and so its CRC) differ.
    const directory = path.join(temporaryDirectory(), "golden");
    await writeGolden(directory, { preallocateSegments: false });
    for (const name of readManifest(goldenV1).files) {
      expect(frameBytesOf(directory, name).equals(frameBytesOf(goldenV1, name)), name).toBe(true);
    }
  });
});

describe("segments/golden-v2 (format version 2, preallocated)", () => {
  const manifest = readManifest(goldenV2);

  it("opens without damage and holds exactly what its manifest says", async () => {
    expect(manifest.formatVersion).toBe(2);
    await expectReadExactly(goldenV2);
  });

  it("is what the current writer produces, byte for byte, while the format is version 2", async () => {
    if (FORMAT_VERSION !== 2) {
      return; // A newer writer: the test above still proves v2 is read.
    }
    const directory = path.join(temporaryDirectory(), "golden");
    await writeGolden(directory, { preallocateSegments: true });
    expect(await describeGolden(directory)).toEqual(manifest);
    expect(fs.readdirSync(directory).sort()).toEqual(manifest.files);
    for (const name of manifest.files) {
      expect(
        fs
          .readFileSync(path.join(directory, name))
          .equals(fs.readFileSync(path.join(goldenV2, name))),
        name,
      ).toBe(true);
    }
  });

  it("holds the v1 frames followed by a zero tail", () => {
    for (const name of manifest.files) {
      const v1 = frameBytesOf(goldenV1, name);
      const v2 = frameBytesOf(goldenV2, name);
      expect(v2.subarray(0, v1.length).equals(v1), name).toBe(true);
      expect(
        v2.subarray(v1.length).every((byte) => byte === 0),
        name,
      ).toBe(true);
    }
    const sizes = manifest.files.map((name) => fs.statSync(path.join(goldenV2, name)).size);
    expect(sizes.slice(1)).toEqual([4096, 4096]);
  });
});
