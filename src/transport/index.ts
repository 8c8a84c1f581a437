/**
 * The transport's public surface: TCP framing, handshake, per-peer connections and snapshot
 * streaming (the protocol is documented in src/proto/raft.proto).
 */

// A peer's frame whose values do not parse (the codec's error, src/proto/codec/errors.ts).
export { MalformedFrameError } from "../proto/codec/errors.js";
export { ClientConnection, type ClientConnectOptions } from "./client.js";
export { ClientConnectionPool } from "./connection-pool.js";
export {
  ConnectionClosedError,
  FrameTooLargeError,
  HandshakeError,
  ProtocolError,
  RequestTimeoutError,
} from "./errors.js";
export { DEFAULT_TRANSPORT_SETTINGS, PROTOCOL_VERSION } from "./settings.js";
export { TcpTransport } from "./transport.js";
export type {
  ClientRequest,
  ClientResponse,
  Credential,
  Rights,
  TlsFiles,
  TransportConfig,
  TransportHandlers,
  TransportStats,
} from "./types.js";
