/** Transport defaults (named, with units) and the one function that resolves them. */
import { InvalidArgumentError } from "../util/errors.js";
import type { TransportConfig } from "./types.js";

const MIB = 1024 * 1024;

/** Wire protocol version of raft.proto. */
export const PROTOCOL_VERSION = 1;

export const DEFAULT_TRANSPORT_SETTINGS = {
  /** Largest frame: a bigger length prefix closes the connection before any allocation. */
  frameBytesMax: 64 * MIB,
  /** Per-peer queued outbound bytes (pending batch + socket buffer); beyond: drop + report. */
  sendQueueBytesMax: 64 * MIB,
  /** Heartbeats come well within this; a silent connection is closed. */
  idleTimeoutMs: 30_000,
  /** Hello to Welcome must complete within this. */
  handshakeTimeoutMs: 5_000,
  reconnectDelayMsMin: 50,
  reconnectDelayMsMax: 2_000,
  snapshotChunkBytes: 1 * MIB,
  /** A batch is flushed at the end of the turn, or at once when it reaches this size. */
  flushBytesEarly: 1 * MIB,
  /** Outbound snapshot data in flight (queued, unacknowledged by TCP) per peer. */
  snapshotWindowBytes: 4 * MIB,
  /**
   * Client connections at once, and, apart, inbound connections still before their Hello; more
   * are closed. Peers do not count once their Hello names them, so clients never crowd them out.
   */
  inboundConnectionsMax: 4096,
  /** Client connections from one remote address; more are refused after their Hello. */
  clientConnectionsPerAddressMax: 256,
} as const;

export interface TransportSettings {
  readonly frameBytesMax: number;
  readonly sendQueueBytesMax: number;
  readonly idleTimeoutMs: number;
  readonly handshakeTimeoutMs: number;
  readonly reconnectDelayMsMin: number;
  readonly reconnectDelayMsMax: number;
  readonly snapshotChunkBytes: number;
  readonly flushBytesEarly: number;
  readonly snapshotWindowBytes: number;
  readonly inboundConnectionsMax: number;
  readonly clientConnectionsPerAddressMax: number;
  readonly random: () => number;
}

/** Frame bytes of a SnapshotChunk beyond its data (ids, offset, the Snapshot message). */
export const SNAPSHOT_CHUNK_OVERHEAD_BYTES = 64 * 1024;

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidArgumentError(`transport ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/** The settings a TransportConfig may set; each must be a positive integer. */
const CONFIGURABLE_KEYS = [
  "frameBytesMax",
  "sendQueueBytesMax",
  "idleTimeoutMs",
  "handshakeTimeoutMs",
  "reconnectDelayMsMin",
  "reconnectDelayMsMax",
  "snapshotChunkBytes",
  "inboundConnectionsMax",
  "clientConnectionsPerAddressMax",
] as const satisfies readonly (keyof TransportConfig & keyof TransportSettings)[];

/** Applies the defaults to `config` and checks every value (InvalidArgumentError). */
export function resolveSettings(config: Partial<TransportConfig>): TransportSettings {
  const settings: { -readonly [K in keyof TransportSettings]: TransportSettings[K] } = {
    ...DEFAULT_TRANSPORT_SETTINGS,
    random: config.random ?? Math.random,
  };
  for (const key of CONFIGURABLE_KEYS) {
    settings[key] = positiveInteger(key, config[key] ?? DEFAULT_TRANSPORT_SETTINGS[key]);
  }
  if (settings.reconnectDelayMsMin > settings.reconnectDelayMsMax) {
    throw new InvalidArgumentError("transport reconnectDelayMsMin exceeds reconnectDelayMsMax");
  }
  if (settings.snapshotChunkBytes + SNAPSHOT_CHUNK_OVERHEAD_BYTES > settings.frameBytesMax) {
    throw new InvalidArgumentError(
      "transport snapshotChunkBytes plus 64 KiB of framing must fit in frameBytesMax",
    );
  }
  return settings;
}

/** Full-jitter exponential backoff: uniform in [0, min(max, min * 2^attempt)] ms. */
export function backoffDelayMs(settings: TransportSettings, attempt: number): number {
  const ceilingMs = Math.min(
    settings.reconnectDelayMsMax,
    settings.reconnectDelayMsMin * 2 ** Math.min(attempt, 30),
  );
  return Math.floor(settings.random() * ceilingMs);
}
