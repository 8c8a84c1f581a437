/**
 * Switches a ProgressTracker to a new configuration: members that left lose their Progress,
 * new members get one that probes from `lastIndex + 1`, and learner flags are recomputed.
 */
import {
  checkTrackerConfig,
  Progress,
  type ProgressTracker,
  type TrackerConfig,
} from "../tracker/index.js";

export interface ProgressLimits {
  readonly inflightMessageCountMax: number;
  readonly inflightBytesMax: number;
}

export function memberIds(config: TrackerConfig): Set<number> {
  return new Set([
    ...config.voters.incoming,
    ...config.voters.outgoing,
    ...config.learners,
    ...config.learnersNext,
  ]);
}

export function switchConfig(
  tracker: ProgressTracker,
  config: TrackerConfig,
  lastIndex: number,
  limits: ProgressLimits,
): void {
  const members = memberIds(config);
  for (const id of [...tracker.progress.keys()]) {
    if (!members.has(id)) tracker.progress.delete(id);
  }
  for (const id of members) {
    const voter = config.voters.incoming.has(id) || config.voters.outgoing.has(id);
    let progress = tracker.progress.get(id);
    if (progress === undefined) {
      progress = new Progress({
        next: lastIndex + 1,
        inflightMessageCountMax: limits.inflightMessageCountMax,
        inflightBytesMax: limits.inflightBytesMax,
        isLearner: !voter,
      });
      // A new member has not had a chance to talk yet; do not count it as lost.
      progress.recentActive = true;
      tracker.progress.set(id, progress);
    }
    progress.isLearner = !voter;
  }
  tracker.config = config;
  checkTrackerConfig(config, tracker.progress);
}
