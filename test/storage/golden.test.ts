/**
 * The committed golden directory (segments/golden, format version 1) is read exactly: the
 * on-disk format is a public contract, and every future version must keep reading it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION } from "../../src/storage/format.js";
import { SegmentLog } from "../../src/storage/index.js";
import { describeGolden, writeGolden } from "../../tools/make-golden.js";
import { temporaryDirectory } from "./helpers.js";

const golden = path.resolve("segments/golden");

interface Manifest {
  formatVersion: number;
  files: string[];
  firstIndex: number;
  lastIndex: number;
  hardState: { term: number; vote: number; commit: number };
  entries: { index: number; term: number; type: number; dataHex: string }[];
}

function copyGolden(): string {
  const directory = temporaryDirectory();
  for (const name of fs.readdirSync(golden)) {
    fs.copyFileSync(path.join(golden, name), path.join(directory, name));
  }
  return directory;
}

describe("segments/golden (format version 1)", () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(golden, "manifest.json"), "utf8"),
  ) as Manifest;

  it("opens without damage and holds exactly what its manifest says", async () => {
    const directory = copyGolden();
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
        fs
          .readFileSync(path.join(directory, name))
          .equals(fs.readFileSync(path.join(golden, name))),
      ).toBe(true);
    }
  });

  it("is what the current writer produces, byte for byte, while the format is version 1", async () => {
    expect(manifest.formatVersion).toBe(1);
    if (FORMAT_VERSION !== 1) {
      return; // A newer writer: the first test still proves v1 is read.
    }
    const directory = path.join(temporaryDirectory(), "golden");
    await writeGolden(directory);
    expect(await describeGolden(directory)).toEqual(manifest);
    for (const name of manifest.files) {
      expect(
        fs
          .readFileSync(path.join(directory, name))
          .equals(fs.readFileSync(path.join(golden, name))),
        name,
      ).toBe(true);
    }
  });
});
