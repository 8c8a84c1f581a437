/**
 * The only module that touches node:net and node:tls. Everything else sees a `Wire` (a
 * connected byte stream with callbacks) and a `Listener`.
 *
 * Mutual TLS: both sides present a certificate signed by the cluster CA and reject peers
 * without one (`requestCert` + `rejectUnauthorized`). Host names are not checked: a node's
 * identity is its node id, proven in the handshake above TLS; the CA decides membership of
 * the cluster's trust domain.
 */
import { readFileSync } from "node:fs";
import * as net from "node:net";
import * as tls from "node:tls";
import type { TlsFiles } from "./types.js";

/** Loaded TLS material (read once at start so a bad path fails at start, not at dial). */
export interface TlsMaterial {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly ca: Buffer;
}

export function loadTlsMaterial(files: TlsFiles): TlsMaterial {
  return {
    cert: readFileSync(files.certFile),
    key: readFileSync(files.keyFile),
    ca: readFileSync(files.caFile),
  };
}

export interface WireHandlers {
  /** The connection (and its TLS handshake) is established (dialed wires only). */
  onConnect(): void;
  onData(chunk: Buffer): void;
  /** The socket's buffer drained after a write returned false. */
  onDrain(): void;
  /** Called once, when the socket is fully closed; `error` says why when it failed. */
  onClose(error: Error | undefined): void;
  /** No bytes either way for the idle timeout. */
  onIdle(): void;
}

/** A connected (or connecting) byte stream. */
export class Wire {
  readonly remoteAddress: string;
  private readonly socket: net.Socket;
  private closeError: Error | undefined;
  private closed = false;

  constructor(socket: net.Socket, handlers: WireHandlers, connectEvent: string | undefined) {
    this.socket = socket;
    this.remoteAddress = `${socket.remoteAddress ?? "?"}:${socket.remotePort ?? "?"}`;
    socket.setNoDelay(true);
    if (connectEvent !== undefined) {
      socket.once(connectEvent, () => handlers.onConnect());
    }
    socket.on("data", (chunk: Buffer) => handlers.onData(chunk));
    socket.on("drain", () => handlers.onDrain());
    socket.on("timeout", () => handlers.onIdle());
    socket.on("error", (error) => {
      this.closeError ??= error;
    });
    socket.on("close", () => {
      this.closed = true;
      handlers.onClose(this.closeError);
    });
  }

  get isClosed(): boolean {
    return this.closed || this.socket.destroyed;
  }

  /** Bytes handed to the socket but not yet given to the kernel. */
  get writableBytes(): number {
    return this.socket.writableLength;
  }

  /** Writes `data`; returns false when the socket buffer is above its high-water mark. */
  write(data: Uint8Array): boolean {
    if (this.isClosed) {
      return false;
    }
    return this.socket.write(data);
  }

  /**
   * Writes `buffers` in order as one gathered write (corked: one writev, nothing copied);
   * returns false when the socket buffer is above its high-water mark.
   */
  writeAll(buffers: readonly Uint8Array[]): boolean {
    if (this.isClosed) {
      return false;
    }
    if (buffers.length === 1) {
      return this.socket.write(buffers[0] as Uint8Array);
    }
    this.socket.cork();
    let below = true;
    for (const buffer of buffers) {
      below = this.socket.write(buffer);
    }
    this.socket.uncork();
    return below;
  }

  setIdleTimeout(timeoutMs: number): void {
    this.socket.setTimeout(timeoutMs);
  }

  /** Stops reading (back-pressure while a snapshot is written to disk). */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  /** Sends what is buffered, then closes; destroys after `graceMs` if the peer lingers. */
  end(graceMs: number): void {
    if (this.isClosed) {
      return;
    }
    this.socket.end();
    const timer = setTimeout(() => this.socket.destroy(), graceMs);
    timer.unref();
    this.socket.once("close", () => clearTimeout(timer));
  }

  destroy(error?: Error): void {
    if (error !== undefined) {
      this.closeError ??= error;
    }
    this.socket.destroy();
  }
}

export interface DialOptions {
  readonly host: string;
  readonly port: number;
  readonly tls?: TlsMaterial | undefined;
}

/** Opens a connection; `handlers.onConnect` fires once it (and TLS) is established. */
export function dial(options: DialOptions, handlers: WireHandlers): Wire {
  if (options.tls === undefined) {
    const socket = net.connect({ host: options.host, port: options.port });
    return new Wire(socket, handlers, "connect");
  }
  const socket = tls.connect({
    host: options.host,
    port: options.port,
    cert: options.tls.cert,
    key: options.tls.key,
    ca: options.tls.ca,
    rejectUnauthorized: true,
    checkServerIdentity: () => undefined,
  });
  return new Wire(socket, handlers, "secureConnect");
}

export interface Listener {
  readonly host: string;
  readonly port: number;
  /** Stops accepting; resolves when the server is closed (connections are closed by the caller). */
  close(): Promise<void>;
}

export interface ListenOptions {
  readonly host: string;
  readonly port: number;
  readonly tls?: TlsMaterial | undefined;
  /** An accepted connection; the callback attaches its handlers by constructing a Wire. */
  readonly onConnection: (accept: (handlers: WireHandlers) => Wire) => void;
  /** A TLS handshake that failed (no or bad client certificate). */
  readonly onTlsError: (error: Error, remoteAddress: string) => void;
}

export function listen(options: ListenOptions): Promise<Listener> {
  const onSocket = (socket: net.Socket) => {
    options.onConnection((handlers) => new Wire(socket, handlers, undefined));
  };
  const server =
    options.tls === undefined
      ? net.createServer(onSocket)
      : tls.createServer(
          {
            cert: options.tls.cert,
            key: options.tls.key,
            ca: options.tls.ca,
            requestCert: true,
            rejectUnauthorized: true,
          },
          onSocket,
        );
  if (options.tls !== undefined) {
    server.on("tlsClientError", (error: Error, socket: tls.TLSSocket) => {
      options.onTlsError(error, `${socket.remoteAddress ?? "?"}:${socket.remotePort ?? "?"}`);
    });
  }
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: options.host, port: options.port }, () => {
      server.off("error", reject);
      server.on("error", () => {
        // Errors after listening (EMFILE on accept) are transient; the server keeps going.
      });
      const address = server.address() as net.AddressInfo;
      resolve({
        host: address.address,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
          }),
      });
    });
  });
}

/** Splits "host:port" (IPv6 as "[::1]:port"); returns undefined when malformed. */
export function parseAddress(address: string): { host: string; port: number } | undefined {
  const match = /^\[?([^\]]*?)\]?:(\d{1,5})$/.exec(address);
  if (match === null) {
    return undefined;
  }
  const port = Number(match[2]);
  if (port <= 0 || port > 65535 || match[1] === undefined || match[1] === "") {
    return undefined;
  }
  return { host: match[1], port };
}
