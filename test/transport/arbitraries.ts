/** fast-check arbitraries for the transport's codecs. */
import fc from "fast-check";
import type { Message } from "../../src/raft/types.js";
import { MessageType } from "../../src/raft/types.js";
import type { Entry } from "../../src/types/index.js";

export const u64 = fc.nat({ max: Number.MAX_SAFE_INTEGER });
const id = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const bytes = fc.uint8Array({ maxLength: 64 });
const ids = fc.array(id, { maxLength: 5 });

const entry: fc.Arbitrary<Entry> = fc.record({
  index: u64,
  term: u64,
  type: fc.constantFrom(1 as const, 2 as const, 3 as const),
  data: bytes,
});

const base = { from: id, to: id, term: u64 };
/** A leader message's addressee disk: often absent, often 0 (present, unlike proto3 zeros). */
const toIncarnation = fc.option(fc.oneof(fc.constant(0), u64), { nil: undefined });

/** Every MessageType, with every field it carries. */
export const raftMessageArbitrary: fc.Arbitrary<Message> = fc.oneof(
  fc.record({
    ...base,
    type: fc.constantFrom(MessageType.Vote, MessageType.PreVote),
    lastLogIndex: u64,
    lastLogTerm: u64,
    transfer: fc.boolean(),
  }),
  fc.record({
    ...base,
    type: fc.constantFrom(MessageType.VoteResponse, MessageType.PreVoteResponse),
    reject: fc.boolean(),
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.Append),
    prevLogIndex: u64,
    prevLogTerm: u64,
    entries: fc.array(entry, { maxLength: 4 }),
    commit: u64,
    toIncarnation,
    commitOnly: fc.boolean(),
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.AppendResponse),
    index: u64,
    reject: fc.boolean(),
    rejectHintIndex: u64,
    rejectHintTerm: u64,
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.Heartbeat),
    commit: u64,
    context: bytes,
    sentMs: u64,
    toIncarnation,
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.HeartbeatResponse),
    context: bytes,
    sentMs: u64,
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.Snapshot),
    snapshot: fc.record({
      metadata: fc.record({
        index: u64,
        term: u64,
        confState: fc
          .record({
            voters: ids,
            votersOutgoing: ids,
            learners: ids,
            learnersNext: ids,
            autoLeave: fc.boolean(),
            seatIncarnations: fc.array(fc.option(u64.filter((value) => value > 0))),
          })
          .map(({ seatIncarnations, ...members }) => {
            // Sorted, unique members, each with a non-zero incarnation or none (founding).
            const memberIds = [...new Set([...members.voters, ...members.learners])].sort(
              (a, b) => a - b,
            );
            const incarnations = memberIds.flatMap((nodeId, i) => {
              const incarnation = seatIncarnations[i];
              return incarnation === undefined || incarnation === null
                ? []
                : [{ nodeId, incarnation }];
            });
            return { ...members, incarnations };
          }),
      }),
      data: fc.constant(new Uint8Array(0)),
    }),
    toIncarnation,
  }),
  fc.record({ ...base, type: fc.constant(MessageType.TimeoutNow), toIncarnation }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.ReadIndex),
    context: bytes,
    lease: fc.boolean(),
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.ReadIndexResponse),
    index: u64,
    context: bytes,
  }),
);
