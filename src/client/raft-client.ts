/**
 * RaftClient: talks to a cluster through any of its nodes.
 *
 * - Finds the leader: asks the endpoints in turn and follows NotLeader redirects (which name
 *   the leader's address).
 * - Retries proposals on leader changes, lost connections and timeouts with the SAME client
 *   session (client id + sequence number): the nodes deduplicate by session before the state
 *   machine sees the command, so a retried proposal takes effect exactly once.
 * - Reads: "linearizable" (ReadIndex on the leader), "lease" (the leader's lease), or "stale"
 *   (any node's applied state; tries the endpoints in order).
 * - Gives up after `operationTimeoutMs` with ClientTimeoutError (the outcome of a proposal is then
 *   unknown: it may still be applied, once).
 */
import { randomInt } from "node:crypto";
import type { Logger } from "pino";
import {
  ClientConnectionPool,
  type ClientRequest,
  type ClientResponse,
  HandshakeError,
  type TlsFiles,
} from "../transport/index.js";
import { RuvraftError, remoteError } from "../util/errors.js";

export type ReadConsistency = "linearizable" | "lease" | "stale";

/** What `takeSnapshot` took: on which node, the snapshot's index and term, its file there. */
export interface SnapshotTakenInfo {
  readonly nodeId: number;
  readonly index: number;
  readonly term: number;
  readonly file: string;
}

export interface RaftClientOptions {
  /** "host:port" of one or more nodes. */
  endpoints: readonly string[];
  clusterId?: string;
  /** The cluster secret: admin rights (see "Rights" in src/proto/raft.proto). */
  sharedSecret?: string;
  /**
   * A client secret instead (used only without `sharedSecret`): proposals, reads, status and
   * members; membership, transfer and snapshot requests fail with EPERM.
   */
  clientSecret?: string;
  tls?: TlsFiles;
  /** Give up on one operation after this long, retries included. Default 10_000 ms. */
  operationTimeoutMs?: number;
  /** Wait for one attempt's answer this long before retrying. Default 2_000 ms. */
  attemptTimeoutMs?: number;
  /** Pause between retries when no leader is known. Default 50 ms (doubling to 500 ms). */
  retryDelayMs?: number;
  /** Session id; default a random 48-bit number (0 disables sessions). */
  clientId?: number;
  logger?: Logger;
}

/** A request the cluster answered with an error that retrying will not fix. */
export class ClientRequestError extends RuvraftError {
  override name = "ClientRequestError";
  /** `code`: as the node answered it (an unknown one becomes EUNKNOWN, see remoteError). */
  constructor(code: string, message: string) {
    const known = remoteError(code, "EUNKNOWN", message);
    super(known.code, known.message);
  }
}

/** The operation did not finish within operationTimeoutMs; its outcome is unknown. */
export class ClientTimeoutError extends RuvraftError {
  override name = "ClientTimeoutError";
  constructor(what: string, timeoutMs: number, lastError: string) {
    super(
      "ETIMEOUT",
      `${what} did not finish within ${timeoutMs} ms (last error: ${lastError}); its outcome is unknown`,
    );
  }
}

/**
 * Error codes after which another attempt (elsewhere or later) may succeed. EDROPPED: the
 * proposal certainly did not apply (dropped during a transfer, replaced by a new leader's entry),
 * so the session makes a retry safe. ENOTHELD: a vector request reached a node whose view of a
 * shard's stores is not settled (a store not made yet, or a node behind a collection's drop and
 * re-create); vector upserts are idempotent, so another node or a later attempt may answer.
 */
const RETRYABLE_CODES = new Set([
  "ENOTLEADER",
  "ENOTHELD",
  "ETIMEOUT",
  "ECLOSED",
  "EHANDSHAKE",
  "ESTOPPED",
  "EOVERLOADED",
  "ECONNREFUSED",
  "EDROPPED",
]);

/** Whether a request answered with error `code` may succeed on another attempt. */
export function isRetryableCode(code: string | null | undefined): boolean {
  return RETRYABLE_CODES.has(code ?? "");
}

type RequestBody = Omit<ClientRequest, "requestId">;

/** Handshake refusals no retry fixes, with what to check. */
const REFUSAL_ADVICE: Readonly<Record<string, string>> = {
  EAUTH:
    "the secret is wrong or missing: the client's RUVRAFT_SHARED_SECRET (or RUVRAFT_CLIENT_SECRET) must be the nodes'",
  ECLUSTER: "the cluster id differs from the nodes' (--cluster-id)",
  EVERSION: "the node speaks another protocol version",
};

/**
 * A handshake refused for the client's credentials or cluster id: a definite error at once
 * (ClientRequestError; the request never reached a node), not a retry until the timeout.
 */
