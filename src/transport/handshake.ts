/**
 * The handshake's decisions, without I/O (the protocol is described at the top of
 * src/proto/raft.proto): nonces, HMAC proofs, and the checks each side applies to the
 * other's Hello / HelloReply. A refusal is a `Refusal` (Goodbye code + reason); the
 * connection code sends it as a Goodbye and closes.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { checkU64 } from "../proto/codec/errors.js";
import type { wireTypes } from "../proto/index.js";
import { PROTOCOL_VERSION } from "./settings.js";
import type { Credential } from "./types.js";

export const NONCE_BYTES = 32;
const PROOF_LABEL = "ruvraft/1";

export interface Refusal {
  readonly code: string;
  readonly reason: string;
}

export type Role = "dialer" | "acceptor";

export interface ProofInput {
  readonly secret: string;
  readonly role: Role;
  readonly clusterId: string;
  readonly dialerNodeId: number;
  readonly acceptorNodeId: number;
  readonly dialerNonce: Uint8Array;
  readonly acceptorNonce: Uint8Array;
}

export function newNonce(): Uint8Array {
  return randomBytes(NONCE_BYTES);
}

/** HMAC-SHA256 over both nonces, the roles and the ids (see raft.proto). */
export function computeProof(input: ProofInput): Uint8Array {
  const text = [
    PROOF_LABEL,
    input.role,
    input.clusterId,
    String(input.dialerNodeId),
    String(input.acceptorNodeId),
    Buffer.from(input.dialerNonce).toString("hex"),
    Buffer.from(input.acceptorNonce).toString("hex"),
  ].join("|");
  return createHmac("sha256", input.secret).update(text).digest();
}

/** Constant-time comparison of a received proof with the expected one. */
export function proofMatches(received: Uint8Array | null | undefined, expected: Uint8Array) {
  if (received === null || received === undefined || received.byteLength !== expected.byteLength) {
    return false;
  }
  return timingSafeEqual(received, expected);
}

export interface AcceptorView {
  readonly clusterId: string;
  /** Whether the acceptor has a client secret (else a client credential is refused). */
  readonly acceptsClientCredential: boolean;
  readonly nodeId: number;
  /** Whether `id` is currently a configured peer. */
  readonly isPeer: (id: number) => boolean;
  /** The acceptor's cluster generation (see Hello.generation in raft.proto). */
  readonly generation: number;
}

export interface HelloVerdict {
  readonly ok: true;
  readonly nodeId: number;
  readonly incarnation: number;
  /** The secret the dialer proves; both proofs of the handshake use it. */
  readonly credential: Credential;
  /**
   * The dialer is a node of another cluster generation: whether it is a configured peer is
   * decided only once the generations are settled (checkPeerAfterGeneration), since a node
   * of the abandoned configuration is not one and must still learn the newer generation.
   */
  readonly peerCheckDeferred: boolean;
}

/** The acceptor's checks of a Hello; returns the dialer's node id or a refusal. */
export function checkHello(
  hello: wireTypes.wire.Hello.$Properties,
  view: AcceptorView,
): HelloVerdict | { ok: false; refusal: Refusal } {
  const version = hello.protocolVersion ?? 0;
  if (version !== PROTOCOL_VERSION) {
    return refuse("EVERSION", `unsupported protocol version ${version} (supported: 1)`);
  }
  const clusterId = hello.clusterId ?? "";
  if (clusterId !== view.clusterId) {
    return refuse("ECLUSTER", `wrong cluster id "${clusterId}" (expected "${view.clusterId}")`);
  }
  const nodeId = checkU64(hello.nodeId, "hello.nodeId");
  const targetNodeId = checkU64(hello.targetNodeId, "hello.targetNodeId");
  if (targetNodeId !== 0 && targetNodeId !== view.nodeId) {
    return refuse("EWRONGNODE", `dialed node ${targetNodeId} but this is node ${view.nodeId}`);
  }
  const generation = checkU64(hello.generation, "hello.generation");
  const peerCheckDeferred = nodeId !== 0 && generation !== view.generation;
  if (nodeId !== 0 && (nodeId === view.nodeId || (!peerCheckDeferred && !view.isPeer(nodeId)))) {
    return unknownNode(nodeId);
  }
  if ((hello.nonce?.byteLength ?? 0) !== NONCE_BYTES) {
    return refuse("EPROTOCOL", `hello nonce must be ${NONCE_BYTES} bytes`);
  }
  // Any incarnation is accepted: the core filters each message by its disk
  // (src/raft/incarnation.ts), with the connection's incarnation stamped on it.
  const incarnation = checkU64(hello.incarnation, "hello.incarnation");
  const credentialNumber = hello.credential ?? 0;
  if (credentialNumber !== 0 && credentialNumber !== 1) {
    return refuse("EPROTOCOL", `unknown hello credential ${credentialNumber}`);
  }
  const credential: Credential = credentialNumber === 1 ? "client" : "cluster";
  if (credential === "client" && nodeId !== 0) {
    return refuse(
      "EAUTH",
      `node ${nodeId} offered the client secret: nodes prove the cluster secret`,
    );
  }
  if (credential === "client" && !view.acceptsClientCredential) {
    return refuse(
      "EAUTH",
      "this node has no client secret (RUVRAFT_CLIENT_SECRET): prove the cluster secret (RUVRAFT_SHARED_SECRET)",
    );
  }
  return { ok: true, nodeId, incarnation, credential, peerCheckDeferred };
}

