/**
 * Hostile input against running node processes (a 3-node cluster with a shared secret):
 * random bytes, a 4 GiB length prefix, truncated frames, valid frames before the handshake,
 * a wrong cluster id, a wrong or missing secret. Each connection is refused or closed, the
 * node's JSON log names the reason (found by the connection's source port), no node dies, and
 * the cluster keeps committing: a writer's puts succeed while the bad connections are open
 * and after they are gone.
 */
import { randomBytes } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  decodeEnvelope,
  type Envelope,
  type EnvelopeInit,
} from "../../src/proto/codec/envelope.js";
import { encodeEnvelopeFrame } from "../../src/transport/envelope-frames.js";
import { FRAME_HEADER_BYTES } from "../../src/transport/frame-decoder.js";
import { ClientConnection, HandshakeError } from "../../src/transport/index.js";
import {
  type ProcessCluster as Cluster,
  type LogRecord,
  missingWrites,
  ProcessCluster,
  Writer,
  waitUntil,
} from "./cluster-harness.js";

const SECRET = "process-test-secret";
/** The node's handshake timeout (DEFAULT_TRANSPORT_SETTINGS.handshakeTimeoutMs) is 5 s. */
const EXCHANGE_TIMEOUT_MS = 15_000;

let cluster: Cluster;
let leader: number;
let follower: number;

beforeAll(async () => {
  cluster = await ProcessCluster.create({ nodes: 3, sharedSecret: SECRET });
  await cluster.startAll();
  leader = await cluster.waitForLeader([1, 2, 3]);
  follower = [1, 2, 3].find((id) => id !== leader) as number;
});

afterAll(async () => {
  await cluster?.close();
});

interface Exchange {
  /** The node's view of this connection's remote address. */
  readonly remote: string;
  readonly received: Buffer;
}

/**
 * Connects to node `id`, writes `pieces`, and resolves when the node closes the connection.
 * `onFrame` sees every frame the node sends and may answer.
 */
function rawExchange(
  id: number,
  pieces: readonly Uint8Array[],
  onFrame?: (envelope: Envelope, socket: net.Socket) => void,
): Promise<Exchange> {
  const address = cluster.address(id);
  const colon = address.lastIndexOf(":");
  return new Promise((resolve, reject) => {
    const socket = net.connect({
      host: address.slice(0, colon),
      port: Number(address.slice(colon + 1)),
    });
    let remote = "";
    let received = Buffer.alloc(0);
    let parsed = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`node ${id} did not close ${remote} within ${EXCHANGE_TIMEOUT_MS} ms`));
    }, EXCHANGE_TIMEOUT_MS);
    socket.on("error", () => undefined); // a reset after the node closes is fine
    socket.on("connect", () => {
      remote = `127.0.0.1:${socket.localPort}`;
      for (const piece of pieces) socket.write(piece);
    });
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      // Bounded: each pass consumes one whole frame or stops.
      while (onFrame !== undefined && received.byteLength - parsed >= FRAME_HEADER_BYTES) {
        const end = parsed + FRAME_HEADER_BYTES + received.readUInt32BE(parsed);
        if (received.byteLength < end) break;
        onFrame(decodeEnvelope(received.subarray(parsed + FRAME_HEADER_BYTES, end)), socket);
        parsed = end;
      }
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ remote, received });
    });
  });
}

/** The node's "connection closed" record for the connection from `remote`. */
async function closeRecord(id: number, remote: string): Promise<LogRecord> {
  return waitUntil(`node ${id} to log why it closed ${remote}`, () =>
    cluster
      .logRecords(id)
      .find((record) => record.msg === "connection closed" && record.remote === remote),
  );
}

const frame = (envelope: EnvelopeInit): Buffer => encodeEnvelopeFrame(envelope);

function hello(overrides: Record<string, unknown> = {}): Buffer {
  return frame({
    hello: {
      protocolVersion: 1,
      clusterId: "ruvraft",
      nodeId: 0,
      nonce: randomBytes(32),
      targetNodeId: 0,
      ...overrides,
    },
  });
}

interface Case {
  name: string;
  pieces: Uint8Array[];
  /** Codes the node may log for this input. */
  codes: string[];
  reason: RegExp;
  onFrame?: (envelope: Envelope, socket: net.Socket) => void;
}

