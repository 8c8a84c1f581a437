/**
 * The membership (a configuration) and the disk behind each member's seat: what the Raft core
 * decides with, what a snapshot records (segments/FORMAT.md, "Snapshot files") and what a
 * Snapshot message carries. docs/architecture.md ("Node identity") has the rules.
 */

/**
 * Membership. In a joint configuration `votersOutgoing` is non-empty and decisions need a
 * majority of both `voters` and `votersOutgoing`.
 * Invariant: learners and learnersNext are disjoint from voters; learnersNext is a subset of
 * votersOutgoing (voters that become learners when the joint configuration is left).
 */
export interface ConfState {
  readonly voters: readonly number[];
  readonly votersOutgoing: readonly number[];
  readonly learners: readonly number[];
  readonly learnersNext: readonly number[];
  /** Leave the joint configuration automatically once it is applied. */
  readonly autoLeave: boolean;
  /**
   * The incarnation of the disk behind each member's seat, sorted by node id. Only non-zero
   * incarnations are listed: a member not listed has incarnation 0 (its data predates
   * incarnations: a founder of an older release).
   * Invariant: every listed node id is a member.
   */
  readonly incarnations: readonly MemberIncarnation[];
}

/**
 * A seat's disk. A node id names a seat in the membership; the incarnation (a random safe
 * integer drawn when a data directory is created, 0 for one older than incarnations; the
 * founding membership records every founder's, src/node/founding.ts) names the disk
 * behind it. A node whose own incarnation differs from its seat's never votes or campaigns.
 */
export interface MemberIncarnation {
  readonly nodeId: number;
  readonly incarnation: number;
}

export const EMPTY_CONF_STATE: ConfState = {
  voters: [],
  votersOutgoing: [],
  learners: [],
  learnersNext: [],
  autoLeave: false,
  incarnations: [],
};

/** Both memberships list the same ids in the same order, the same autoLeave and disks. */
export function confStateEqual(a: ConfState, b: ConfState): boolean {
  return (
    sameIds(a.voters, b.voters) &&
    sameIds(a.votersOutgoing, b.votersOutgoing) &&
    sameIds(a.learners, b.learners) &&
    sameIds(a.learnersNext, b.learnersNext) &&
    a.autoLeave === b.autoLeave &&
    a.incarnations.length === b.incarnations.length &&
    a.incarnations.every(
      (member, i) =>
        member.nodeId === b.incarnations[i]?.nodeId &&
        member.incarnation === b.incarnations[i]?.incarnation,
    )
  );
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
