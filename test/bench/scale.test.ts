/**
 * bench:scale's pieces, in process: its flags (the defaults are the matrix), the choice
 * of what the disk columns count, the per-cell figures and ratios, the table, and the
 * /proc/<pid>/io parsing under them.
 */
import { describe, expect, it } from "vitest";
import type { LoadResult } from "../../bench/cluster-load.js";
import type { LatencySummary } from "../../bench/latency.js";
import { parseProcIo } from "../../bench/process-io.js";
import { parseScaleOptions } from "../../bench/scale-options.js";
import {
  buildScaleReport,
  type DiskAccounting,
  diskBytesSource,
  formatScaleTable,
  type ScaleCell,
} from "../../bench/scale-report.js";
import { formatTable } from "../../bench/text-table.js";

function run(overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    clients: 1,
    raftClients: 1,
    operations: 1000,
    errors: 0,
    warmupErrors: 0,
    firstError: undefined,
    seconds: 2,
    opsPerSec: 500,
    p50Us: 2000,
    p99Us: 8000,
    p999Us: 9000,
    maxUs: 9500,
    meanUs: 2500,
    leaderFsyncs: undefined,
    leaderEntriesPerFsync: undefined,
    leaderFsyncMeanUs: undefined,
    leaderFramesSentPerOp: undefined,
    leaderFramesReceivedPerOp: undefined,
    leaderFramesPerSocketWrite: undefined,
    nodeCpuUsPerOp: 150,
    clientCpuUsPerOp: 20,
    nodeIo: { writeBytes: 3 * 4096 * 1000, wchar: 5_000_000 },
    deviceWriteBytes: 4 * 4096 * 1000,
    ...overrides,
  };
}

const latency = (p50Us: number): LatencySummary => ({
  count: 100,
  p50Us,
  p99Us: p50Us * 4,
  maxUs: p50Us * 5,
  meanUs: p50Us,
  totalSeconds: 1,
});

const limits = {
  fdatasync: latency(1000),
  fdatasyncAfter: latency(1100),
  sequential: { chunkBytes: 1024 * 1024, bytesWritten: 1e8, seconds: 1, megabytesPerSecond: 100 },
};

const pages: DiskAccounting = {
  writeBytesPerSmallAppend: 4096,
  deviceStatFile: "/sys/dev/block/8:0/stat",
};
const settings = { durationMs: 2000, warmupMs: 500, loopsPerRaftClient: 64 };

describe("parseScaleOptions", () => {
  it("defaults to the issue's matrix", () => {
    const options = parseScaleOptions([]);
    expect(options.nodes).toEqual([3, 5]);
    expect(options.valueSizesBytes).toEqual([256, 4096, 65536]);
    expect(options.clients).toEqual([1, 256]);
    expect(options.help).toBe(false);
    expect(options.json).toBe(false);
    expect(options.ownsDefaultDirectory).toBe(true);
    expect(options.directory).toMatch(/data[/\\]bench-scale$/);
  });

  it("reads every flag", () => {
    const options = parseScaleOptions([
      "--nodes",
      "1, 3",
      "--value-sizes",
      "100",
      "--clients",
      "2,4",
      "--duration",
      "1.5",
      "--warmup",
      "0",
      "--dir",
      "/tmp/somewhere",
      "--json",
    ]);
    expect(options).toMatchObject({
      nodes: [1, 3],
      valueSizesBytes: [100],
      clients: [2, 4],
      durationMs: 1500,
      warmupMs: 0,
      directory: "/tmp/somewhere",
      ownsDefaultDirectory: false,
      json: true,
    });
    expect(parseScaleOptions(["--help"]).help).toBe(true);
  });

  it("refuses a bad value, naming its flag", () => {
    expect(() => parseScaleOptions(["--nodes", "3,4"])).toThrow(
      '--nodes must be one of 1, 3, 5, got "4"',
    );
    expect(() => parseScaleOptions(["--value-sizes", "0"])).toThrow(/--value-sizes/);
    expect(() => parseScaleOptions(["--clients", "1,x"])).toThrow(/--clients/);
    expect(() => parseScaleOptions(["--duration", "0"])).toThrow(/--duration/);
    expect(() => parseScaleOptions(["--bogus"])).toThrow(/bogus/);
  });
});