function cases(): Case[] {
  const truncatedHello = hello();
  return [
    ...Array.from({ length: 3 }, (_, index) => ({
      // A random length prefix is above 64 MiB with probability 63/64; below it, the frame
      // is malformed or incomplete (then the handshake timeout closes it).
      name: `random bytes #${index}`,
      pieces: [randomBytes(16 * 1024)],
      codes: ["EFRAMETOOLARGE", "EPROTOCOL", "ETIMEOUT"],
      reason: /./,
    })),
    {
      name: "a 4 GiB length prefix",
      pieces: [Buffer.from([0xff, 0xff, 0xff, 0xff])],
      codes: ["EFRAMETOOLARGE"],
      reason: /frame of 4294967295 bytes exceeds the maximum/,
    },
    {
      name: "a truncated frame",
      pieces: [truncatedHello.subarray(0, truncatedHello.byteLength - 5)],
      codes: ["ETIMEOUT"],
      reason: /handshake did not complete in time/,
    },
    {
      name: "a truncated length prefix",
      pieces: [Buffer.from([0, 0])],
      codes: ["ETIMEOUT"],
      reason: /handshake did not complete in time/,
    },
    {
      name: "a Raft message before the handshake",
      pieces: [frame({ raft: { type: 7, from: 2, to: 1, term: 1 } })],
      codes: ["EPROTOCOL"],
      reason: /expected hello, got raft/,
    },
    {
      name: "a client request before the handshake",
      pieces: [frame({ clientRequest: { requestId: 1, status: {} } })],
      codes: ["EPROTOCOL"],
      reason: /expected hello, got clientRequest/,
    },
    {
      name: "a wrong cluster id",
      pieces: [hello({ clusterId: "other-cluster" })],
      codes: ["ECLUSTER"],
      reason: /wrong cluster id "other-cluster"/,
    },
    {
      name: "a wrong secret proof (raw dialer)",
      pieces: [hello()],
      codes: ["EAUTH"],
      reason: /the dialer's secret proof is missing or wrong/,
      onFrame: (envelope, socket) => {
        if (envelope.helloReply) socket.write(frame({ proof: { proof: randomBytes(32) } }));
      },
    },
  ];
}

describe("hostile input against running node processes", () => {
  it("refuses or closes every bad connection with a logged reason while the cluster commits", async () => {
    const writer = new Writer(cluster.kv(), "hostile");
    await writer.waitForCount(10);
    const all = cases();
    const targets = [leader, follower];
    let settled = 0;
    const exchanges = targets.flatMap((id) =>
      all.map((hostile) =>
        rawExchange(id, hostile.pieces, hostile.onFrame).then((exchange) => {
          settled += 1;
          return { id, hostile, exchange };
        }),
      ),
    );
    // Puts succeed while the bad connections are open (the truncated ones stay open ~5 s).
    await writer.waitForCount(writer.count + 20);
    expect(settled).toBeLessThan(exchanges.length);

    for (const { id, hostile, exchange } of await Promise.all(exchanges)) {
      const record = await closeRecord(id, exchange.remote);
      expect(hostile.codes, `${hostile.name} on node ${id}: ${JSON.stringify(record)}`).toContain(
        record.code,
      );
      expect(record.reason, hostile.name).toMatch(hostile.reason);
      expect(record.by, hostile.name).toBe("local");
      expect(record.level, hostile.name).toBe(40); // warn
      if (hostile.name === "a wrong cluster id") {
        expect(exchange.received.toString("latin1")).toContain("ECLUSTER");
      }
    }

    // And after: every node alive, puts still acknowledged, none lost.
    expect(cluster.runningIds()).toEqual([1, 2, 3]);
    await writer.waitForCount(writer.count + 20);
    const report = await writer.stop();
    expect(await missingWrites(cluster.kv(), report.acknowledged)).toEqual([]);
  });

  it("refuses clients with a wrong cluster id, a wrong secret or no secret", async () => {
    const attempt = (options: { clusterId: string; sharedSecret?: string }) =>
      ClientConnection.connect({ address: cluster.address(leader), timeoutMs: 5_000, ...options });
    const refusals: [string, Promise<ClientConnection>, string][] = [
      ["wrong cluster id", attempt({ clusterId: "other", sharedSecret: SECRET }), "ECLUSTER"],
      // The client checks the node's proof first and refuses it itself (and says so).
      ["wrong secret", attempt({ clusterId: "ruvraft", sharedSecret: "wrong" }), "EAUTH"],
      ["no secret", attempt({ clusterId: "ruvraft" }), "EAUTH"],
    ];
    for (const [name, connecting, code] of refusals) {
      const error = await connecting.then(
        (connection) => {
          connection.close();
          return new Error(`${name}: connected`);
        },
        (failure: unknown) => failure as Error,
      );
      expect(error, name).toBeInstanceOf(HandshakeError);
      expect((error as HandshakeError).reasonCode, name).toBe(code);
    }
    // The node logged each one: its own refusals, and the client's Goodbye for the wrong secret.
    await waitUntil("the node's log of the refused clients", () => {
      const closes = cluster.logRecords(leader).filter((r) => r.msg === "connection closed");
      const has = (test: (r: LogRecord) => boolean) => closes.some(test);
      return has(
        (r) => r.code === "ECLUSTER" && /wrong cluster id "other"/.test(String(r.reason)),
      ) &&
        has((r) => r.code === "EAUTH" && r.by === "local") &&
        has((r) => r.code === "EAUTH" && r.by === "remote")
        ? true
        : undefined;
    });
    const kv = cluster.kv();
    expect(await kv.put("after-refusals", "ok")).toMatchObject({ ok: true });
    expect(await kv.get("after-refusals")).toBe("ok");
  });
});
