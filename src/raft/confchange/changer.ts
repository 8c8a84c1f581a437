/**
 * Computes the configuration that results from a ConfChange, without touching the tracker.
 * Unsafe or malformed changes are rejected with ConfChangeRejectedError (an operating error:
 * the proposer gets the reason). Imports tracker/ and quorum/ only.
 */
import type { ConfState } from "../../types/index.js";
import { assert, assertionFailed } from "../../util/assert.js";
import { ConfChangeRejectedError } from "../errors.js";
import { isJoint, type TrackerConfig } from "../tracker/index.js";
import {
  type ConfChange,
  type ConfChangeSingle,
  ConfChangeType,
  isLeaveJoint,
  needsJoint,
} from "./types.js";

interface MutableConfig {
  incoming: Set<number>;
  outgoing: Set<number>;
  learners: Set<number>;
  learnersNext: Set<number>;
  autoLeave: boolean;
  incarnations: Map<number, number>;
}

function copy(config: TrackerConfig): MutableConfig {
  return {
    incoming: new Set(config.voters.incoming),
    outgoing: new Set(config.voters.outgoing),
    learners: new Set(config.learners),
    learnersNext: new Set(config.learnersNext),
    autoLeave: config.autoLeave,
    incarnations: new Map(config.incarnations),
  };
}

function freeze(config: MutableConfig): TrackerConfig {
  return {
    voters: { incoming: config.incoming, outgoing: config.outgoing },
    learners: config.learners,
    learnersNext: config.learnersNext,
    autoLeave: config.autoLeave,
    incarnations: config.incarnations,
  };
}

/** The configuration after `change` is applied to `current`; throws when it is unsafe. */
export function changeConfig(current: TrackerConfig, change: ConfChange): TrackerConfig {
  if (isLeaveJoint(change)) return leaveJoint(current);
  const { joint, autoLeave } = needsJoint(change);
  if (joint) return enterJoint(current, autoLeave, change.changes);
  return simple(current, change.changes);
}

/** Enters a joint configuration: the old voters become the outgoing half. */
export function enterJoint(
  current: TrackerConfig,
  autoLeave: boolean,
  changes: readonly ConfChangeSingle[],
): TrackerConfig {
  if (isJoint(current)) throw new ConfChangeRejectedError("already in a joint configuration");
  if (current.voters.incoming.size === 0) {
    throw new ConfChangeRejectedError("cannot enter a joint configuration from zero voters");
  }
  const next = copy(current);
  next.outgoing = new Set(next.incoming);
  applyChanges(next, changes);
  next.autoLeave = autoLeave;
  return checked(next);
}

/** Leaves the joint configuration: the incoming half becomes the configuration. */
export function leaveJoint(current: TrackerConfig): TrackerConfig {
  if (!isJoint(current)) throw new ConfChangeRejectedError("not in a joint configuration");
  const next = copy(current);
  for (const id of next.learnersNext) next.learners.add(id);
  next.learnersNext.clear();
  next.outgoing.clear();
  next.autoLeave = false;
  return checked(next);
}

/** Applies changes that alter at most one voter directly. */
export function simple(
  current: TrackerConfig,
  changes: readonly ConfChangeSingle[],
): TrackerConfig {
  if (isJoint(current)) {
    throw new ConfChangeRejectedError("a simple change cannot be applied in a joint configuration");
  }
  const next = copy(current);
  applyChanges(next, changes);
  let changedVoters = 0;
  for (const id of next.incoming) if (!current.voters.incoming.has(id)) changedVoters++;
  for (const id of current.voters.incoming) if (!next.incoming.has(id)) changedVoters++;
  if (changedVoters > 1) {
    throw new ConfChangeRejectedError("more than one voter changed without a joint configuration");
  }
  return checked(next);
}

