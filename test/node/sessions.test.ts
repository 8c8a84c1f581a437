import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SessionTable } from "../../src/node/sessions.js";

const bytes = (value: number) => Uint8Array.of(value);

describe("SessionTable", () => {
  it("answers retries of any sequence at or above the floor, refuses those below", () => {
    const table = new SessionTable(10);
    table.record(1, 5, 5, bytes(5), 100);
    table.record(1, 7, 5, bytes(7), 101);
    table.record(1, 6, 5, bytes(6), 102);
    expect(table.check(1, 6)).toEqual({ kind: "duplicate", response: bytes(6) });
    expect(table.check(1, 8)).toEqual({ kind: "new" });
    expect(table.check(1, 4)).toEqual({ kind: "stale", floor: 5 });
    table.record(1, 8, 7, bytes(8), 103);
    expect(table.check(1, 6)).toEqual({ kind: "stale", floor: 7 });
    expect(table.check(1, 7)).toEqual({ kind: "duplicate", response: bytes(7) });
  });

  it("bounds responses per session by raising the floor, and sessions by evicting the least recently used", () => {
    const table = new SessionTable(2, 3);
    for (let sequence = 1; sequence <= 5; sequence++)
      table.record(1, sequence, 1, bytes(sequence), sequence);
    // Over the bound of 3 (at sequence 4) the lowest responses went, keeping the newest half.
    expect(table.check(1, 3)).toEqual({ kind: "stale", floor: 4 });
    expect(table.check(1, 4)).toMatchObject({ kind: "duplicate" });
    expect(table.check(1, 5)).toMatchObject({ kind: "duplicate" });
    table.record(2, 1, 1, bytes(1), 10);
    table.record(1, 6, 1, bytes(6), 11);
    table.record(3, 1, 1, bytes(1), 12);
    expect(table.size).toBe(2);
    expect(table.check(2, 1)).toEqual({ kind: "new" }); // evicted: client 2 was least recently used
    expect(table.check(1, 6)).toMatchObject({ kind: "duplicate" });
  });

  it("lists sessions least recently used first, and a restored table evicts as the live one", () => {
    const live = new SessionTable(3);
    live.record(1, 1, 1, bytes(1), 1);
    live.record(2, 1, 1, bytes(1), 2);
    live.record(3, 1, 1, bytes(1), 3);
    live.record(1, 2, 2, bytes(2), 4); // client 1 is now the most recently used
    expect(live.entries().map(({ clientId }) => clientId)).toEqual([2, 3, 1]);
    const restored = new SessionTable(3);
    // As from a snapshot: copies of the records, here in the reverse order.
    restored.replaceAll(
      [...live.entries()].reverse().map(({ clientId, record }) => ({
        clientId,
        record: { ...record, responses: new Map(record.responses) },
      })),
    );
    for (const table of [live, restored]) {
      table.record(4, 1, 1, bytes(1), 5); // evicts client 2
      table.record(3, 2, 2, bytes(2), 6);
      table.record(5, 1, 1, bytes(1), 7); // evicts client 1
      expect(table.entries().map(({ clientId }) => clientId)).toEqual([4, 3, 5]);
      expect(table.check(2, 1)).toEqual({ kind: "new" });
      expect(table.check(1, 2)).toEqual({ kind: "new" });
      expect(table.check(3, 2)).toMatchObject({ kind: "duplicate" });
    }
  });

  it("keeps exactly the responses a full walk keeps, in order or not, restored or not (fast-check)", () => {
    // The reference: one client's responses and floor, every response below a new floor
    // dropped by a walk over all of them (what SessionTable did before it stopped early).
    type Step = { sequence: number; firstUnanswered: number; restore: boolean };
    const step = fc.record({
      sequence: fc.integer({ min: 1, max: 60 }),
      firstUnanswered: fc.integer({ min: 0, max: 60 }),
      restore: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 80 }),
        fc.integer({ min: 2, max: 20 }),
        (steps, bound) => {
          let table = new SessionTable(10, bound);
          const model = new Map<number, number>();
          let floor = 0;
          const raise = (to: number) => {
            if (to <= floor) return;
            floor = to;
            for (const sequence of [...model.keys()]) if (sequence < floor) model.delete(sequence);
          };
          let index = 0;
          for (const { sequence, firstUnanswered, restore } of steps as Step[]) {
            if (table.check(1, sequence).kind !== "new") continue;
            table.record(1, sequence, firstUnanswered, bytes(sequence), ++index);
            model.set(sequence, sequence);
            raise(Math.min(firstUnanswered, sequence));
            if (model.size > bound) {
              const sorted = [...model.keys()].sort((a, b) => a - b);
              raise(sorted[sorted.length - Math.floor(bound / 2)] as number);
            }
            if (restore) {
              const restored = new SessionTable(10, bound);
              restored.replaceAll(
                table.entries().map(({ clientId, record }) => ({
                  clientId,
                  record: { ...record, responses: new Map(record.responses) },
                })),
              );
              table = restored;
            }
            for (let probe = 0; probe <= 61; probe++) {
              const expected = model.has(probe)
                ? { kind: "duplicate", response: bytes(probe) }
                : probe < floor
                  ? { kind: "stale", floor }
                  : { kind: "new" };
              expect(table.check(1, probe)).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fails loudly when a session is recorded out of log order", () => {
    const table = new SessionTable(3);
    table.record(1, 1, 1, bytes(1), 10);
    expect(() => table.record(1, 2, 1, bytes(2), 10)).toThrow(/session 1 recorded at 10 after 10/);
  });
});
