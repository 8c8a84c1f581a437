/**
 * Quorum maths (Raft §5.2, §5.3, §6 joint consensus). Imports nothing.
 *
 * A majority configuration is a set of voter ids; a joint configuration is two of them
 * (incoming, outgoing) and needs a majority of each. An empty majority configuration agrees
 * to everything: its committed index is +Infinity (MAX_SAFE_INTEGER) and its vote is won, so
 * that a non-joint configuration is just a joint one with an empty outgoing half.
 */

export const VoteResult = {
  /** Neither won nor lost yet: more votes may decide it. */
  Pending: 1,
  Lost: 2,
  Won: 3,
} as const;
export type VoteResult = (typeof VoteResult)[keyof typeof VoteResult];

/** Looks up the acknowledged index of a voter; undefined when it has none. */
export type AckedIndexer = (id: number) => number | undefined;

export type MajorityConfig = ReadonlySet<number>;

export interface JointConfig {
  readonly incoming: MajorityConfig;
  readonly outgoing: MajorityConfig;
}

/**
 * The largest index acknowledged by a majority of `voters`: sort the acked indexes
 * descending and take the one at position floor(n/2). Voters without an ack count as 0.
 */
export function majorityCommittedIndex(voters: MajorityConfig, acked: AckedIndexer): number {
  const n = voters.size;
  if (n === 0) return Number.MAX_SAFE_INTEGER;
  // Insertion sort into a small array: n is the voter count (single digits in practice).
  const sorted: number[] = new Array<number>(n);
  let filled = 0;
  for (const id of voters) {
    const value = acked(id) ?? 0;
    let position = filled;
    while (position > 0 && (sorted[position - 1] as number) < value) {
      sorted[position] = sorted[position - 1] as number;
      position--;
    }
    sorted[position] = value;
    filled++;
  }
  return sorted[n >> 1] as number;
}

/** Vote outcome in one majority configuration. `votes` maps voter id -> granted. */
export function majorityVoteResult(
  voters: MajorityConfig,
  votes: ReadonlyMap<number, boolean>,
): VoteResult {
  if (voters.size === 0) return VoteResult.Won;
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const vote = votes.get(id);
    if (vote === undefined) missing++;
    else if (vote) granted++;
  }
  const quorum = (voters.size >> 1) + 1;
  if (granted >= quorum) return VoteResult.Won;
  if (granted + missing >= quorum) return VoteResult.Pending;
  return VoteResult.Lost;
}

/** The joint committed index: the smaller of the two halves' committed indexes. */
export function jointCommittedIndex(config: JointConfig, acked: AckedIndexer): number {
  const incoming = majorityCommittedIndex(config.incoming, acked);
  const outgoing = majorityCommittedIndex(config.outgoing, acked);
  return Math.min(incoming, outgoing);
}

/** Joint vote outcome: won only if both halves won; lost if either lost. */
export function jointVoteResult(
  config: JointConfig,
  votes: ReadonlyMap<number, boolean>,
): VoteResult {
  const incoming = majorityVoteResult(config.incoming, votes);
  const outgoing = majorityVoteResult(config.outgoing, votes);
  if (incoming === outgoing) return incoming;
  if (incoming === VoteResult.Lost || outgoing === VoteResult.Lost) return VoteResult.Lost;
  return VoteResult.Pending;
}

/** All voter ids of a joint configuration, each once, incoming first. */
export function jointVoterIds(config: JointConfig): number[] {
  const ids = [...config.incoming];
  for (const id of config.outgoing) if (!config.incoming.has(id)) ids.push(id);
  return ids;
}
