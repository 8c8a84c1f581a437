/**
 * Requests from this node to another node's client port, for the data path (a client's upsert
 * forwarded to a shard's primary, a primary writing to its replicas, a search fanned out). One
 * connection per address, opened on first use with the cluster secret, dropped when it fails.
 */
import type { Logger } from "pino";
import {
  ClientConnectionPool,
  type ClientRequest,
  type ClientResponse,
  type TlsFiles,
} from "../transport/index.js";
import { RuvraftError, remoteError } from "../util/errors.js";

export interface PeerRequester {
  /** Sends `body` to the node at `address`; rejects with the node's error as a RuvraftError. */
  request(address: string, body: Omit<ClientRequest, "requestId">): Promise<ClientResponse>;
  close(): void;
}

export interface PeerRequestsOptions {
  clusterId: string;
  sharedSecret?: string;
  tls?: TlsFiles;
  /** One attempt's deadline (default 5_000 ms). */
  requestTimeoutMs?: number;
  logger?: Logger;
}

export class PeerRequests implements PeerRequester {
  private readonly pool: ClientConnectionPool;
  private closed = false;

  constructor(private readonly options: PeerRequestsOptions) {
    this.pool = new ClientConnectionPool((address) => ({
      address,
      clusterId: options.clusterId,
      ...(options.sharedSecret === undefined ? {} : { sharedSecret: options.sharedSecret }),
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    }));
  }

  async request(address: string, body: Omit<ClientRequest, "requestId">): Promise<ClientResponse> {
    if (this.closed) throw new RuvraftError("ESTOPPED", "the node is stopping");
    const timeoutMs = this.options.requestTimeoutMs ?? 5_000;
    let response: ClientResponse;
    try {
      const connection = await this.pool.get(address);
      response = await connection.request(body, timeoutMs);
    } catch (error) {
      this.pool.forget(address);
      throw new RuvraftError(
        "EUNAVAILABLE",
        `node at ${address} did not answer: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (response.error) {
      const known = remoteError(
        response.error.code,
        "EREJECTED",
        `node at ${address}: ${response.error.message ?? ""}`,
      );
      throw new RuvraftError(known.code, known.message);
    }
    return response;
  }

  close(): void {
    this.closed = true;
    this.pool.closeAll();
  }
}