/** The acceptor's deferred peer check (HelloVerdict.peerCheckDeferred), once generations agree. */
export function checkPeerAfterGeneration(
  nodeId: number,
  view: AcceptorView,
): { ok: true } | { ok: false; refusal: Refusal } {
  return view.isPeer(nodeId) ? { ok: true } : unknownNode(nodeId);
}

function unknownNode(nodeId: number): { ok: false; refusal: Refusal } {
  return refuse("EUNKNOWNNODE", `unknown node id ${nodeId}`);
}

/**
 * Either side's decision once it knows the other node's cluster generation (both proofs are
 * checked by then, so a node without the shared secret cannot claim one): equal generations
 * go on; a newer remote one goes on only if `adoptNewer` takes it (a node holding no state
 * yet); anything else is refused with EGENERATION. A client (node id 0, either side) has none.
 */
export function checkGeneration(
  localNodeId: number,
  remoteNodeId: number,
  remoteGeneration: number,
  localGeneration: number,
  adoptNewer: (nodeId: number, generation: number) => boolean,
): { ok: true } | { ok: false; refusal: Refusal } {
  if (localNodeId === 0 || remoteNodeId === 0 || remoteGeneration === localGeneration) {
    return { ok: true };
  }
  if (remoteGeneration > localGeneration) {
    if (adoptNewer(remoteNodeId, remoteGeneration)) return { ok: true };
    return refuse(
      "EGENERATION",
      `node ${remoteNodeId} runs cluster generation ${remoteGeneration}, newer than this node's ${localGeneration}: this node belongs to an abandoned configuration`,
    );
  }
  return refuse(
    "EGENERATION",
    `node ${remoteNodeId} runs cluster generation ${remoteGeneration}, older than this node's ${localGeneration}: it belongs to an abandoned configuration`,
  );
}

export interface DialerView {
  readonly clusterId: string;
  /** The node id the dialer expects, 0 = any. */
  readonly targetNodeId: number;
}

/** The dialer's checks of a HelloReply (the proof is checked by the caller). */
export function checkHelloReply(
  reply: wireTypes.wire.HelloReply.$Properties,
  view: DialerView,
):
  | { ok: true; nodeId: number; incarnation: number; generation: number }
  | { ok: false; refusal: Refusal } {
  const version = reply.protocolVersion ?? 0;
  if (version !== PROTOCOL_VERSION) {
    return refuse("EVERSION", `acceptor speaks unsupported protocol version ${version}`);
  }
  if ((reply.clusterId ?? "") !== view.clusterId) {
    return refuse("ECLUSTER", `acceptor is in cluster "${reply.clusterId ?? ""}"`);
  }
  const nodeId = checkU64(reply.nodeId, "helloReply.nodeId");
  if (nodeId === 0 || (view.targetNodeId !== 0 && nodeId !== view.targetNodeId)) {
    return refuse("EWRONGNODE", `expected node ${view.targetNodeId}, reached node ${nodeId}`);
  }
  if ((reply.nonce?.byteLength ?? 0) !== NONCE_BYTES) {
    return refuse("EPROTOCOL", `helloReply nonce must be ${NONCE_BYTES} bytes`);
  }
  const incarnation = checkU64(reply.incarnation, "helloReply.incarnation");
  const generation = checkU64(reply.generation, "helloReply.generation");
  return { ok: true, nodeId, incarnation, generation };
}

function refuse(code: string, reason: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { code, reason } };
}