describe("diskBytesSource", () => {
  const cell = (overrides: Partial<LoadResult>): ScaleCell => ({
    nodes: 3,
    valueSizeBytes: 256,
    run: run(overrides),
  });

  it("takes write_bytes where it counts pages", () => {
    expect(diskBytesSource(pages, [cell({})])).toBe("write_bytes");
  });

  it("takes the device where write_bytes counts large folios or nothing", () => {
    const folios = { ...pages, writeBytesPerSmallAppend: 1024 * 1024 };
    expect(diskBytesSource(folios, [cell({})])).toBe("device");
    const none = cell({ nodeIo: { writeBytes: 0, wchar: 10 } });
    expect(diskBytesSource(pages, [none])).toBe("device");
  });

  it("falls back to write_bytes as it is, then wchar, without a device", () => {
    const folios = { writeBytesPerSmallAppend: 1024 * 1024, deviceStatFile: undefined };
    expect(diskBytesSource(folios, [cell({ deviceWriteBytes: undefined })])).toBe("write_bytes");
    const none = cell({ nodeIo: { writeBytes: 0, wchar: 10 }, deviceWriteBytes: undefined });
    expect(diskBytesSource(folios, [none])).toBe("wchar");
    const unreadable = cell({ nodeIo: undefined, deviceWriteBytes: undefined });
    expect(diskBytesSource(folios, [unreadable])).toBeUndefined();
  });
});

describe("buildScaleReport and formatScaleTable", () => {
  const cells: ScaleCell[] = [
    { nodes: 3, valueSizeBytes: 4096, run: run() },
    {
      nodes: 3,
      valueSizeBytes: 4096,
      run: run({ clients: 256, operations: 0, opsPerSec: 0, nodeIo: undefined }),
    },
  ];

  it("divides the window's bytes by the operations and holds them against the raw limits", () => {
    const report = buildScaleReport(settings, cells, limits, pages);
    expect(report.diskBytesSource).toBe("write_bytes");
    const [first, second] = report.cells;
    expect(first).toMatchObject({
      nodes: 3,
      valueSize: 4096,
      clients: 1,
      opsPerSec: 500,
      p50Ms: 2,
      p50OverRawFdatasync: 2,
      diskBytesPerOp: 3 * 4096,
      writeAmplification: 3,
      diskMegabytesPerSec: 6.14,
      diskBandwidthOverRaw: 0.061,
    });
    expect(second).toMatchObject({ diskBytesPerOp: null, writeAmplification: null });
  });

  it("prints one row per cell, '?' where a figure is unknown, and what the disk bytes are", () => {
    const table = formatScaleTable(buildScaleReport(settings, cells, limits, pages));
    const lines = table.split("\n");
    expect(lines[1]).toMatch(/^nodes {2}value B {2}clients {2}ops\/s/);
    expect(lines[2]).toMatch(/ 12288 +3\.00 +6\.1 +0\.061 +0$/);
    expect(lines[3]).toMatch(/ \? +\? +\? +\? +0$/);
    expect(table).toMatch(/disk bytes: write_bytes .* 4096 B per 256-byte append/);
    const device = formatScaleTable(
      buildScaleReport(settings, cells, limits, { ...pages, writeBytesPerSmallAppend: 1048576 }),
    );
    expect(device).toMatch(/sectors written to \/sys\/dev\/block\/8:0\/stat by EVERY process/);
  });
});

describe("pieces", () => {
  it("parseProcIo reads write_bytes and wchar", () => {
    const text =
      "rchar: 1\nwchar: 20\nsyscr: 3\nsyscw: 4\nread_bytes: 5\nwrite_bytes: 4096\ncancelled_write_bytes: 0\n";
    expect(parseProcIo(text)).toEqual({ writeBytes: 4096, wchar: 20 });
    expect(parseProcIo("rchar: 1\n")).toBeUndefined();
  });

  it("formatTable right-aligns every column but the last", () => {
    expect(
      formatTable(
        ["a", "bbb", "note"],
        [
          ["10", "2", "free text"],
          ["1", "300", "x"],
        ],
      ),
    ).toBe(" a  bbb  note\n10    2  free text\n 1  300  x");
  });
});
