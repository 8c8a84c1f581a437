/** Log commands of the `ruvraft` CLI, usable from tests without running the CLI. */
import { EntryType, type LogEntry, SegmentLog } from "../storage/index.js";

export interface AppendRun {
  directory: string;
  entries: number;
  sizeBytes: number;
  batch: number;
  concurrency: number;
}

export interface AppendReport {
  firstIndex: number;
  lastIndex: number;
  appended: number;
  fsyncs: number;
  seconds: number;
  segments: number;
}

/**
 * Appends `entries` entries of `sizeBytes` bytes, `batch` per append call, with up to
 * `concurrency` appends in flight (they share fsyncs through group commit).
 */
export async function appendEntries(run: AppendRun): Promise<AppendReport> {
  const log = await SegmentLog.open(run.directory);
  try {
    const started = process.hrtime.bigint();
    let next = log.lastIndex() + 1;
    const first = next;
    const end = next + run.entries;
    const term = Math.max(
      1,
      log.hardState().term,
      next > log.firstIndex() ? log.term(next - 1) : 1,
    );
    const inFlight = new Set<Promise<void>>();
    // Bounded: each pass issues one append until `entries` are issued.
    while (next < end) {
      const count = Math.min(run.batch, end - next);
      const batch: LogEntry[] = [];
      for (let i = 0; i < count; i++, next++) {
        batch.push({
          index: next,
          term,
          type: EntryType.NORMAL,
          data: payload(next, run.sizeBytes),
        });
      }
      const append = log.append(batch).finally(() => inFlight.delete(append));
      inFlight.add(append);
      if (inFlight.size >= run.concurrency) {
        await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    await log.setHardState({ term, vote: 0, commit: log.hardState().commit });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      firstIndex: first,
      lastIndex: log.lastIndex(),
      appended: run.entries,
      fsyncs: log.stats.fsyncs,
      seconds,
      segments: log.segmentFiles().length,
    };
  } finally {
    await log.close();
  }
}

function payload(index: number, sizeBytes: number): Uint8Array {
  const text = `entry ${index} `;
  const bytes = new Uint8Array(sizeBytes);
  for (let i = 0; i < sizeBytes; i++) {
    bytes[i] = text.charCodeAt(i % text.length);
  }
  return bytes;
}
