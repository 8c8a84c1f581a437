/**
 * ruvraft-dump against a directory written by SegmentLog and against each kind of damage
 * (the list of segments/FORMAT.md and docs/architecture.md, "The disk"): the tool must classify exactly as
 * recovery does, report file, byte offset and index, and never crash.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  crc32,
  encodeSegmentHeader,
  FORMAT_VERSION,
  FrameType,
  SPARE_SEGMENT_FILE_NAME,
  segmentFileName,
} from "../../src/storage/format.js";
import {
  craftSegment,
  flipBit,
  framesOf,
  type JsonLine,
  makeTempDirectory,
  ofKind,
  runDump,
  runDumpJson,
  summaryOf,
  writeLog,
} from "./dump-fixtures.js";

const temporaryDirectories: string[] = [];
let template: string;
let templateSegments: string[];
/** The same log written with preallocated segments. */
let preallocatedTemplate: string;
let preallocatedSegments: string[];

function scratch(): string {
  const directory = makeTempDirectory();
  temporaryDirectories.push(directory);
  return directory;
}

/**
 * A fresh copy of the generated log (growing segments, or preallocated ones); returns its
 * directory and segment paths, oldest first.
 */
function copyOfLog(preallocated = false): { directory: string; segments: string[] } {
  const directory = path.join(scratch(), "log");
  fs.cpSync(preallocated ? preallocatedTemplate : template, directory, { recursive: true });
  const segments = preallocated ? preallocatedSegments : templateSegments;
  return {
    directory,
    segments: segments.map((segment) => path.join(directory, path.basename(segment))),
  };
}

function findings(lines: readonly JsonLine[], severity?: string): JsonLine[] {
  return ofKind(lines, "finding").filter(
    (line) => severity === undefined || line.severity === severity,
  );
}

/** Where the frames of a segment file end (its zero tail, if any, follows). */
function segmentEnd(file: string): number {
  const frames = framesOf(file);
  const source = fs.readFileSync(file);
  const last = frames.at(-1);
  if (last === undefined) {
    return 40;
  }
  const length = source.readUInt32LE(last.offsetBytes + 8);
  return last.offsetBytes + 32 + Math.ceil(length / 8) * 8;
}

function segmentRow(lines: readonly JsonLine[], file: string): JsonLine {
  const row = ofKind(lines, "segment").find((line) => line.file === file);
  if (row === undefined) {
    throw new Error(`no segment row for ${file}`);
  }
  return row;
}

beforeAll(async () => {
  template = path.join(scratch(), "template");
  templateSegments = await writeLog(template, { batches: 40, perBatch: 3 });
  expect(templateSegments.length).toBeGreaterThanOrEqual(3);
  const newest = framesOf(templateSegments[templateSegments.length - 1] as string);
  expect(new Set(newest.map((frame) => frame.writeSequence)).size).toBeGreaterThanOrEqual(3);
  preallocatedTemplate = path.join(scratch(), "preallocated");
  preallocatedSegments = await writeLog(preallocatedTemplate, {
    batches: 40,
    perBatch: 3,
    preallocateSegments: true,
  });
  expect(preallocatedSegments.map((file) => path.basename(file))).toEqual(
    templateSegments.map((file) => path.basename(file)),
  );
});

afterAll(() => {
  for (const directory of temporaryDirectories) {
    fs.rmSync(directory, { recursive: true, force: true });
  }
});

