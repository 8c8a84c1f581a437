/**
 * Answers the client protocol (src/proto/raft.proto, ClientRequest / ClientResponse) with a
 * RaftNode: proposals in client sessions, reads in the three modes, status, membership and
 * leadership operations, and the vector requests of the data plane when a handler is given. Every failure is an Error response with a stable code; a NotLeader
 * error carries the leader's id and address so that the client can follow it. A request beyond
 * the connection's rights (membership, transfer and snapshot need admin rights; see "Rights" in
 * src/proto/raft.proto) is answered with EPERM and never reaches the node.
 */

import type { ClientRequest, ClientResponse, Rights } from "../transport/index.js";
import { RuvraftError } from "../util/errors.js";
import { VERSION } from "../version.js";
import { NotLeaderError, RejectedError } from "./errors.js";
import type { ReadConsistency } from "./node-api.js";
import type { RaftNode } from "./raft-node.js";

const EMPTY = new Uint8Array(0);

const READ_MODES: Record<number, ReadConsistency> = { 1: "linearizable", 2: "lease", 3: "stale" };

type AnyNode = RaftNode<unknown, unknown, unknown>;

/**
 * Answers the vector requests of the data plane (src/engine/vector-service.ts). A node without
 * one (the kv state machine, `--engine none`) answers them with EINVALID.
 */
export type VectorRequestHandler = (
  request: ClientRequest,
) => Promise<Omit<ClientResponse, "requestId">>;

/** The requests that need admin rights (see "Rights" in src/proto/raft.proto). */
const ADMIN_OPERATIONS = [
  "addNode",
  "addLearner",
  "promote",
  "removeNode",
  "transferLeader",
  "takeSnapshot",
] as const satisfies readonly (keyof ClientRequest)[];

/**
 * Answers `request` through `reply`, called once. A Propose is answered straight from the
 * apply (RaftNode.proposeEncodedWith: no promise hop on the hot path); everything else through
 * the async API.
 */
export function answerClientRequest(
  node: AnyNode,
  request: ClientRequest,
  reply: (response: ClientResponse) => void,
  rights: Rights = "admin",
  vectors?: VectorRequestHandler,
): void {
  const requestId = request.requestId ?? 0;
  if (rights !== "admin") {
    const operation = ADMIN_OPERATIONS.find((name) => request[name]);
    if (operation !== undefined) {
      reply({
        requestId,
        error: {
          code: "EPERM",
          message: `${operation} needs admin rights: this connection proved the client secret (RUVRAFT_CLIENT_SECRET); administer with the cluster secret (RUVRAFT_SHARED_SECRET)`,
          leaderId: 0,
          leaderAddress: "",
        },
      });
      return;
    }
  }
  const propose = request.propose;
  if (propose) {
    node.proposeEncodedWith(
      propose.clientId ?? 0,
      propose.sequence ?? 0,
      propose.command ?? EMPTY,
      propose.firstUnansweredSequence ?? 0,
      (error, result) => {
        reply(
          error === undefined
            ? { requestId, ok: { result: result ?? EMPTY } }
            : { requestId, error: errorBody(error) },
        );
      },
    );
    return;
  }
  if (
    request.vectorUpsert ||
    request.vectorSearch ||
    request.vectorGet ||
    request.shardState ||
    request.shardExport
  ) {
    const answer =
      vectors === undefined
        ? Promise.reject(
            new RuvraftError(
              "EINVALID",
              `node ${node.config.nodeId} has no vector engine (it runs --engine none or the kv state machine)`,
            ),
          )
        : vectors(request);
    answer.then(
      (body) => reply({ requestId, ...body }),
      (error: unknown) => reply({ requestId, error: errorBody(error) }),
    );
    return;
  }
  dispatch(node, request).then(
    (body) => reply({ requestId, ...body }),
    (error: unknown) => reply({ requestId, error: errorBody(error) }),
  );
}

async function dispatch(
  node: AnyNode,
  request: ClientRequest,
): Promise<Omit<ClientResponse, "requestId">> {
  if (request.read) {
    const mode = READ_MODES[request.read.mode ?? 0];
    if (mode === undefined) {
      throw new RuvraftError("EINVALID", `unknown read mode ${request.read.mode}`);
    }
    return { ok: { result: await node.readEncoded(request.read.query ?? new Uint8Array(), mode) } };
  }
  if (request.status) {
    const status = node.status();
    return {
      status: {
        nodeId: status.nodeId,
        address: status.address,
        role: status.role,
        term: status.term,
        leaderId: status.leaderId,
        commitIndex: status.commitIndex,
        appliedIndex: status.appliedIndex,
        lastIndex: status.lastIndex,
        learner: status.confState.learners.includes(status.nodeId),
        version: VERSION,
        logDiskBytes: status.logDiskBytes,
        peers: status.peers.map((peer) => ({
          nodeId: peer.nodeId,
          address: peer.address,
          matchIndex: peer.matchIndex,
          role: peer.learner ? "learner" : "voter",
        })),
      },
    };
  }
  if (request.takeSnapshot) {
    const wanted = request.takeSnapshot.nodeId ?? 0;
    if (wanted === 0 && !node.isLeader()) {
      throw new NotLeaderError(node.leaderId() ?? 0, node.leaderAddress());
    }
    if (wanted !== 0 && wanted !== node.config.nodeId) {
      throw new RejectedError(`this is node ${node.config.nodeId}, not node ${wanted}`);
    }
    return { snapshotTaken: { ...(await node.snapshotNow()), nodeId: node.config.nodeId } };
  }
  if (request.members) {
    return { members: { members: node.members(), leaderId: node.leaderId() ?? 0 } };
  }
  return { ok: { result: await membership(node, request) } };
}

async function membership(node: AnyNode, request: ClientRequest): Promise<Uint8Array> {
  if (request.addNode) {
    await node.addNode(request.addNode.nodeId ?? 0, request.addNode.address ?? "");
  } else if (request.addLearner) {
    await node.addLearner(request.addLearner.nodeId ?? 0, request.addLearner.address ?? "");
  } else if (request.promote) {
    await node.promote(request.promote.nodeId ?? 0, { force: request.promote.force === true });
  } else if (request.removeNode) {
    await node.removeNode(request.removeNode.nodeId ?? 0);
  } else if (request.transferLeader) {
    await node.transferLeadership(request.transferLeader.target ?? 0);
  } else {
    throw new RuvraftError("EINVALID", "empty client request");
  }
  return new Uint8Array();
}

function errorBody(error: unknown): NonNullable<ClientResponse["error"]> {
  if (error instanceof NotLeaderError) {
    return {
      code: error.code,
      message: error.message,
      leaderId: error.leaderId,
      leaderAddress: error.leaderAddress,
    };
  }
  if (error instanceof RuvraftError) {
    return { code: error.code, message: error.message, leaderId: 0, leaderAddress: "" };
  }
  return {
    code: "EINTERNAL",
    message: (error as Error).message ?? String(error),
    leaderId: 0,
    leaderAddress: "",
  };
}
