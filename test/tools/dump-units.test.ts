/**
 * The dump tool's pieces, in process: payload text, the --raw walk over damage (it must end
 * on any input), and when the progress bar is drawn.
 */
import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.js";
import { wal } from "../../src/proto/index.js";
import { FrameType, readFrameHeader, SEGMENT_HEADER_BYTES } from "../../src/storage/format.js";
import { type GoodFrame, MemorySource } from "../../src/storage/scan.js";
import { describePayload, isPrintableUtf8 } from "../../tools/dump/payload.js";
import { type WalkDamage, walkSegment } from "../../tools/dump/walk.js";
import { craftSegment, framesOf, makeTempDirectory } from "./dump-fixtures.js";

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) {
    fs.rmSync(directory, { recursive: true, force: true });
  }
});

function entryHeader(index: number, term: number) {
  const bytes = new Uint8Array(32);
  bytes[4] = FrameType.ENTRY;
  const header = readFrameHeader(bytes, 0);
  return { ...header, index, term };
}

function entryPayload(type: number, data: Uint8Array, index = 1, term = 1): Uint8Array {
  return wal.LogEntry.encode({ index, term, type, data }).finish();
}

describe("payload text", () => {
  it("recognises printable UTF-8 without decoding", () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(isPrintableUtf8(utf8("set a=1\tb\n"))).toBe(true);
    expect(isPrintableUtf8(utf8("héllo wörld ✓ 🚀"))).toBe(true);
    expect(isPrintableUtf8(new Uint8Array(0))).toBe(true);
    expect(isPrintableUtf8(Uint8Array.from([0x61, 0x00]))).toBe(false);
    expect(isPrintableUtf8(Uint8Array.from([0x61, 0x7f]))).toBe(false);
    expect(isPrintableUtf8(Uint8Array.from([0xc2, 0x85]))).toBe(false);
    expect(isPrintableUtf8(Uint8Array.from([0xc3, 0x28]))).toBe(false);
  });

  it("cuts long strings on a character boundary with a note", () => {
    const data = new TextEncoder().encode("é".repeat(40));
    const described = describePayload(entryHeader(1, 1), entryPayload(1, data), 9);
    expect(described).toMatchObject({
      typeName: "NORMAL",
      text: `"éééé"…(+72 bytes)`,
      dataBytes: 80,
      dataTruncated: true,
      dataHex: "c3a9c3a9c3a9c3a9c3",
    });
    expect(described.problem).toBeUndefined();
  });

  it("shows no-op, conf change and binary data", () => {
    const header = entryHeader(1, 1);
    expect(describePayload(header, entryPayload(3, new Uint8Array()), 64).text).toBe("no-op");
    expect(describePayload(header, entryPayload(2, Uint8Array.from([1, 2])), 64).text).toBe(
      "0x0102",
    );
    expect(describePayload(header, entryPayload(1, Uint8Array.from([0, 255])), 64).text).toBe(
      "0x00ff",
    );
    expect(describePayload(header, entryPayload(1, new Uint8Array()), 64).text).toBe('""');
  });

  it("reports payloads that do not decode or disagree with the header", () => {
    const header = entryHeader(5, 2);
    expect(describePayload(header, entryPayload(1, new Uint8Array(), 6, 2), 64).problem).toMatch(
      /payload disagrees with the frame header \(payload index 6 term 2, header index 5 term 2\)/,
    );
    expect(describePayload(header, entryPayload(9, new Uint8Array(), 5, 2), 64)).toMatchObject({
      typeName: "TYPE_9",
      problem: "unknown entry type 9",
    });
    expect(describePayload(header, Uint8Array.from([0xff, 0xff]), 64).problem).toMatch(
      /entry payload does not decode/,
    );
    const hardState = { ...header, frameType: FrameType.HARD_STATE };
    expect(
      describePayload(hardState, wal.HardState.encode({ term: 3, vote: 1, commit: 9 }).finish(), 64)
        .text,
    ).toBe("term=3 vote=1 commit=9");
    expect(describePayload(hardState, Uint8Array.from([0x0a]), 64).problem).toMatch(
      /hard state payload does not decode/,
    );
  });
});

