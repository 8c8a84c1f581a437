#!/usr/bin/env node
/**
 * Writes a golden data directory (segments/golden/ for format version 1, segments/golden-v2/
 * for version 2): a small log that every future version of this code must still read exactly,
 * and manifest.json describing what it holds. Run `npm run golden` only when adding a NEW
 * golden set for a new format version; never regenerate committed files
 * (test/storage/golden.test.ts checks them).
 *
 * The content is deterministic (no clocks, no randomness), so two runs give identical bytes.
 * Segments are preallocated (the default) unless `preallocateSegments` is false: the v1 set
 * was written growing, as version 1 always wrote.
 */
import fs from "node:fs";
import path from "node:path";
import { FORMAT_VERSION } from "../src/storage/format.js";
import { SegmentLog } from "../src/storage/index.js";
import { type Entry, EntryType } from "../src/types/index.js";

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

function entry(index: number, term: number, type: EntryType, data: Uint8Array): Entry {
  return { index, term, type, data };
}

export async function writeGolden(
  directory: string,
  options: { preallocateSegments: boolean } = { preallocateSegments: true },
): Promise<void> {
  fs.mkdirSync(directory, { recursive: true });
  const log = await SegmentLog.open(directory, {
    segmentSizeBytes: 4096,
    lock: false,
    preallocateSegments: options.preallocateSegments,
  });
  await log.setHardState({ term: 1, vote: 1, commit: 0 });
  await log.append([entry(1, 1, EntryType.NO_OP, new Uint8Array())]);
  const batch: Entry[] = [];
  for (let index = 2; index <= 40; index++) {
    batch.push(
      entry(index, 1, EntryType.NORMAL, text(`put collection-${index} dimensions=${index * 8}`)),
    );
  }
  await log.append(batch, { term: 1, vote: 1, commit: 30 });
  // A conflicting suffix from term 1 is replaced by term 2 entries (a lone hard-state frame
  // follows the cut).
  await log.truncateSuffix(36);
  await log.append(
    [
      entry(36, 2, EntryType.NO_OP, new Uint8Array()),
      entry(37, 2, EntryType.CONF_CHANGE, Uint8Array.from([1, 2, 3, 4, 0xff])),
    ],
    { term: 2, vote: 3, commit: 36 },
  );
  for (let index = 38; index <= 120; index += 4) {
    const group: Entry[] = [];
    for (let i = index; i < index + 4; i++) {
      group.push(
        entry(
          i,
          2,
          EntryType.NORMAL,
          Uint8Array.from({ length: i % 50 }, (_, k) => (i + k) & 0xff),
        ),
      );
    }
    await log.append(group);
  }
  await log.setHardState({ term: 2, vote: 3, commit: 121 });
  await log.close();
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

export async function describeGolden(directory: string): Promise<object> {
  // Reading only: no spare segment is prepared in the directory.
  const log = await SegmentLog.open(directory, { lock: false, preallocateSegments: false });
  try {
    const entries = log.entries(log.firstIndex(), log.lastIndex() + 1);
    return {
      formatVersion: FORMAT_VERSION,
      files: fs
        .readdirSync(directory)
        .filter((name) => name.endsWith(".seg"))
        .sort(),
      firstIndex: log.firstIndex(),
      lastIndex: log.lastIndex(),
      hardState: log.hardState(),
      entries: entries.map((e) => ({
        index: e.index,
        term: e.term,
        type: e.type,
        dataHex: hex(e.data),
      })),
    };
  } finally {
    await log.close();
  }
}

async function main(): Promise<void> {
  const directory = process.argv[2];
  if (directory === undefined) {
    process.stderr.write("usage: make-golden DIR (DIR must not exist)\n");
    process.exit(2);
  }
  if (fs.existsSync(directory)) {
    process.stderr.write(`make-golden: ${directory} exists; refusing to overwrite golden files\n`);
    process.exit(2);
  }
  await writeGolden(directory);
  const manifest = await describeGolden(directory);
  fs.writeFileSync(path.join(directory, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  process.stdout.write(`wrote ${directory}\n`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await main();
}