function applyChanges(config: MutableConfig, changes: readonly ConfChangeSingle[]): void {
  for (const change of changes) {
    if (!Number.isSafeInteger(change.nodeId) || change.nodeId <= 0) {
      throw new ConfChangeRejectedError(`invalid node id ${change.nodeId}`);
    }
    if (!Number.isSafeInteger(change.incarnation) || change.incarnation < 0) {
      throw new ConfChangeRejectedError(`invalid incarnation ${change.incarnation}`);
    }
    switch (change.type) {
      case ConfChangeType.AddVoter:
        checkSameDiskIfVoter(config, change.nodeId, change.incarnation);
        config.learners.delete(change.nodeId);
        config.learnersNext.delete(change.nodeId);
        config.incoming.add(change.nodeId);
        recordIncarnation(config, change.nodeId, change.incarnation);
        break;
      case ConfChangeType.AddLearner:
        config.incoming.delete(change.nodeId);
        if (config.outgoing.has(change.nodeId)) config.learnersNext.add(change.nodeId);
        else config.learners.add(change.nodeId);
        recordIncarnation(config, change.nodeId, change.incarnation);
        break;
      case ConfChangeType.RemoveNode:
        config.incoming.delete(change.nodeId);
        config.learners.delete(change.nodeId);
        config.learnersNext.delete(change.nodeId);
        // An outgoing voter keeps its seat (and incarnation) until the joint config is left.
        if (!config.outgoing.has(change.nodeId)) config.incarnations.delete(change.nodeId);
        break;
      default:
        throw new ConfChangeRejectedError(`unknown change type ${String(change.type)}`);
    }
  }
  if (config.incoming.size === 0) {
    throw new ConfChangeRejectedError("removing the last voter");
  }
}

/**
 * A voter's seat cannot move to another disk in place: the new disk does not remember what the
 * old one acknowledged, so that would replace a voter without the overlap of majorities that
 * makes a membership change safe. Remove the node, then add it back with its new incarnation.
 */
function checkSameDiskIfVoter(config: MutableConfig, nodeId: number, incarnation: number): void {
  const current = config.incarnations.get(nodeId) ?? 0;
  if (current !== incarnation && config.incoming.has(nodeId)) {
    throw new ConfChangeRejectedError(
      `node ${nodeId} is a voter with incarnation ${current}, not ${incarnation}: remove it first, then add it back`,
    );
  }
}

/**
 * The seat records the disk the change names. In a joint configuration an outgoing voter keeps
 * counting under its old incarnation until the configuration is left, so a seat that is also
 * an outgoing voter cannot change its incarnation in the same step.
 */
function recordIncarnation(config: MutableConfig, nodeId: number, incarnation: number): void {
  const current = config.incarnations.get(nodeId) ?? 0;
  if (current !== incarnation && config.outgoing.has(nodeId)) {
    throw new ConfChangeRejectedError(
      `node ${nodeId} is an outgoing voter with incarnation ${current}: its incarnation cannot change to ${incarnation} in a joint configuration`,
    );
  }
  if (incarnation === 0) config.incarnations.delete(nodeId);
  else config.incarnations.set(nodeId, incarnation);
}

/** Drops the incarnations of ids that are no longer members (after leaving a joint config). */
function pruneIncarnations(config: MutableConfig): void {
  for (const id of [...config.incarnations.keys()]) {
    const member =
      config.incoming.has(id) ||
      config.outgoing.has(id) ||
      config.learners.has(id) ||
      config.learnersNext.has(id);
    if (!member) config.incarnations.delete(id);
  }
}

function checked(config: MutableConfig): TrackerConfig {
  pruneIncarnations(config);
  for (const id of config.learners) {
    if (!(!config.incoming.has(id) && !config.outgoing.has(id)))
      assertionFailed(`learner ${id} is a voter`);
  }
  for (const id of config.learnersNext) {
    if (!(config.outgoing.has(id) && !config.incoming.has(id)))
      assertionFailed(`next learner ${id}`);
  }
  return freeze(config);
}

/** The configuration described by a snapshot's or the initial ConfState. */
export function configFromConfState(confState: ConfState): TrackerConfig {
  const config: MutableConfig = {
    incoming: new Set(confState.voters),
    outgoing: new Set(confState.votersOutgoing),
    learners: new Set(confState.learners),
    learnersNext: new Set(confState.learnersNext),
    autoLeave: confState.autoLeave,
    incarnations: new Map(),
  };
  assert(!config.autoLeave || config.outgoing.size > 0, "autoLeave without joint config");
  for (const { nodeId, incarnation } of confState.incarnations) {
    if (!(Number.isSafeInteger(incarnation) && incarnation > 0))
      assertionFailed(`incarnation of ${nodeId}`);
    if (config.incarnations.has(nodeId)) assertionFailed(`two incarnations for ${nodeId}`);
    config.incarnations.set(nodeId, incarnation);
  }
  const incarnations = config.incarnations.size;
  const result = checked(config);
  assert(result.incarnations.size === incarnations, "an incarnation of a non-member");
  return result;
}