describe("the --raw walk", () => {
  function walk(bytes: Uint8Array, raw: boolean) {
    const frames: { offset: number; index: number; afterDamage: boolean }[] = [];
    const damages: WalkDamage[] = [];
    const scan = walkSegment(new MemorySource(bytes), {
      firstIndex: 1,
      raw,
      visitor: {
        frame: (frame: GoodFrame, afterDamage: boolean) =>
          frames.push({ offset: frame.offset, index: frame.header.index, afterDamage }),
        damage: (damage) => damages.push(damage),
      },
    });
    return { frames, damages, scan };
  }

  function segmentBytes(count: number): { bytes: Buffer; offsets: number[] } {
    const directory = makeTempDirectory();
    directories.push(directory);
    const file = craftSegment(directory, {
      firstIndex: 1,
      segmentId: 1,
      frames: Array.from({ length: count }, (_, k) => ({
        index: k + 1,
        term: 1,
        writeSequence: k + 1,
      })),
    });
    return { bytes: fs.readFileSync(file), offsets: framesOf(file).map((f) => f.offsetBytes) };
  }

  it("stops at the first problem without --raw, as recovery does", () => {
    const { bytes, offsets } = segmentBytes(5);
    bytes.fill(0xee, offsets[2] as number, (offsets[2] as number) + 8);
    const result = walk(bytes, false);
    expect(result.frames.map((f) => f.index)).toEqual([1, 2]);
    expect(result.damages).toHaveLength(1);
    expect(result.damages[0]).toMatchObject({ offsetBytes: offsets[2], expectedIndex: 3 });
    expect(result.scan.problem?.offset).toBe(offsets[2]);
  });

  it("resynchronizes past garbage with --raw and reports the skipped range", () => {
    const { bytes, offsets } = segmentBytes(5);
    const garbage = Buffer.alloc(48, 0xab);
    const start = offsets[2] as number;
    const damaged = Buffer.concat([bytes.subarray(0, start), garbage, bytes.subarray(start)]);
    const result = walk(damaged, true);
    expect(result.frames.map((f) => [f.index, f.afterDamage])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, true],
      [5, true],
    ]);
    expect(result.damages[0]).toMatchObject({
      offsetBytes: start,
      first: true,
      skippedBytes: 48,
      resumeOffsetBytes: start + 48,
    });
  });

  it("ends on random bytes after a good header, whatever they are", () => {
    const { bytes } = segmentBytes(0);
    let seed = 12345;
    const noise = Buffer.alloc(64 * 1024).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    });
    const result = walk(Buffer.concat([bytes.subarray(0, SEGMENT_HEADER_BYTES), noise]), true);
    expect(result.frames).toEqual([]);
    expect(result.damages).toHaveLength(1);
    expect(result.damages[0]?.resumeOffsetBytes).toBeUndefined();
    // Skipped up to the last non-zero byte: zeros after it are the zero tail.
    let damagedBytes = noise.length;
    while (noise[damagedBytes - 1] === 0) {
      damagedBytes--;
    }
    expect(result.damages[0]?.skippedBytes).toBe(damagedBytes);
  });
});

describe("the progress bar", () => {
  function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream & { isTTY: boolean };
    stream.isTTY = isTTY;
    stream.columns = 100;
    const chunks: string[] = [];
    (stream as unknown as PassThrough).on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    return { stream, output: () => chunks.join("") };
  }

  async function draw(mode: "auto" | "always" | "never", isTTY: boolean, totalBytes: number) {
    const { stream, output } = fakeStream(isTTY);
    const progress = createProgress(mode, stream, {
      tool: "ruvraft-dump",
      kind: "bytes",
      threshold: 1000,
    });
    progress.start(totalBytes);
    progress.advance(totalBytes / 2);
    progress.advance(totalBytes / 2);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    return output();
  }

  it("is drawn automatically only on a terminal for a large input", async () => {
    expect(await draw("auto", true, 5000)).toContain("ruvraft-dump [");
    expect(await draw("auto", true, 500)).toBe("");
    expect(await draw("auto", false, 5000)).toBe("");
    expect(await draw("never", true, 5000)).toBe("");
    expect(await draw("always", false, 10)).toContain("ruvraft-dump [");
  });
});

describe("fixtures", () => {
  it("craftSegment writes the name the header says", () => {
    const directory = makeTempDirectory();
    directories.push(directory);
    const file = craftSegment(directory, { firstIndex: 3, segmentId: 2, frames: [] });
    expect(path.basename(file)).toBe("00000000000000000003-0000000000000002.seg");
  });
});