describe("ruvraft-dump on an intact log", () => {
  it("prints a header per segment, a row per record and a summary, and exits 0", () => {
    const { directory, segments } = copyOfLog();
    const run = runDump([directory]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    for (const segment of segments) {
      expect(run.stdout).toContain(`== segment ${segment}`);
    }
    expect(run.stdout).toMatch(/state=sealed/);
    expect(run.stdout).toMatch(/state=newest/);
    expect(run.stdout).toMatch(/ 1 +1 +NO_OP +1 +\d+ +ok +no-op/);
    expect(run.stdout).toContain('"put k2 v2"');
    expect(run.stdout).toContain("0x000102ff05");
    expect(run.stdout).toMatch(/HARD_STATE .* term=1 vote=2 commit=1/);
    expect(run.stdout).toMatch(/CONF_CHANGE .* 0x0807/);
    expect(run.stdout).toMatch(/"put k3 v{57}"…\(\+43 bytes\)/);
    expect(run.stdout).toMatch(
      /== summary .*: \d+ segments, 120 entries \[1, 120\], \d+ hard states/,
    );
    expect(run.stdout).toMatch(/== findings: 0 corrupt, 0 torn, 0 info; exit 0: intact/);
  });

  it("reads a node's data directory (the path an operator has): its log/, then snapshots/", () => {
    const { directory, segments } = copyOfLog();
    const dataDirectory = path.dirname(directory);
    const intact = runDump(["--verify", dataDirectory]);
    expect(intact.status).toBe(0);
    expect(intact.stdout).not.toMatch(/no segment files/);
    expect(intact.stdout).toMatch(/summary/i);
    fs.mkdirSync(path.join(dataDirectory, "snapshots"));
    expect(runDump(["--verify", dataDirectory]).status).toBe(0);
    const first = segments[0] as string;
    flipBit(first, (framesOf(first)[1] as { offsetBytes: number }).offsetBytes + 36);
    const damaged = runDump(["--verify", dataDirectory]);
    expect(damaged.status).toBe(4);
    expect(damaged.stdout).toContain(first);
  });

  it("--json prints one object per line: segments, records, then the summary last", () => {
    const { directory, segments } = copyOfLog();
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(0);
    expect(ofKind(lines, "segment").map((line) => line.file)).toEqual(segments);
    const records = ofKind(lines, "record");
    const frameCount = segments.reduce((sum, segment) => sum + framesOf(segment).length, 0);
    expect(records).toHaveLength(frameCount);
    expect(records.every((record) => record.crcOk === true)).toBe(true);
    const second = records.find((record) => record.index === 2 && record.type === "NORMAL");
    expect(second).toMatchObject({
      term: 1,
      text: '"put k2 v2"',
      dataHex: Buffer.from("put k2 v2").toString("hex"),
      dataBytes: 9,
      dataTruncated: false,
    });
    const long = records.find((record) => record.index === 3);
    expect(long).toMatchObject({ dataBytes: 107, dataTruncated: true });
    expect(long?.dataHex).toHaveLength(128);
    const summary = summaryOf(lines);
    expect(summary).toMatchObject({
      entries: 120,
      hardStates: frameCount - 120,
      records: frameCount,
      firstIndex: 1,
      lastIndex: 120,
      hardState: "term=10 vote=2 commit=119",
      findings: { corrupt: 0, torn: 0, info: 0 },
      exitCode: 0,
    });
    // Every line of one kind has the same keys (unknown values are null, never absent).
    for (const kind of ["segment", "record"]) {
      const keys = new Set(ofKind(lines, kind).map((line) => Object.keys(line).join(",")));
      expect(keys.size).toBe(1);
    }
  });

  it("--full shows whole payloads", () => {
    const { directory } = copyOfLog();
    const { lines } = runDumpJson(["--full", directory]);
    const long = ofKind(lines, "record").find((record) => record.index === 3);
    expect(long).toMatchObject({
      text: JSON.stringify(`put k3 ${"v".repeat(100)}`),
      dataTruncated: false,
    });
  });

  it("--from/--to limit the rows to an index range and skip segments outside it", () => {
    const { directory } = copyOfLog();
    const { status, lines } = runDumpJson(["--from", "10", "--to", "12", directory]);
    expect(status).toBe(0);
    const records = ofKind(lines, "record");
    expect(records.filter((r) => r.type !== "HARD_STATE").map((r) => r.index)).toEqual([
      10, 11, 12,
    ]);
    expect(ofKind(lines, "segment")).toHaveLength(1);
    expect(summaryOf(lines).entries).toBe(120);
  });

  it("--verify prints only findings and the summary", () => {
    const { directory } = copyOfLog();
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(0);
    expect(lines.map((line) => line.kind)).toEqual(["summary"]);
    const text = runDump(["--verify", directory]);
    expect(text.stdout).not.toContain("== segment");
    expect(text.stdout).toContain("exit 0: intact");
  });

  it("dumps one segment file given alone, as the newest when no sibling has a higher id", () => {
    const { segments } = copyOfLog();
    const newest = segments[segments.length - 1] as string;
    const { status, lines } = runDumpJson([newest]);
    expect(status).toBe(0);
    expect(segmentRow(lines, newest).state).toBe("newest");
    expect(findings(lines, "info")[0]?.reason).toMatch(/single file: treated as the newest/);
    const sealed = runDumpJson([segments[0] as string]);
    expect(segmentRow(sealed.lines, segments[0] as string).state).toBe("sealed");
  });

  it("lists leftover temporary files and torn-tail side files as info", () => {
    const { directory } = copyOfLog();
    fs.writeFileSync(path.join(directory, `${segmentFileName(999, 9)}.tmp`), "half");
    fs.writeFileSync(path.join(directory, `${segmentFileName(1, 1)}.broken-4096`), "cut!");
    fs.writeFileSync(path.join(directory, "notes.txt"), "hello");
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(0);
    const reasons = findings(lines, "info").map((line) => line.reason);
    expect(reasons).toEqual([
      expect.stringMatching(/side file: 4 bytes cut from a torn tail at byte offset 4096/),
      expect.stringMatching(/leftover temporary file/),
      expect.stringMatching(/not a segment file name: ignored/),
    ]);
  });

  it("reports segments below a RESTART segment as obsolete, not as a gap", () => {
    const directory = path.join(scratch(), "restart");
    fs.mkdirSync(directory);
    const old = craftSegment(directory, {
      firstIndex: 1,
      segmentId: 1,
      frames: [1, 2, 3].map((index) => ({ index, term: 1, writeSequence: index })),
    });
    const restart = craftSegment(directory, {
      firstIndex: 50,
      segmentId: 2,
      restart: true,
      frames: [50, 51].map((index) => ({ index, term: 2, writeSequence: index - 49 })),
    });
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(0);
    expect(segmentRow(lines, old).state).toBe("obsolete");
    expect(segmentRow(lines, restart)).toMatchObject({ state: "newest", restart: true });
    expect(findings(lines, "info")[0]?.reason).toMatch(
      /obsolete: segment 1 is below RESTART segment 2/,
    );
    expect(summaryOf(lines)).toMatchObject({ entries: 2, firstIndex: 50, lastIndex: 51 });
  });

  it("a zero tail (preallocated or unwritten space) is the clean end, not a torn tail", () => {
    const { directory, segments } = copyOfLog();
    const newest = segments[segments.length - 1] as string;
    fs.appendFileSync(newest, new Uint8Array(4096));
    const run = runDump(["--verify", directory]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("exit 0: intact");
  });

  it("says so and exits 0 for a directory with no segments", () => {
    const directory = scratch();
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(0);
    expect(findings(lines, "info")[0]?.reason).toBe("no segment files in this directory");
    expect(summaryOf(lines)).toMatchObject({ segments: 0, verdict: "no segments" });
  });
});

describe("ruvraft-dump on torn tails (exit 3)", () => {
  it("a newest segment cut mid-frame is a torn tail", () => {
    const { directory, segments } = copyOfLog();
    const newest = segments[segments.length - 1] as string;
    const frames = framesOf(newest);
    const last = frames[frames.length - 1]!;
    fs.truncateSync(newest, last.offsetBytes + 20);
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(3);
    expect(segmentRow(lines, newest).state).toBe("torn-tail");
    expect(findings(lines)).toEqual([
      expect.objectContaining({
        severity: "torn",
        file: newest,
        offsetBytes: last.offsetBytes,
        index: 121,
        reason: expect.stringMatching(/^truncated frame header \(20 of 32 bytes\) \(torn write/),
      }),
    ]);
    expect(summaryOf(lines)).toMatchObject({ exitCode: 3, findings: { torn: 1, corrupt: 0 } });
  });

  it("non-zero bytes after zeros at the end of the newest segment are a torn tail", () => {
    const { directory, segments } = copyOfLog();
    const newest = segments[segments.length - 1] as string;
    const size = fs.statSync(newest).size;
    fs.appendFileSync(
      newest,
      Buffer.concat([new Uint8Array(64), new Uint8Array(8).fill(7), new Uint8Array(4096)]),
    );
    const run = runDump(["--verify", directory]);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain(`!! TORN ${newest} offset=${size} index=121: frame type 0`);
  });

  it("a bit flipped in the last write batch of the newest segment is a torn tail", () => {
    const { directory, segments } = copyOfLog();
    const newest = segments[segments.length - 1] as string;
    const frames = framesOf(newest);
    const lastBatch = frames[frames.length - 1]!.writeSequence;
    const first = frames.find((frame) => frame.writeSequence === lastBatch)!;
    flipBit(newest, first.offsetBytes + 40);
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(3);
    expect(findings(lines)[0]).toMatchObject({
      severity: "torn",
      offsetBytes: first.offsetBytes,
      index: first.index,
    });
  });
});

describe("ruvraft-dump on preallocated segments", () => {
  it("reports each zero tail as free space, not damage, and exits 0", () => {
    const { directory, segments } = copyOfLog(true);
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(0);
    expect(findings(lines)).toEqual([]);
    let freeBytes = 0;
    for (const segment of segments) {
      const row = segmentRow(lines, segment);
      expect(row.sizeBytes).toBe(4096);
      expect(row.freeBytes).toBeGreaterThan(0);
      expect(row.validBytes + row.freeBytes).toBe(row.sizeBytes);
      expect(row.state).toBe(segment === segments.at(-1) ? "newest" : "sealed");
      freeBytes += row.freeBytes;
    }
    const frameCount = segments.reduce((sum, segment) => sum + framesOf(segment).length, 0);
    expect(ofKind(lines, "record")).toHaveLength(frameCount);
    expect(summaryOf(lines)).toMatchObject({
      entries: 120,
      freeBytes,
      sizeBytes: 4096 * segments.length,
      exitCode: 0,
    });
    const text = runDump([directory]);
    expect(text.stdout).toMatch(/bytes=4096 valid=\d+ free=\d+ state=newest/);
    expect(text.stdout).toMatch(
      new RegExp(`${4096 * segments.length} bytes \\(${freeBytes} free\\)`),
    );
    expect(runDump(["--verify", directory]).stdout).toContain("exit 0: intact");
  });

  it("lists a running log's spare segment as info", () => {
    const { directory } = copyOfLog(true);
    fs.writeFileSync(path.join(directory, SPARE_SEGMENT_FILE_NAME), new Uint8Array(4096));
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(0);
    expect(findings(lines, "info").map((line) => line.reason)).toEqual([
      expect.stringMatching(/^spare segment: 4096 bytes zero-filled ahead of time/),
    ]);
  });

  it("a partial frame written into the zero tail of the newest segment is a torn tail", () => {
    const { directory, segments } = copyOfLog(true);
    const newest = segments.at(-1) as string;
    const frames = framesOf(newest);
    const bytes = fs.readFileSync(newest);
    const dataEnd = segmentEnd(newest);
    // The first 20 bytes of the last frame again, after the last frame: a torn next batch.
    const last = frames.at(-1) as (typeof frames)[number];
    bytes.set(bytes.subarray(last.offsetBytes, last.offsetBytes + 20), dataEnd);
    fs.writeFileSync(newest, bytes);
    // The damage ends at its last non-zero byte (the high bytes of the copied index are zero).
    let damageEnd = dataEnd + 20;
    while (bytes[damageEnd - 1] === 0) damageEnd--;
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(3);
    expect(segmentRow(lines, newest)).toMatchObject({
      state: "torn-tail",
      validBytes: dataEnd,
      freeBytes: 4096 - damageEnd,
    });
    expect(findings(lines)).toEqual([
      expect.objectContaining({ severity: "torn", file: newest, offsetBytes: dataEnd, index: 121 }),
    ]);
  });

  it("a bit flipped in a sealed preallocated segment is corruption; --raw reads past it and stops at the zero tail", () => {
    const { directory, segments } = copyOfLog(true);
    const sealed = segments[0] as string;
    const victim = framesOf(sealed)[4]!;
    flipBit(sealed, victim.offsetBytes + 36);
    // After damage, the zero tail starts after the last non-zero byte of the file.
    const bytes = fs.readFileSync(sealed);
    let damageEnd = bytes.length;
    while (bytes[damageEnd - 1] === 0) damageEnd--;
    const { status, lines } = runDumpJson(["--raw", directory]);
    expect(status).toBe(4);
    const found = findings(lines, "corrupt");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: sealed, offsetBytes: victim.offsetBytes });
    const rows = ofKind(lines, "record").filter((r) => r.file === sealed);
    expect(rows.filter((r) => r.afterDamage && r.crcOk).length).toBeGreaterThan(0);
    expect(segmentRow(lines, sealed).freeBytes).toBe(4096 - damageEnd);
  });
});

describe("ruvraft-dump on corruption (exit 4)", () => {
  it("a bit flipped in a sealed segment is corruption; --raw reads past it", () => {
    const { directory, segments } = copyOfLog();
    const sealed = segments[0] as string;
    const victim = framesOf(sealed)[4]!;
    flipBit(sealed, victim.offsetBytes + 36);
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(4);
    expect(segmentRow(lines, sealed).state).toBe("corrupt");
    const found = findings(lines, "corrupt");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: sealed,
      offsetBytes: victim.offsetBytes,
      index: victim.index,
    });
    expect(found[0]?.reason).toMatch(/^CRC mismatch .* \(in a sealed segment\)$/);
    const rowsBefore = ofKind(lines, "record").filter((r) => r.file === sealed);
    expect(rowsBefore).toHaveLength(4);

    const raw = runDumpJson(["--raw", directory]);
    expect(raw.status).toBe(4);
    const rawFinding = findings(raw.lines, "corrupt")[0];
    expect(rawFinding?.reason).toMatch(
      /--raw: skipped \d+ bytes \[\d+, \d+\) to the next good frame/,
    );
    const rows = ofKind(raw.lines, "record").filter((r) => r.file === sealed);
    expect(rows.length).toBe(
      framesOf(sealed).length + framesOf(path.join(template, path.basename(sealed))).length - 4,
    );
    const bad = rows.find((r) => r.crcOk === false);
    expect(bad).toMatchObject({
      offsetBytes: victim.offsetBytes,
      index: victim.index,
      afterDamage: true,
    });
    expect(bad?.text).toMatch(/\(unverified\)$/);
    expect(rows.filter((r) => r.afterDamage && r.crcOk).length).toBeGreaterThan(0);
  });

  it("a bit flipped in an earlier write batch of the newest segment is corruption", () => {
    const { directory, segments } = copyOfLog();
    const newest = segments[segments.length - 1] as string;
    const victim = framesOf(newest).find((frame) => frame.frameType === FrameType.ENTRY)!;
    flipBit(newest, victim.offsetBytes + 40);
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(4);
    expect(segmentRow(lines, newest).state).toBe("corrupt");
    expect(findings(lines, "corrupt")[0]).toMatchObject({
      file: newest,
      offsetBytes: victim.offsetBytes,
      index: victim.index,
      reason: expect.stringMatching(/a good frame of write batch \d+ follows .* not a torn write/),
    });
  });

  it("a deleted segment leaves a gap naming both neighbours", () => {
    const { directory, segments } = copyOfLog();
    fs.rmSync(segments[1] as string);
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(4);
    const gap = findings(lines, "corrupt")[0];
    expect(gap?.files).toEqual([segments[0], segments[2]]);
    expect(gap?.reason).toMatch(/^a gap: .* ends at index \d+, .* starts at \d+$/);
  });

  it("a duplicated segment (a copy with a new id) is an overlap naming both files", () => {
    const { directory, segments } = copyOfLog();
    const original = segments[1] as string;
    const bytes = fs.readFileSync(original);
    const firstIndex = Number(path.basename(original).slice(0, 20));
    const header = encodeSegmentHeader({
      formatVersion: FORMAT_VERSION,
      segmentId: 7,
      firstIndex,
      restart: false,
    });
    bytes.set(header, 0);
    const duplicate = path.join(directory, segmentFileName(firstIndex, 7));
    fs.writeFileSync(duplicate, bytes);
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(4);
    const corrupt = findings(lines, "corrupt");
    expect(corrupt[0]).toMatchObject({
      files: [original, duplicate],
      index: firstIndex,
      reason: expect.stringMatching(/^an overlap: .* ends at index \d+, .* starts at \d+$/),
    });
    // The segment after the duplicate now has a lower id than its predecessor.
    expect(corrupt[1]).toMatchObject({
      files: [duplicate, segments[2]],
      reason: expect.stringMatching(/^segment ids do not grow with first indexes \(7 then 3\)/),
    });
  });

  it("a segment copied under another name disagrees with its header", () => {
    const { directory, segments } = copyOfLog();
    const copy = path.join(directory, segmentFileName(9000, 99));
    fs.copyFileSync(segments[0] as string, copy);
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(4);
    const reasons = findings(lines, "corrupt")
      .filter((line) => line.file === copy)
      .map((line) => line.reason);
    expect(reasons).toContain(
      "header says first index 1 and segment id 1, the file name says 9000 and 99",
    );
    expect(reasons.some((reason) => /^two segments start at index 1/.test(reason))).toBe(true);
  });

  it("a payload that disagrees with its frame header (good CRC) is corruption", () => {
    const directory = scratch();
    const file = craftSegment(directory, {
      firstIndex: 1,
      segmentId: 1,
      frames: [
        { index: 1, term: 1, writeSequence: 1 },
        { index: 2, term: 1, writeSequence: 2, payload: encodedEntry(7, 1) },
        { index: 3, term: 1, writeSequence: 3 },
      ],
    });
    const frames = framesOf(file);
    const { status, lines } = runDumpJson([directory]);
    expect(status).toBe(4);
    expect(findings(lines, "corrupt")[0]).toMatchObject({
      offsetBytes: frames[1]?.offsetBytes,
      index: 2,
      reason: expect.stringMatching(/payload disagrees with the frame header .*\(CRC is good\)/),
    });
  });

  it("--raw goes on from a good frame that is out of sequence", () => {
    const directory = scratch();
    craftSegment(directory, {
      firstIndex: 1,
      segmentId: 1,
      frames: [
        { index: 1, term: 1, writeSequence: 1 },
        { index: 2, term: 1, writeSequence: 2 },
        { index: 5, term: 1, writeSequence: 3 },
        { index: 6, term: 1, writeSequence: 4 },
      ],
    });
    const { status, lines } = runDumpJson(["--raw", directory]);
    expect(status).toBe(4);
    expect(findings(lines, "corrupt")[0]?.reason).toMatch(
      /entry index 5 out of sequence, expected 3 \(a frame with a good CRC .*\); --raw: reading goes on from this frame/,
    );
    expect(ofKind(lines, "record").map((r) => [r.index, r.afterDamage])).toEqual([
      [1, false],
      [2, false],
      [5, true],
      [6, true],
    ]);
  });

  it("a sealed segment given alone is judged sealed when a sibling has a higher id", () => {
    const { segments } = copyOfLog();
    const sealed = segments[0] as string;
    fs.truncateSync(sealed, fs.statSync(sealed).size - 10);
    const { status, lines } = runDumpJson([sealed]);
    expect(status).toBe(4);
    expect(findings(lines, "info")[0]?.reason).toMatch(/treated as a sealed segment/);
  });
});

