/**
 * Membership change requests (Raft §6 / Ongaro thesis §4.3). A ConfChange lists single-node
 * changes applied together:
 * - zero changes: leave the current joint configuration;
 * - changes that alter at most one voter, with transition Auto: applied directly
 *   ("simple" change, safe because any two majorities of the old and new sets overlap);
 * - anything else: enter a joint configuration (old and new voters both need a majority),
 *   left automatically (transition Auto or Implicit) or by an explicit empty change.
 */
export const ConfChangeType = {
  AddVoter: 1,
  AddLearner: 2,
  RemoveNode: 3,
} as const;
export type ConfChangeType = (typeof ConfChangeType)[keyof typeof ConfChangeType];

export const ConfChangeTransition = {
  /** Simple when possible, otherwise joint with automatic leave. */
  Auto: 0,
  /** Always joint, left automatically. */
  JointImplicit: 1,
  /** Always joint, left only by an explicit empty ConfChange. */
  JointExplicit: 2,
} as const;
export type ConfChangeTransition = (typeof ConfChangeTransition)[keyof typeof ConfChangeTransition];

export interface ConfChangeSingle {
  readonly type: ConfChangeType;
  readonly nodeId: number;
  /**
   * AddVoter / AddLearner: the incarnation of the node's disk (types.ts MemberIncarnation),
   * which the seat records from now on (0 = a disk older than incarnations). RemoveNode: 0.
   */
  readonly incarnation: number;
}

export interface ConfChange {
  readonly transition: ConfChangeTransition;
  readonly changes: readonly ConfChangeSingle[];
}

/** Single-step helpers the node API uses. */
export const ConfChanges = {
  addVoter(nodeId: number, incarnation = 0): ConfChange {
    return { transition: ConfChangeTransition.Auto, changes: [{ type: 1, nodeId, incarnation }] };
  },
  addLearner(nodeId: number, incarnation = 0): ConfChange {
    return { transition: ConfChangeTransition.Auto, changes: [{ type: 2, nodeId, incarnation }] };
  },
  /** Promoting a learner is adding it as a voter (with the incarnation it runs as now). */
  promoteLearner(nodeId: number, incarnation = 0): ConfChange {
    return { transition: ConfChangeTransition.Auto, changes: [{ type: 1, nodeId, incarnation }] };
  },
  remove(nodeId: number): ConfChange {
    return {
      transition: ConfChangeTransition.Auto,
      changes: [{ type: 3, nodeId, incarnation: 0 }],
    };
  },
  leaveJoint(): ConfChange {
    return { transition: ConfChangeTransition.Auto, changes: [] };
  },
} as const;

export function isLeaveJoint(change: ConfChange): boolean {
  return change.changes.length === 0;
}

/** Returns whether the change needs a joint configuration, and if so whether to auto-leave. */
export function needsJoint(change: ConfChange): { joint: boolean; autoLeave: boolean } {
  if (change.transition === ConfChangeTransition.Auto) {
    if (change.changes.length <= 1) return { joint: false, autoLeave: false };
    return { joint: true, autoLeave: true };
  }
  return { joint: true, autoLeave: change.transition === ConfChangeTransition.JointImplicit };
}
