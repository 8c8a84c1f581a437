/**
 * The Raft hard state: what the core asks to make durable (src/raft/README.md, the Ready
 * contract) and the segment log keeps in its HARD_STATE frames (segments/FORMAT.md).
 */

/** State that MUST be durable before any vote or acknowledgement that depends on it leaves. */
export interface HardState {
  readonly term: number;
  /** The node voted for in `term`; 0 = none. */
  readonly vote: number;
  /** Highest log index known to be committed. */
  readonly commit: number;
}

export const EMPTY_HARD_STATE: HardState = Object.freeze({ term: 0, vote: 0, commit: 0 });

export function hardStateEqual(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}
