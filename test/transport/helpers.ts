/** Shared test helpers: captured pino logs, transports on loopback, waiting, temp dirs. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import type { Message, SnapshotRequest } from "../../src/raft/types.js";
import {
  type ClientRequest,
  type ClientResponse,
  TcpTransport,
  type TransportConfig,
  type TransportHandlers,
} from "../../src/transport/index.js";

export interface LogRecord {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

/** A pino logger writing JSON lines into `records`. */
export function captureLogger() {
  const records: LogRecord[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim() !== "") {
          records.push(JSON.parse(line) as LogRecord);
        }
      }
      callback();
    },
  });
  const logger = pino({ level: "debug" }, destination);
  return { logger, records };
}

export { waitFor } from "../helpers/wait.js";

export function temporaryDirectory(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "ruvraft-transport-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** What a test transport's handlers saw. */
export interface Recorded {
  readonly messages: Message[];
  /** The incarnation each of `messages` came from (its connection's handshake). */
  readonly fromIncarnations: number[];
  readonly snapshots: { message: SnapshotRequest; file: string; streamMs: number }[];
  readonly unreachable: number[];
  readonly snapshotStatus: { peerId: number; ok: boolean }[];
  readonly clientRequests: ClientRequest[];
}

export interface TestNode {
  readonly transport: TcpTransport;
  readonly recorded: Recorded;
  readonly records: ReturnType<typeof captureLogger>["records"];
  readonly directory: string;
  address(): string;
}

/** Creates (not started) a transport whose handlers record everything. */
export function makeNode(
  overrides: Partial<TransportConfig> & { nodeId: number },
  options: {
    onClientRequest?: TransportHandlers["onClientRequest"];
    /** Whether the node accepts a received snapshot (default: at once, yes). */
    acceptSnapshot?: () => boolean | Promise<boolean>;
    directory?: string;
    /** A node showed a newer cluster generation: adopt it? (default: no handler, refuse) */
    onNewerGeneration?: TransportHandlers["onNewerGeneration"];
    /** Awaited before a connection with a node opens (default: none). */
    onPeerIdentified?: TransportHandlers["onPeerIdentified"];
  } = {},
): TestNode {
  const { logger, records } = captureLogger();
  const directory = options.directory ?? temporaryDirectory().path;
  const recorded: Recorded = {
    messages: [],
    fromIncarnations: [],
    snapshots: [],
    unreachable: [],
    snapshotStatus: [],
    clientRequests: [],
  };
  const config: TransportConfig = {
    clusterId: "test-cluster",
    listenHost: "127.0.0.1",
    listenPort: 0,
    peers: new Map(),
    snapshotDirectory: directory,
    logger,
    ...overrides,
  };
  const handlers: TransportHandlers = {
    onRaftMessage: (message, fromIncarnation) => {
      recorded.messages.push(message);
      recorded.fromIncarnations.push(fromIncarnation);
    },
    onSnapshot: (message, file, _fromIncarnation, streamMs) => {
      recorded.snapshots.push({ message, file, streamMs });
      return options.acceptSnapshot?.() ?? true;
    },
    onPeerUnreachable: (peerId) => recorded.unreachable.push(peerId),
    onSnapshotStatus: (peerId, ok) => recorded.snapshotStatus.push({ peerId, ok }),
    onClientRequest:
      options.onClientRequest ??
      ((request: ClientRequest, reply: (response: ClientResponse) => void) => {
        recorded.clientRequests.push(request);
        reply({ ok: { result: request.propose?.command ?? new Uint8Array(0) } });
      }),
    ...(options.onNewerGeneration === undefined
      ? {}
      : { onNewerGeneration: options.onNewerGeneration }),
    ...(options.onPeerIdentified === undefined
      ? {}
      : { onPeerIdentified: options.onPeerIdentified }),
  };
  const transport = new TcpTransport(config, handlers);
  return {
    transport,
    recorded,
    records,
    directory,
    address: () => `127.0.0.1:${transport.address().port}`,
  };
}

export function heartbeat(from: number, to: number, commit = 1): Message {
  return {
    type: 7,
    from,
    to,
    term: 1,
    commit,
    context: new Uint8Array(0),
    sentMs: 0,
  };
}

/** Log records whose message and fields mention `text`. */
export function logsMatching(records: readonly LogRecord[], text: string): LogRecord[] {
  return records.filter((record) => JSON.stringify(record).includes(text));
}
