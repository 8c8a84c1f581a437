/**
 * ClientConnection: one client connection to one node (used by RaftClient and the CLI).
 * Connects with node id 0, then sends ClientRequest frames and matches each ClientResponse by
 * request id. Failures are typed: HandshakeError (refused), RequestTimeoutError, ConnectionClosedError.
 */
import { type Logger, pino } from "pino";
import type { Envelope } from "../proto/codec/envelope.js";
import { type CloseInfo, Connection } from "./connection.js";
import { encodeProposeRequestFrame } from "./envelope-frames.js";
import {
  ConnectionClosedError,
  HandshakeError,
  ProtocolError,
  RequestTimeoutError,
} from "./errors.js";
import { resolveSettings } from "./settings.js";
import { dial, loadTlsMaterial, parseAddress } from "./socket.js";
import { newStats } from "./stats.js";
import type { ClientRequest, ClientResponse, Credential, TlsFiles } from "./types.js";

const EMPTY_COMMAND = new Uint8Array(0);

export interface ClientConnectOptions {
  /** "host:port" of a node. */
  readonly address: string;
  readonly clusterId: string;
  /** The secret to prove: the cluster secret, or the client secret with `credential` "client". */
  readonly sharedSecret?: string;
  /** Which secret `sharedSecret` is (default "cluster"; see "Rights" in raft.proto). */
  readonly credential?: Credential;
  readonly tls?: TlsFiles;
  /** Connect and handshake within this; default 5_000. */
  readonly timeoutMs?: number;
  /** Largest frame accepted; default 64 MiB. */
  readonly frameBytesMax?: number;
  /** Default: a silent logger. */
  readonly logger?: Logger;
}

interface PendingRequest {
  readonly resolve: (response: ClientResponse) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** Pending requests per connection; a client beyond this gets an error instead of queueing. */
export const CLIENT_PENDING_REQUESTS_MAX = 10_000;

export class ClientConnection {
  private readonly connection: Connection;
  private readonly pending = new Map<number, PendingRequest>();
  private nextRequestId = 1;
  private closedError: Error | undefined;

  private constructor(connection: Connection) {
    this.connection = connection;
  }

  static connect(options: ClientConnectOptions): Promise<ClientConnection> {
    const timeoutMs = options.timeoutMs ?? 5_000;
    const target = parseAddress(options.address);
    if (target === undefined) {
      return Promise.reject(new ConnectionClosedError(`bad address "${options.address}"`));
    }
    const settings = resolveSettings({
      handshakeTimeoutMs: timeoutMs,
      ...(options.frameBytesMax === undefined ? {} : { frameBytesMax: options.frameBytesMax }),
      ...(options.frameBytesMax === undefined ? {} : { snapshotChunkBytes: 1 }),
    });
    const logger = (options.logger ?? pino({ level: "silent" })).child({
      component: "client",
      address: options.address,
    });
    return new Promise((resolve, reject) => {
      let client: ClientConnection | undefined;
      const connection = new Connection({
        role: "dialer",
        handshake: {
          clusterId: options.clusterId,
          nodeId: 0,
          sharedSecret: options.sharedSecret,
          credential: options.credential ?? "cluster",
          targetNodeId: 0,
          isPeer: () => false,
          incarnation: 0,
          generation: () => 0,
          onNewerGeneration: () => false,
        },
        settings,
        stats: newStats(),
        logger,
        events: {
          onOpen: () => resolve(client!),
          onEnvelope: (envelope) => client!.handleEnvelope(envelope),
          onDrain: () => undefined,
          onClosed: (info) => {
            const error = closeError(info, timeoutMs);
            if (info.wasOpen) {
              client!.handleClosed(error);
            } else {
              reject(error);
            }
          },
        },
      });
      client = new ClientConnection(connection);
      try {
        const tls = options.tls === undefined ? undefined : loadTlsMaterial(options.tls);
        connection.attach(dial({ ...target, tls }, connection.wireHandlers));
      } catch (error) {
        reject(new ConnectionClosedError("could not start connecting", { cause: error }));
      }
    });
  }

  /** Sends a request and resolves with its response; assigns the request id. */
  request(request: Omit<ClientRequest, "requestId">, timeoutMs: number): Promise<ClientResponse> {
    if (this.closedError !== undefined) {
      return Promise.reject(this.closedError);
    }
    if (this.pending.size >= CLIENT_PENDING_REQUESTS_MAX) {
      return Promise.reject(new ConnectionClosedError("too many pending requests"));
    }
    const requestId = this.nextRequestId;
    this.nextRequestId += 1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(new RequestTimeoutError(`request ${requestId}`, timeoutMs));
      }, timeoutMs);
      this.pending.set(requestId, { resolve, reject, timer });
      // `body` is a oneof: a request with a Propose has no other body.
      const propose = request.propose;
      if (propose != null) {
        this.connection.enqueueFrame(
          encodeProposeRequestFrame(requestId, {
            clientId: propose.clientId ?? 0,
            sequence: propose.sequence ?? 0,
            command: propose.command ?? EMPTY_COMMAND,
            firstUnansweredSequence: propose.firstUnansweredSequence ?? 0,
          }),
        );
      } else {
        this.connection.send({ clientRequest: { ...request, requestId } });
      }
    });
  }

  close(): void {
    this.connection.close("EDONE", "client closed the connection");
  }

  private handleEnvelope(envelope: Envelope): void {
    if (envelope.kind !== "clientResponse") {
      throw new ProtocolError(`unexpected ${envelope.kind} on a client connection`);
    }
    const response = envelope.clientResponse!;
    const requestId = response.requestId ?? 0;
    const pending = this.pending.get(requestId);
    if (pending === undefined) {
      return; // a late reply to a request that timed out
    }
    this.pending.delete(requestId);
    clearTimeout(pending.timer);
    pending.resolve(response);
  }

  private handleClosed(error: Error): void {
    this.closedError = error;
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }
}

function closeError(info: CloseInfo, timeoutMs: number): Error {
  if (info.code === "ETIMEOUT" && !info.wasOpen) {
    return new RequestTimeoutError("connect", timeoutMs);
  }
  const handshakeCodes = [
    "EVERSION",
    "ECLUSTER",
    "EUNKNOWNNODE",
    "EWRONGNODE",
    "EAUTH",
    "ETOOMANY",
  ];
  if (!info.wasOpen && handshakeCodes.includes(info.code)) {
    return new HandshakeError(info.code, info.reason, info.byRemote);
  }
  return new ConnectionClosedError(`${info.code}: ${info.reason}`);
}