function throwIfRefused(error: unknown): void {
  if (!(error instanceof HandshakeError)) return;
  const advice = REFUSAL_ADVICE[error.reasonCode];
  if (advice === undefined) return;
  throw new ClientRequestError(
    error.reasonCode,
    `${error.message}; ${advice}. The request was not sent.`,
  );
}

export class RaftClient {
  readonly clientId: number;
  private readonly endpoints: string[];
  private readonly pool: ClientConnectionPool;
  private leaderAddress: string | undefined;
  private nextSequence = 1;
  /** Sequences proposed and not yet answered (or given up on). */
  private readonly unanswered = new Set<number>();
  private closed = false;
  private readonly operationTimeoutMs: number;
  private readonly attemptTimeoutMs: number;
  private readonly retryDelayMs: number;

  constructor(options: RaftClientOptions) {
    if (options.endpoints.length === 0) {
      throw new RuvraftError("EINVALID", "RaftClient needs at least one endpoint");
    }
    this.endpoints = [...options.endpoints];
    this.clientId = options.clientId ?? randomInt(1, 2 ** 48);
    this.operationTimeoutMs = options.operationTimeoutMs ?? 10_000;
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 2_000;
    this.retryDelayMs = options.retryDelayMs ?? 50;
    this.pool = new ClientConnectionPool((address) => ({
      address,
      clusterId: options.clusterId ?? "ruvraft",
      timeoutMs: this.attemptTimeoutMs,
      ...(options.sharedSecret !== undefined
        ? { sharedSecret: options.sharedSecret }
        : options.clientSecret !== undefined
          ? { sharedSecret: options.clientSecret, credential: "client" as const }
          : {}),
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    }));
  }

  /** Proposes an encoded command; resolves with the encoded response, applied exactly once. */
  async propose(command: Uint8Array): Promise<Uint8Array> {
    if (this.clientId === 0) {
      const response = await this.toLeader("propose", {
        propose: { clientId: 0, sequence: 0, command },
      });
      return response.ok?.result ?? new Uint8Array();
    }
    const sequence = this.nextSequence++;
    this.unanswered.add(sequence);
    try {
      // Every attempt tells the nodes the lowest sequence still unanswered, so that they keep
      // the responses a retry may need and drop the rest (src/node/sessions.ts).
      const response = await this.toLeader("propose", () => ({
        propose: {
          clientId: this.clientId,
          sequence,
          command,
          firstUnansweredSequence: this.firstUnanswered(),
        },
      }));
      return response.ok?.result ?? new Uint8Array();
    } finally {
      this.unanswered.delete(sequence);
    }
  }

  /**
   * The lowest sequence proposed and not yet answered (or given up on), or the next one. O(1):
   * sequences enter `unanswered` in increasing order and a Set iterates in insertion order, so
   * the lowest is the first (a scan of the set cost a visible share of a client's CPU with 64
   * proposals in flight).
   */
  private firstUnanswered(): number {
    for (const sequence of this.unanswered) return sequence;
    return this.nextSequence;
  }

  /** Reads with the given consistency; resolves with the encoded response. */
  async read(
    query: Uint8Array,
    consistency: ReadConsistency = "linearizable",
  ): Promise<Uint8Array> {
    const mode = consistency === "linearizable" ? 1 : consistency === "lease" ? 2 : 3;
    const body: RequestBody = { read: { mode, query } };
    const response =
      consistency === "stale" ? await this.toAny("read", body) : await this.toLeader("read", body);
    return response.ok?.result ?? new Uint8Array();
  }

  /** Status of one node (default: the leader). */
  async status(address?: string): Promise<NonNullable<ClientResponse["status"]>> {
    const response =
      address === undefined
        ? await this.toLeader("status", { status: {} })
        : await this.once(address, { status: {} });
    return response.status ?? {};
  }

  /**
   * Asks the leader, or node `nodeId` (found through `members`), to take a snapshot now;
   * resolves with the node that took it, the snapshot's index and term, and its file there.
   */
  async takeSnapshot(nodeId?: number): Promise<SnapshotTakenInfo> {
    let response: ClientResponse;
    if (nodeId === undefined) {
      response = await this.toLeader("snapshot", { takeSnapshot: { nodeId: 0 } });
    } else {
      const member = ((await this.members()).members ?? []).find((m) => m.nodeId === nodeId);
      const address = member?.address ?? "";
      if (address === "") {
        throw new ClientRequestError("EINVALID", `node ${nodeId} is not a member`);
      }
      response = await this.once(address, { takeSnapshot: { nodeId } });
    }
    if (response.error) {
      throw new ClientRequestError(response.error.code ?? "EUNKNOWN", response.error.message ?? "");
    }
    const taken = response.snapshotTaken ?? {};
    return {
      nodeId: taken.nodeId ?? 0,
      index: taken.index ?? 0,
      term: taken.term ?? 0,
      file: taken.file ?? "",
    };
  }

  async members(): Promise<NonNullable<ClientResponse["members"]>> {
    return (await this.toLeader("members", { members: {} })).members ?? {};
  }

