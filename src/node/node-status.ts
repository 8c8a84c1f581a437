/**
 * The leader's view of its peers in RaftNode.status(): each member's match index, how far
 * behind it is in time (append-times.ts) and whether it was heard from lately.
 */
import type { Status } from "../raft/index.js";
import type { AppendTimes } from "./append-times.js";
import type { NodeStatus } from "./node-api.js";

/** One row per peer the core tracks progress for (none unless this node leads). */
export function peerStatuses(
  status: Status,
  addressOf: (nodeId: number) => string,
  appendTimes: AppendTimes,
  nowMs: number,
): NodeStatus["peers"] {
  const learners = new Set([...status.confState.learners, ...status.confState.learnersNext]);
  const peers: NodeStatus["peers"] = [];
  for (const [nodeId, progress] of status.progress ?? []) {
    peers.push({
      nodeId,
      address: addressOf(nodeId),
      matchIndex: progress.match,
      lagMs: progress.match >= status.lastIndex ? 0 : appendTimes.ageMs(progress.match + 1, nowMs),
      learner: learners.has(nodeId),
      recentActive: progress.recentActive,
    });
  }
  return peers;
}
