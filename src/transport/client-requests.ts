/**
 * Client requests arriving on inbound connections, answered peers first: a client request
 * waits for the end of the turn of the event loop in which it was read (the Raft messages of
 * that turn are stepped as they are read, in the poll phase; client requests wait for the
 * check phase, one setImmediate for all of them), so a busy turn of client traffic never holds
 * up heartbeats, votes and acknowledgements. The common answer, an Ok alone, is hand-encoded.
 */
import { checkU64 } from "../proto/codec/errors.js";
import { RuvraftError } from "../util/errors.js";
import type { Connection } from "./connection.js";
import { encodeOkResponseFrame } from "./envelope-frames.js";
import type { ClientRequest, ClientResponse, TransportHandlers } from "./types.js";

export class ClientRequestQueue {
  /** Requests waiting for the end of the turn. */
  private readonly waiting: { connection: Connection; request: ClientRequest }[] = [];

  constructor(
    private readonly onClientRequest: TransportHandlers["onClientRequest"],
    /** False once the transport stops: requests still waiting are dropped. */
    private readonly isRunning: () => boolean,
  ) {}

  /** Answers `request` at the end of this turn (its request id was checked on arrival). */
  defer(connection: Connection, request: ClientRequest): void {
    this.waiting.push({ connection, request });
    if (this.waiting.length === 1) {
      setImmediate(() => this.answerWaiting());
    }
  }

  private answerWaiting(): void {
    const requests = this.waiting.splice(0);
    for (const { connection, request } of requests) {
      if (!this.isRunning() || connection.isClosed) continue;
      try {
        this.answer(connection, request);
      } catch (error) {
        // As a frame handler's error does: a typed one closes the connection, anything else is
        // a bug and propagates.
        if (!(error instanceof RuvraftError)) throw error;
        connection.close(error.code, error.message);
      }
    }
  }

  private answer(connection: Connection, request: ClientRequest): void {
    const requestId = checkU64(request.requestId, "clientRequest.requestId");
    let replied = false;
    this.onClientRequest(
      request,
      (response: ClientResponse) => {
        if (replied) {
          return;
        }
        replied = true;
        const result = okResultOnly(response);
        if (result !== undefined) {
          connection.enqueueFrame(encodeOkResponseFrame(requestId, result));
        } else {
          connection.send({ clientResponse: { ...response, requestId } });
        }
      },
      connection.rights,
    );
  }
}

const EMPTY_RESULT = new Uint8Array(0);

/** The result of a response that is only an Ok (the common answer, sent by hand-encoding). */
function okResultOnly(response: ClientResponse): Uint8Array | undefined {
  if (
    response.ok == null ||
    response.error != null ||
    response.status != null ||
    response.members != null ||
    response.snapshotTaken != null
  ) {
    return undefined;
  }
  return response.ok.result ?? EMPTY_RESULT;
}