  async addNode(nodeId: number, address: string): Promise<void> {
    await this.toLeader("add-node", { addNode: { nodeId, address } });
  }

  async addLearner(nodeId: number, address: string): Promise<void> {
    await this.toLeader("add-learner", { addLearner: { nodeId, address } });
  }

  /**
   * Makes a learner a voter. The leader refuses a learner more than its promoteLagEntryCountMax
   * behind its commit index unless `force` is set.
   */
  async promote(nodeId: number, options: { force?: boolean } = {}): Promise<void> {
    await this.toLeader("promote", { promote: { nodeId, force: options.force === true } });
  }

  async removeNode(nodeId: number): Promise<void> {
    await this.toLeader("remove-node", { removeNode: { nodeId } });
  }

  async transferLeader(target: number): Promise<void> {
    await this.toLeader("transfer-leader", { transferLeader: { target } });
  }

  close(): void {
    this.closed = true;
    this.pool.closeAll();
  }

  /** Sends to the leader, following redirects and retrying until operationTimeoutMs. */
  private async toLeader(
    what: string,
    request: RequestBody | (() => RequestBody),
  ): Promise<ClientResponse> {
    const deadline = Date.now() + this.operationTimeoutMs;
    let lastError = "no attempt";
    let delayMs = this.retryDelayMs;
    let endpointCursor = 0;
    // Bounded by the deadline: every pass waits for an answer, a failure or a delay.
    while (Date.now() < deadline) {
      this.checkOpen();
      const address =
        this.leaderAddress ?? (this.endpoints[endpointCursor++ % this.endpoints.length] as string);
      try {
        const body = typeof request === "function" ? request() : request;
        const response = await this.once(
          address,
          body,
          Math.min(this.attemptTimeoutMs, Math.max(1, deadline - Date.now())),
        );
        const error = response.error;
        if (!error) {
          this.leaderAddress = address;
          return response;
        }
        lastError = `${error.code}: ${error.message}`;
        if (!isRetryableCode(error.code)) {
          throw new ClientRequestError(error.code ?? "EUNKNOWN", error.message ?? "");
        }
        if (error.code === "ENOTLEADER" && error.leaderAddress && error.leaderAddress !== address) {
          this.leaderAddress = error.leaderAddress;
          continue; // follow the redirect at once
        }
      } catch (error) {
        if (error instanceof ClientRequestError) throw error;
        throwIfRefused(error);
        lastError = (error as Error).message;
        this.forget(address);
      }
      this.leaderAddress = undefined;
      await sleep(Math.min(delayMs, Math.max(0, deadline - Date.now())));
      delayMs = Math.min(delayMs * 2, 500);
    }
    throw new ClientTimeoutError(what, this.operationTimeoutMs, lastError);
  }

  /**
   * Sends a request to any node (the endpoints in order, moving on when one does not answer or
   * answers with a retryable error) and returns the answer; other errors reject with
   * ClientRequestError. For requests every node answers, such as the data plane's.
   */
  requestAny(what: string, body: RequestBody): Promise<ClientResponse> {
    return this.toAny(what, body);
  }

  /** Sends to the endpoints in order until one answers without error. */
  private async toAny(what: string, body: RequestBody): Promise<ClientResponse> {
    const deadline = Date.now() + this.operationTimeoutMs;
    let lastError = "no attempt";
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      this.checkOpen();
      const address = this.endpoints[attempt % this.endpoints.length] as string;
      try {
        const response = await this.once(
          address,
          body,
          Math.min(this.attemptTimeoutMs, Math.max(1, deadline - Date.now())),
        );
        if (!response.error) return response;
        lastError = `${response.error.code}: ${response.error.message}`;
        if (!isRetryableCode(response.error.code)) {
          throw new ClientRequestError(
            response.error.code ?? "EUNKNOWN",
            response.error.message ?? "",
          );
        }
      } catch (error) {
        if (error instanceof ClientRequestError) throw error;
        throwIfRefused(error);
        lastError = (error as Error).message;
        this.forget(address);
      }
      if ((attempt + 1) % this.endpoints.length === 0) await sleep(this.retryDelayMs);
    }
    throw new ClientTimeoutError(what, this.operationTimeoutMs, lastError);
  }

  /** One attempt at `address`: on its open connection at once, else once it has connected. */
  private once(
    address: string,
    body: RequestBody,
    timeoutMs = this.attemptTimeoutMs,
  ): Promise<ClientResponse> {
    const open = this.pool.open(address);
    if (open !== undefined) return open.request(body, timeoutMs);
    return this.pool.get(address).then((connection) => connection.request(body, timeoutMs));
  }

  private forget(address: string): void {
    this.pool.forget(address);
  }

  private checkOpen(): void {
    if (this.closed) throw new RuvraftError("ECLOSED", "the client is closed");
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
