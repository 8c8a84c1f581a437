/**
 * Bootstrapping is a one-time act of a new cluster. `ruvraft node` in bootstrap mode (no
 * --join) on an empty data directory first asks its peers whether the cluster already exists
 * and this node's seat in it has a history, and refuses to start if so: a founder whose disk
 * was wiped (or whose rebuild failed half-way) would otherwise found again, on a new disk its
 * seat does not record, and sit in the cluster unable to vote or be heard until it is
 * removed and added back (docs/architecture.md, "Node identity": the founding membership
 * records every founder's disk, so safety does not depend on this check; it tells the
 * operator at once).
 *
 * The cluster exists for this seat when a leader answers and either
 * - its membership no longer lists this node as a voter (it was removed, or is a learner:
 *   the membership changed since the founding), or
 * - its replication progress shows this node's seat acknowledged entries beyond the founding
 *   snapshot (match index >= 2), which an empty directory cannot hold.
 * A founder that crashed before it had written the founding membership (its seat never
 * acknowledged anything) passes, and so does every node when no peer answers as a leader
 * within the probe's bound (a cluster starting all at once). The check is best effort: a
 * leader elected after the wipe has no progress for the seat yet.
 */
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import { RaftClient } from "../client/raft-client.js";
import { RuvraftError } from "../util/errors.js";
import type { NodeSettings } from "./node-settings.js";

/** How long each peer has to answer the probe. */
const PROBE_TIMEOUT_MS = 1_500;

/** The node would re-bootstrap an existing cluster: it must join or be rebuilt instead. */
export class ClusterExistsError extends RuvraftError {
  override name = "ClusterExistsError";
  constructor(nodeId: number, evidence: string) {
    super(
      "EEXISTS",
      `this cluster already exists (${evidence}) and this node's data directory is empty: start node ${nodeId} with --join after \`ruvraft ctl add-learner ${nodeId} ADDRESS\`, or with --rebuild; never bootstrap it again`,
    );
  }
}

/** A client for the other members, with the node's own cluster id, secret and TLS files. */
export function peersClient(settings: NodeSettings, operationTimeoutMs: number): RaftClient {
  const endpoints = settings.node.peers
    .filter((peer) => peer.id !== settings.node.nodeId)
    .map((peer) => peer.address);
  return new RaftClient({
    endpoints,
    clusterId: settings.node.clusterId ?? "ruvraft",
    operationTimeoutMs,
    attemptTimeoutMs: Math.min(operationTimeoutMs, 2_000),
    ...(settings.node.sharedSecret === undefined
      ? {}
      : { sharedSecret: settings.node.sharedSecret }),
    ...(settings.node.tls === undefined ? {} : { tls: settings.node.tls }),
  });
}

/** No log and no snapshot files: what RaftNode would bootstrap from scratch. */
export function holdsNoData(dataDirectory: string): boolean {
  const isEmpty = (directory: string) =>
    !fs.existsSync(directory) || fs.readdirSync(directory).length === 0;
  return isEmpty(path.join(dataDirectory, "log")) && isEmpty(path.join(dataDirectory, "snapshots"));
}

/**
 * Throws ClusterExistsError when this bootstrap-mode node with an empty data directory would
 * re-found a cluster that exists (see the file comment); returns otherwise.
 */
export async function checkBootstrapIsNew(settings: NodeSettings, logger: Logger): Promise<void> {
  const nodeId = settings.node.nodeId;
  const others = settings.node.peers.filter((peer) => peer.id !== nodeId);
  if (others.length === 0) return;
  const client = peersClient(settings, PROBE_TIMEOUT_MS);
  try {
    const statuses = await Promise.all(
      others.map((peer) => client.status(peer.address).catch(() => undefined)),
    );
    const leader = statuses.find((status) => status?.role === "leader");
    if (leader === undefined) {
      logger.info(
        { answered: statuses.filter((status) => status !== undefined).length },
        "bootstrap: no peer answered as a leader; founding the cluster",
      );
      return;
    }
    let members: Awaited<ReturnType<RaftClient["members"]>>["members"];
    try {
      members = (await client.members()).members ?? [];
    } catch (error) {
      logger.warn(
        { error: (error as Error).message },
        "bootstrap: a leader answered but its membership could not be read; founding the cluster",
      );
      return;
    }
    const seat = (members ?? []).find((member) => member.nodeId === nodeId);
    if (seat === undefined || seat.voter !== true) {
      throw new ClusterExistsError(
        nodeId,
        `leader ${leader.nodeId ?? 0} lists node ${nodeId} ${seat === undefined ? "not at all" : "as a learner"}`,
      );
    }
    const match = leader.peers?.find((peer) => peer.nodeId === nodeId)?.matchIndex ?? 0;
    if (match >= 2) {
      throw new ClusterExistsError(
        nodeId,
        `leader ${leader.nodeId ?? 0} replicated up to index ${match} to node ${nodeId}`,
      );
    }
    logger.info(
      { leaderId: leader.nodeId ?? 0 },
      "bootstrap: the cluster has a leader and this seat no history; joining it as a founder",
    );
  } finally {
    client.close();
  }
}
