/**
 * Run by bench/wal.ts in a fresh process (`node --expose-gc`), so that the heap it measures
 * holds nothing but the opened log: opens the log in argv[2], prints one JSON line with the
 * time of SegmentLog.open and the memory it kept. The log is opened without preparing a spare
 * segment: that zero-fill runs in the background after an open and is not part of recovery
 * (recovery still reads the zero tail of every preallocated segment).
 */
import { SegmentLog } from "../src/storage/segment-log.js";

export interface RecoveryMeasurement {
  openSeconds: number;
  entries: number;
  segments: number;
  heapUsedBytes: number;
  rssBytes: number;
  arrayBuffersBytes: number;
  externalBytes: number;
  indexMemoryBytes: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error("run with node --expose-gc");
  }
  gc();
  gc();
}

async function main(directory: string): Promise<void> {
  collectGarbage();
  const before = process.memoryUsage();
  const start = performance.now();
  const log = await SegmentLog.open(directory, { preallocateSegments: false });
  const openSeconds = (performance.now() - start) / 1000;
  collectGarbage();
  const after = process.memoryUsage();
  const entries = log.lastIndex() - log.firstIndex() + 1;
  // Read both ends back: a benchmark of a log that opened wrong would measure nothing.
  const first = log.entry(log.firstIndex());
  const last = log.entry(log.lastIndex());
  if (first.index !== log.firstIndex() || last.index !== log.lastIndex()) {
    throw new Error("the reopened log returned the wrong entries");
  }
  const measurement: RecoveryMeasurement = {
    openSeconds,
    entries,
    segments: log.segmentFiles().length,
    heapUsedBytes: after.heapUsed - before.heapUsed,
    rssBytes: after.rss - before.rss,
    arrayBuffersBytes: after.arrayBuffers - before.arrayBuffers,
    externalBytes: after.external - before.external,
    indexMemoryBytes: log.indexMemoryBytes(),
  };
  await log.close();
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

const directory = process.argv[2];
if (directory === undefined) {
  process.stderr.write("usage: node --expose-gc wal-recover-child.js DIRECTORY\n");
  process.exit(2);
}
await main(directory);