describe("ruvraft-dump on files that are not readable segments (exit 4, never a crash)", () => {
  function headerCase(bytes: Uint8Array, expected: RegExp): void {
    const directory = scratch();
    const file = path.join(directory, segmentFileName(1, 1));
    fs.writeFileSync(file, bytes);
    for (const target of [directory, file]) {
      const { status, lines } = runDumpJson([target]);
      expect(status).toBe(4);
      expect(findings(lines, "corrupt")[0]).toMatchObject({
        file,
        offsetBytes: 0,
        reason: expect.stringMatching(expected),
      });
      expect(segmentRow(lines, file).state).toBe("bad-header");
    }
  }

  function validHeader(): Uint8Array {
    return encodeSegmentHeader({
      formatVersion: FORMAT_VERSION,
      segmentId: 1,
      firstIndex: 1,
      restart: false,
    });
  }

  it("wrong magic", () => {
    const bytes = validHeader();
    bytes[0] = 0x58;
    headerCase(bytes, /^wrong magic: not a ruvector-raft segment file$/);
  });

  it("an unknown format version", () => {
    const bytes = validHeader();
    const view = new DataView(bytes.buffer);
    view.setUint32(8, FORMAT_VERSION + 1, true);
    view.setUint32(36, crc32(bytes.subarray(0, 36)), true);
    headerCase(bytes, new RegExp(`^unsupported segment format version ${FORMAT_VERSION + 1}$`));
  });

  it("a header with a bad CRC", () => {
    const bytes = validHeader();
    bytes[20] = 0x01;
    headerCase(bytes, /^segment header CRC mismatch/);
  });

  it("an empty file", () => {
    headerCase(new Uint8Array(0), /^file too short for a segment header \(0 of 40 bytes\)$/);
  });

  it("a truncated header", () => {
    headerCase(validHeader().subarray(0, 23), /\(23 of 40 bytes\)/);
  });

  it("a foreign file (random bytes), given directly or in a directory", () => {
    const random = new Uint8Array(10_000).map((_, i) => (i * 7919 + 13) % 251);
    headerCase(random, /^wrong magic/);
    const directory = scratch();
    const foreign = path.join(directory, "photo.jpg");
    fs.writeFileSync(foreign, random);
    const direct = runDump([foreign]);
    expect(direct.status).toBe(4);
    expect(direct.stdout).toContain(
      `!! CORRUPT ${foreign} offset=0: wrong magic: not a ruvector-raft segment file`,
    );
    const asDirectory = runDumpJson([directory]);
    expect(asDirectory.status).toBe(0);
    expect(findings(asDirectory.lines, "info")[0]?.reason).toMatch(/not a segment file name/);
  });

  it("a missing path", () => {
    const missing = path.join(scratch(), "nowhere");
    const { status, lines } = runDumpJson([missing]);
    expect(status).toBe(4);
    expect(findings(lines, "corrupt")[0]).toMatchObject({
      file: missing,
      reason: expect.stringMatching(/^cannot read: ENOENT/),
    });
  });

  it("an unreadable segment (a directory under a segment name)", () => {
    const { directory, segments } = copyOfLog();
    const bogus = path.join(directory, segmentFileName(5000, 50));
    fs.mkdirSync(bogus);
    const { status, lines } = runDumpJson(["--verify", directory]);
    expect(status).toBe(4);
    expect(findings(lines, "corrupt")[0]).toMatchObject({
      file: bogus,
      reason: expect.stringMatching(/^cannot read: EISDIR/),
    });
    expect(segments.length).toBeGreaterThan(0);
  });
});

