import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  jointCommittedIndex,
  jointVoteResult,
  majorityCommittedIndex,
  majorityVoteResult,
  VoteResult,
} from "../../src/raft/quorum/index.js";

const ids = fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 9 });

describe("quorum maths (Raft §5.3 commitment, §6 joint consensus)", () => {
  it("committed index is the value acknowledged by a majority", () => {
    const voters = new Set([1, 2, 3, 4, 5]);
    const acked = new Map([
      [1, 10],
      [2, 8],
      [3, 8],
      [4, 2],
    ]);
    expect(majorityCommittedIndex(voters, (id) => acked.get(id))).toBe(8);
    expect(majorityCommittedIndex(new Set(), () => 0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("property: a majority acked at least the committed index, and no larger one has a majority", () => {
    fc.assert(
      fc.property(ids, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 9 }), (list, v) => {
        const voters = new Set(list);
        const acked = (id: number) => v[id % v.length] as number;
        const committed = majorityCommittedIndex(voters, acked);
        const quorum = (voters.size >> 1) + 1;
        const atLeast = [...voters].filter((id) => acked(id) >= committed).length;
        const above = [...voters].filter((id) => acked(id) > committed).length;
        expect(atLeast).toBeGreaterThanOrEqual(quorum);
        expect(above).toBeLessThan(quorum);
      }),
    );
  });

  it("property: joint committed index is the minimum of both halves", () => {
    fc.assert(
      fc.property(ids, ids, fc.array(fc.nat(50), { minLength: 21, maxLength: 21 }), (a, b, v) => {
        const acked = (id: number) => v[id] as number;
        const config = { incoming: new Set(a), outgoing: new Set(b) };
        expect(jointCommittedIndex(config, acked)).toBe(
          Math.min(
            majorityCommittedIndex(config.incoming, acked),
            majorityCommittedIndex(config.outgoing, acked),
          ),
        );
      }),
    );
  });

  it("property: a vote is won iff granted votes form a majority; lost iff they never can", () => {
    fc.assert(
      fc.property(
        ids,
        fc.array(fc.constantFrom(true, false, undefined), { minLength: 21, maxLength: 21 }),
        (list, v) => {
          const voters = new Set(list);
          const votes = new Map<number, boolean>();
          for (const id of list) {
            const vote = v[id];
            if (vote !== undefined) votes.set(id, vote);
          }
          const granted = list.filter((id) => votes.get(id) === true).length;
          const missing = list.filter((id) => !votes.has(id)).length;
          const quorum = (voters.size >> 1) + 1;
          const result = majorityVoteResult(voters, votes);
          if (granted >= quorum) expect(result).toBe(VoteResult.Won);
          else if (granted + missing < quorum) expect(result).toBe(VoteResult.Lost);
          else expect(result).toBe(VoteResult.Pending);
        },
      ),
    );
  });

  it("joint vote: won needs both halves, lost if either half lost", () => {
    const config = { incoming: new Set([1, 2, 3]), outgoing: new Set([3, 4, 5]) };
    const votes = new Map([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(jointVoteResult(config, votes)).toBe(VoteResult.Pending);
    votes.set(4, true);
    expect(jointVoteResult(config, votes)).toBe(VoteResult.Won);
    const losing = new Map([
      [4, false],
      [5, false],
      [1, true],
      [2, true],
    ]);
    expect(jointVoteResult(config, losing)).toBe(VoteResult.Lost);
  });
});
