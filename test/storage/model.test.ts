/**
 * Model-based property test: random sequences of appends, hard-state updates, truncations and
 * reopenings against a plain array model, with preallocated and with growing segments. After
 * every step the log and the model agree.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SegmentLog, type SegmentLogOptions } from "../../src/storage/index.js";
import type { Entry, HardState } from "../../src/types/index.js";
import { makeEntries, temporaryDirectory, WRITE_MODES } from "./helpers.js";

type Step =
  | { kind: "append"; count: number; sizeBytes: number; termBump: boolean }
  | { kind: "commit"; fraction: number }
  | { kind: "truncateSuffix"; fraction: number }
  | { kind: "truncatePrefix"; fraction: number }
  | { kind: "reopen" };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("append" as const),
      count: fc.integer({ min: 1, max: 40 }),
      sizeBytes: fc.integer({ min: 0, max: 300 }),
      termBump: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("commit" as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("truncateSuffix" as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("truncatePrefix" as const),
      fraction: fc.double({ min: 0, max: 1.2, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "reopen" as const }) },
);

interface Model {
  /** Entries by index; entries below `first` may be gone (prefix truncation). */
  entries: Map<number, Entry>;
  first: number;
  last: number;
  term: number;
  hardState: HardState;
}

async function applyStep(
  log: SegmentLog,
  model: Model,
  step: Step,
  directory: string,
  options: SegmentLogOptions,
): Promise<SegmentLog> {
  switch (step.kind) {
    case "append": {
      if (step.termBump) model.term++;
      const entries = makeEntries(model.last + 1, step.count, {
        term: model.term,
        sizeBytes: step.sizeBytes,
      });
      await log.append(entries);
      for (const entry of entries) model.entries.set(entry.index, entry);
      model.last += step.count;
      return log;
    }
    case "commit": {
      const commit = Math.max(model.hardState.commit, Math.floor(model.last * step.fraction));
      model.hardState = { term: model.term, vote: 1, commit };
      await log.setHardState(model.hardState);
      return log;
    }
    case "truncateSuffix": {
      const lowest = Math.max(model.hardState.commit + 1, log.firstIndex());
      const from = lowest + Math.floor((model.last + 1 - lowest) * step.fraction);
      if (from > model.last) return log;
      await log.truncateSuffix(from);
      for (let index = from; index <= model.last; index++) model.entries.delete(index);
      model.last = from - 1;
      return log;
    }
    case "truncatePrefix": {
      const upto = Math.floor(model.last * step.fraction);
      await log.truncatePrefix(upto);
      if (upto >= model.last) {
        model.entries.clear();
        model.last = upto;
        model.first = upto + 1;
      } else {
        model.first = Math.max(model.first, upto + 1);
      }
      return log;
    }
    case "reopen": {
      await log.close();
      return SegmentLog.open(directory, options);
    }
  }
}

function checkAgreement(log: SegmentLog, model: Model): void {
  expect(log.lastIndex()).toBe(model.last);
  expect(log.hardState()).toEqual(model.hardState);
  // Prefix truncation removes whole segments only, so the log may keep more than required,
  // but never less: every entry from model.first on is there.
  expect(log.firstIndex()).toBeLessThanOrEqual(model.first);
  if (log.lastIndex() >= log.firstIndex()) {
    const entries = log.entries(log.firstIndex(), log.lastIndex() + 1);
    for (const entry of entries) {
      const expected = model.entries.get(entry.index);
      expect(expected, `entry ${entry.index} exists in the model`).toBeDefined();
      expect(entry.term).toBe(expected?.term);
      expect(Buffer.from(entry.data).equals(Buffer.from(expected?.data ?? []))).toBe(true);
    }
  }
}

describe.each(WRITE_MODES)("SegmentLog with $mode segments against a model", (mode) => {
  const OPTIONS: SegmentLogOptions = {
    ...mode.options,
    segmentSizeBytes: 4096,
    cacheBytesMax: 2048,
  };

  it("agrees after every step of random operation sequences, across reopenings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 40 }), async (steps) => {
        const directory = temporaryDirectory();
        let log = await SegmentLog.open(directory, OPTIONS);
        const model: Model = {
          entries: new Map(),
          first: 1,
          last: 0,
          term: 1,
          hardState: { term: 0, vote: 0, commit: 0 },
        };
        try {
          for (const step of steps) {
            log = await applyStep(log, model, step, directory, OPTIONS);
            checkAgreement(log, model);
          }
          await log.close();
          log = await SegmentLog.open(directory, OPTIONS);
          checkAgreement(log, model);
        } finally {
          await log.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