describe("ruvraft-dump command line", () => {
  it("--help documents every option and exit code", () => {
    const run = runDump(["--help"]);
    expect(run.status).toBe(0);
    for (const option of [
      "--from",
      "--to",
      "--json",
      "--verify",
      "--raw",
      "--full",
      "--progress",
    ]) {
      expect(run.stdout).toContain(option);
    }
    for (const code of [
      "0  intact",
      "1  internal error",
      "2  usage error",
      "3  only a torn tail",
      "4  corruption",
    ]) {
      expect(run.stdout).toContain(code);
    }
  });

  it("usage errors exit 2", () => {
    expect(runDump([]).status).toBe(2);
    expect(runDump(["--from", "abc", "."]).status).toBe(2);
    expect(runDump(["--from", "9", "--to", "3", "."]).status).toBe(2);
    expect(runDump(["--bogus", "."]).status).toBe(2);
  });

  it("draws the progress bar on stderr only, never on stdout", () => {
    const { directory } = copyOfLog();
    const run = runDump(["--json", "--progress", "always", directory]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("ruvraft-dump [");
    for (const line of run.stdout.trim().split("\n")) {
      expect(() => JSON.parse(line)).not.toThrow();
    }
    expect(runDump(["--json", directory]).stderr).toBe("");
  });
});

describe("ruvraft-dump on segments/golden", () => {
  const golden = path.resolve("segments/golden");
  const hasSegments =
    fs.existsSync(golden) && fs.readdirSync(golden).some((name) => name.endsWith(".seg"));

  it.runIf(hasSegments)("reads the golden directory as an intact log", () => {
    const { status, lines } = runDumpJson(["--verify", golden]);
    expect(findings(lines, "corrupt")).toEqual([]);
    expect(status).toBe(0);
    const listed = runDumpJson([golden]);
    expect(summaryOf(listed.lines).entries).toBeGreaterThan(0);
  });
});

function encodedEntry(index: number, term: number): Uint8Array {
  return Buffer.from(
    // LogEntry {index, term, type NORMAL, data "x"}, encoded by hand to stay independent.
    [0x08, index, 0x10, term, 0x18, 0x01, 0x22, 0x01, 0x78],
  );
}
