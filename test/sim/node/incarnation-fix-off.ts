/**
 * BROKEN ON PURPOSE, for the simulator's proof that it can see: turns the incarnation fix of
 * the core off (docs/architecture.md, "Node identity") for the duration of `run`, restoring
 * the rules from before it:
 *
 * - every message is stepped whatever disk sent it or was meant to get it (no
 *   src/raft/incarnation.ts filter);
 * - a vote (or pre-vote) is granted by any node, member or not, whose log is not ahead of the
 *   candidate's, again to the same seat whatever its disk: an empty node (wiped and restarted
 *   under its old id) votes for anyone;
 * - a node campaigns when it is a voter in its configuration, whatever disk its seat records.
 *
 * Patches the shared Raft prototype: only for a process (a worker, a test file) that runs
 * nothing else at the same time.
 */
import { Raft } from "../../../src/raft/raft.js";
import { type Message, MessageType, type VoteRequest } from "../../../src/raft/types.js";

interface RaftInternals {
  ownsSeat(): boolean;
  incarnationAllows(m: Message, fromIncarnation: number): boolean;
  handleVoteRequest(m: VoteRequest, fromIncarnation: number): void;
}

export async function withIncarnationFixOff<T>(run: () => Promise<T>): Promise<T> {
  const prototype = Raft.prototype as unknown as RaftInternals;
  const { ownsSeat, incarnationAllows, handleVoteRequest } = prototype;
  prototype.ownsSeat = function (this: Raft): boolean {
    return this.tracker.isVoter(this.id);
  };
  prototype.incarnationAllows = (): boolean => true;
  prototype.handleVoteRequest = function (this: Raft, m: VoteRequest): void {
    const self = this as unknown as {
      send(message: unknown): void;
      electionElapsed: number;
    };
    const canVote =
      this.vote === m.from ||
      (this.vote === 0 && this.lead === 0) ||
      (m.type === MessageType.PreVote && m.term > this.term);
    const type =
      m.type === MessageType.Vote ? MessageType.VoteResponse : MessageType.PreVoteResponse;
    if (canVote && this.log.isUpToDate(m.lastLogIndex, m.lastLogTerm)) {
      self.send({ type, from: this.id, to: m.from, term: m.term, reject: false });
      if (m.type === MessageType.Vote) {
        self.electionElapsed = 0;
        this.vote = m.from;
      }
    } else {
      self.send({ type, from: this.id, to: m.from, term: this.term, reject: true });
    }
  };
  try {
    return await run();
  } finally {
    prototype.ownsSeat = ownsSeat;
    prototype.incarnationAllows = incarnationAllows;
    prototype.handleVoteRequest = handleVoteRequest;
  }
}
