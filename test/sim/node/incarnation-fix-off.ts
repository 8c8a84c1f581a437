/**
 * BROKEN ON PURPOSE, for the simulator's proof that it can see: turns the incarnation fix of
 * the core off (docs/architecture.md, "Node identity") for the duration of `run`, restoring
 * the vote rules from before it:
 *
 * - a vote (or pre-vote) is granted by any node, member or not, whose log is not ahead of the
 *   candidate's: an empty node (wiped and restarted under its old id) votes for anyone;
 * - a node campaigns when it is a voter in its configuration, whatever disk its seat records.
 *
 * The network side of the fix (the handshake's incarnation check) is turned off by the
 * simulation itself (SimNetwork's `checkIncarnations`). Patches the shared Raft prototype:
 * only for a process (a worker, a test file) that runs nothing else at the same time.
 */
import { Raft } from "../../../src/raft/raft.js";
import { MessageType, type VoteRequest } from "../../../src/raft/types.js";

interface RaftInternals {
  ownsSeat(): boolean;
  handleVoteRequest(m: VoteRequest): void;
}

export async function withIncarnationFixOff<T>(run: () => Promise<T>): Promise<T> {
  const prototype = Raft.prototype as unknown as RaftInternals;
  const { ownsSeat, handleVoteRequest } = prototype;
  prototype.ownsSeat = function (this: Raft): boolean {
    return this.tracker.isVoter(this.id);
  };
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
    prototype.handleVoteRequest = handleVoteRequest;
  }
}
