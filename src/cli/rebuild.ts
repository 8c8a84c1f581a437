/**
 * `ruvraft node --rebuild`: restore a node whose data cannot be trusted (a corrupt segment, a
 * lost disk) from the rest of the cluster, without losing any acknowledged write.
 *
 * A node that lost data must not vote under its old identity: it could help elect a leader that
 * lacks committed entries (the Protocol-Aware Recovery lesson). So the rebuild is an explicit
 * membership change, as etcd requires for a replaced member:
 * 1. the data directory's lock is taken (a node still running there makes the rebuild stop at
 *    once, exit 1, touching nothing);
 * 2. through the other members, the node is removed from the membership (if it is a member) and
 *    added back as a learner: it cannot vote while it is rebuilt; only then is the data
 *    directory moved aside to `<data>.damaged-<time>` (never deleted: the operator may want
 *    it), and the node starts empty, as a joining node;
 * 3. the leader sends it a snapshot and the log after it;
 * 4. once it has applied everything the leader had committed when it joined, it is promoted back
 *    to voter if it was one.
 * The rest of the cluster must have a quorum without this node while this runs.
 */
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import type { RaftClient } from "../client/raft-client.js";
import type { RaftNode } from "../node/raft-node.js";
import { LOCK_STALE_MS, LOCK_UPDATE_MS, lockDirectory } from "../storage/lock.js";
import { peersClient } from "./bootstrap-guard.js";
import type { NodeSettings } from "./node-settings.js";

export interface RebuildPlan {
  /** Where the old data went (undefined when there was none). */
  movedTo: string | undefined;
  wasVoter: boolean;
  /** The leader's commit index when the node was added back: caught up once applied past it. */
  targetIndex: number;
  client: RaftClient;
}

function selfAddress(settings: NodeSettings): string {
  const self = settings.node.peers.find((peer) => peer.id === settings.node.nodeId);
  if (self !== undefined) return self.address;
  if (settings.node.listenHost !== undefined && settings.node.listenPort !== undefined) {
    return `${settings.node.listenHost}:${settings.node.listenPort}`;
  }
  throw new Error("--rebuild needs this node's address: list it in --peers or give --listen");
}

/**
 * Steps 1 and 2; the node must then start as a joining node. Takes the data directory's lock
 * first (a running node holds it: DataDirectoryLockedError, nothing touched), and moves the
 * data aside only once the cluster has taken the node back as a learner: a failure before
 * that leaves the directory where it was. Talks to the cluster with the node's own shared
 * secret and TLS files.
 */
export async function prepareRebuild(settings: NodeSettings, logger: Logger): Promise<RebuildPlan> {
  const nodeId = settings.node.nodeId;
  const address = selfAddress(settings);
  const endpoints = settings.node.peers
    .filter((peer) => peer.id !== nodeId)
    .map((peer) => peer.address);
  if (endpoints.length === 0) {
    throw new Error("--rebuild needs the other members' addresses in --peers");
  }
  const dataDirectory = settings.node.dataDirectory;
  // The running node locks <data>/log (src/storage/segment-log.ts): so does the rebuild.
  const logDirectory = path.join(dataDirectory, "log");
  let lockLost: Error | undefined;
  const lock = fs.existsSync(logDirectory)
    ? await lockDirectory(logDirectory, {
        updateMs: LOCK_UPDATE_MS,
        staleMs: LOCK_STALE_MS,
        onCompromised: (error) => {
          lockLost = error;
        },
      })
    : undefined;
  const client = peersClient(settings, 30_000);
  try {
    const members = (await client.members()).members ?? [];
    const previous = members.find((member) => member.nodeId === nodeId);
    const wasVoter = previous?.voter === true;
    if (previous !== undefined) {
      await client.removeNode(nodeId);
      logger.warn({ nodeId }, "rebuild: removed this node from the membership");
    }
    await client.addLearner(nodeId, address);
    const status = await client.status();
    logger.warn(
      { nodeId, address, targetIndex: status.commitIndex ?? 0 },
      "rebuild: added this node back as a learner",
    );
    if (lockLost !== undefined) {
      throw new Error(`the lock on ${logDirectory} was lost: ${lockLost.message}`);
    }
    let movedTo: string | undefined;
    if (fs.existsSync(dataDirectory)) {
      movedTo = `${dataDirectory}.damaged-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(dataDirectory, movedTo);
      logger.warn(
        { from: dataDirectory, to: movedTo },
        "rebuild: moved the old data directory aside",
      );
    }
    return { movedTo, wasVoter, targetIndex: status.commitIndex ?? 0, client };
  } catch (error) {
    client.close();
    throw error;
  } finally {
    // The lock file moved with the directory; releasing it there (or failing to) is harmless.
    await lock?.release().catch(() => {});
  }
}

/** Steps 3 and 4, after the node started: waits until it caught up, then promotes it. */
export async function finishRebuild(
  node: RaftNode<unknown, unknown, unknown>,
  plan: RebuildPlan,
  logger: Logger,
): Promise<void> {
  try {
    // Bounded by the node: it stops (and this returns) if it is stopped before catching up.
    while (node.isRunning() && node.status().appliedIndex < plan.targetIndex) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!node.isRunning()) return;
    if (plan.wasVoter) {
      await plan.client.promote(node.config.nodeId);
    }
    logger.warn(
      { appliedIndex: node.status().appliedIndex, promoted: plan.wasVoter },
      "rebuild: caught up from the cluster",
    );
  } finally {
    plan.client.close();
  }
}
