/**
 * Which incarnation a peer's connection must present (docs/architecture.md, "Node identity").
 * The node layer's handshake refuses a peer whose data directory is not the one its seat
 * records, so a wiped node restarted under an old id never exchanges a Raft message in the
 * name of the seat it lost; the test harnesses apply the same rule to their deliveries.
 */
import type { ConfState } from "./types.js";

/**
 * A voter's seat always names its disk (0 = the founding incarnation). A learner's seat does
 * once an incarnation is recorded; a learner recorded with 0 is not yet bound (it was added
 * before the leader heard from it) and accepts any incarnation: a learner's acknowledgements
 * never count towards a quorum, and the leader binds the seat as soon as the learner answers.
 */
export function expectedIncarnation(
  isVoter: boolean,
  recordedIncarnation: number,
): number | undefined {
  if (isVoter || recordedIncarnation !== 0) return recordedIncarnation;
  return undefined;
}

/** The incarnation each member's connection must present, by node id. */
export function expectedIncarnations(confState: ConfState): Map<number, number> {
  const recorded = new Map<number, number>();
  for (const { nodeId, incarnation } of confState.incarnations) recorded.set(nodeId, incarnation);
  const voters = new Set([...confState.voters, ...confState.votersOutgoing]);
  const members = new Set([...voters, ...confState.learners, ...confState.learnersNext]);
  const expected = new Map<number, number>();
  for (const id of members) {
    const incarnation = expectedIncarnation(voters.has(id), recorded.get(id) ?? 0);
    if (incarnation !== undefined) expected.set(id, incarnation);
  }
  return expected;
}
