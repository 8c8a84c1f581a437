/**
 * A membership (src/types/conf-state.ts) as the generated protobuf code takes it. raft.proto's
 * ConfState (in a Snapshot message) and node.proto's ConfState (in a snapshot file's header,
 * segments/FORMAT.md "Snapshot files") have the same fields; the generated types want mutable
 * arrays where the shared type is readonly, and this is the one place that converts.
 */
import type { ConfState } from "../../types/index.js";
import type { wireTypes } from "../index.js";

/** raft.proto ConfState's properties; node.proto's ConfState takes the same. */
export type ConfStateProperties = wireTypes.wire.ConfState.$Properties;

/**
 * A copy of `confState` in the generated types' shape: they take mutable arrays and the
 * membership is shared read-only. Once per snapshot written or sent, never per entry.
 */
export function confStateProperties(confState: ConfState): ConfStateProperties {
  return {
    voters: [...confState.voters],
    votersOutgoing: [...confState.votersOutgoing],
    learners: [...confState.learners],
    learnersNext: [...confState.learnersNext],
    autoLeave: confState.autoLeave,
    incarnations: confState.incarnations.map(({ nodeId, incarnation }) => ({
      nodeId,
      incarnation,
    })),
  };
}
