/**
 * Hostile input against a running server: every bad connection is refused or closed with a
 * logged reason, and the server keeps serving a good peer.
 */
import { randomBytes } from "node:crypto";
import * as net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EnvelopeInit } from "../../src/proto/codec/envelope.js";
import { encodeEnvelopeFrame } from "../../src/transport/envelope-frames.js";
import { ClientConnection, HandshakeError } from "../../src/transport/index.js";
import { heartbeat, logsMatching, makeNode, type TestNode, waitFor } from "./helpers.js";

let server: TestNode;
let good: TestNode;
let goodCommit = 0;

beforeAll(async () => {
  server = makeNode({
    nodeId: 1,
    peers: new Map([[2, "127.0.0.1:1"]]),
    handshakeTimeoutMs: 300,
    frameBytesMax: 1024 * 1024,
    snapshotChunkBytes: 64 * 1024,
  });
  await server.transport.start();
  good = makeNode({ nodeId: 2, peers: new Map([[1, server.address()]]) });
  await good.transport.start();
});

afterAll(async () => {
  await good.transport.stop();
  await server.transport.stop();
});

/** The good peer still gets a message through. */
async function expectServerStillServes(): Promise<void> {
  goodCommit += 1;
  const commit = goodCommit;
  good.transport.send([heartbeat(2, 1, commit)]);
  await waitFor(
    () => server.recorded.messages.some((m) => m.type === 7 && m.commit === commit),
    "the good peer's message",
  );
}

/** Opens a raw socket, writes `data`, and resolves when the server closes it. */
function rawExchange(
  data: Uint8Array[],
  options: { end?: boolean } = {},
): Promise<{ received: Buffer }> {
  const address = server.transport.address();
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address.host, port: address.port });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", () => undefined); // a reset after the server closes is fine
    socket.on("close", () => resolve({ received: Buffer.concat(chunks) }));
    socket.on("connect", () => {
      for (const piece of data) {
        socket.write(piece);
      }
      if (options.end === true) {
        socket.end();
      }
    });
    setTimeout(() => reject(new Error("server did not close the connection")), 10_000).unref();
  });
}

function frame(envelope: EnvelopeInit): Buffer {
  return encodeEnvelopeFrame(envelope);
}

function hello(overrides: Record<string, unknown> = {}): Buffer {
  return frame({
    hello: {
      protocolVersion: 1,
      clusterId: "test-cluster",
      nodeId: 2,
      nonce: randomBytes(32),
      targetNodeId: 1,
      ...overrides,
    },
  });
}

async function expectClosedWithLog(text: string, run: () => Promise<unknown>): Promise<void> {
  const refusedBefore = server.transport.stats().connectionsRefused;
  await run();
  await waitFor(() => logsMatching(server.records, text).length > 0, `log "${text}"`);
  const record = logsMatching(server.records, text).at(-1)!;
  expect(record.msg).toBe("connection closed");
  expect(record.level).toBe(40); // warn
  expect(server.transport.stats().connectionsRefused).toBeGreaterThan(refusedBefore);
  await expectServerStillServes();
}

describe("hostile input against a running server", () => {
  it("serves the good peer to begin with", async () => {
    await expectServerStillServes();
  });

  it("random bytes: closed as a malformed frame or an oversized length", async () => {
    // A 4-byte prefix of random bytes is almost surely above 1 MiB; make sure of it.
    const garbage = Buffer.concat([Buffer.from([0x7f, 1, 2, 3]), randomBytes(4096)]);
    await expectClosedWithLog("exceeds the maximum", () => rawExchange([garbage]));
  });

  it("random bytes inside a well-sized frame: closed as malformed", async () => {
    const payload = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(payload.byteLength);
    await expectClosedWithLog("not a valid Envelope", () => rawExchange([header, payload]));
  });

  it("a length prefix of 4 GiB: closed before allocating", async () => {
    const memoryBefore = process.memoryUsage().arrayBuffers;
    await expectClosedWithLog("frame of 4294967295 bytes exceeds the maximum", () =>
      rawExchange([Buffer.from([0xff, 0xff, 0xff, 0xff])]),
    );
    expect(process.memoryUsage().arrayBuffers - memoryBefore).toBeLessThan(512 * 1024 * 1024);
  });

  it("a truncated frame: closed when the handshake does not complete", async () => {
    const whole = hello();
    await expectClosedWithLog("handshake did not complete in time", () =>
      rawExchange([whole.subarray(0, whole.byteLength - 5)]),
    );
  });

  it("a valid frame before the handshake: closed", async () => {
    await expectClosedWithLog("expected hello, got raft", () =>
      rawExchange([frame({ raft: { type: 7, from: 2, to: 1, term: 1 } })]),
    );
  });

  it("an empty envelope: closed", async () => {
    await expectClosedWithLog("Envelope has no kind set", () =>
      rawExchange([Buffer.from([0, 0, 0, 0])]),
    );
  });

  it("a wrong cluster id: refused with a Goodbye the other side can log", async () => {
    let reply: Buffer = Buffer.alloc(0);
    await expectClosedWithLog('wrong cluster id \\"other\\"', async () => {
      reply = (await rawExchange([hello({ clusterId: "other" })])).received;
    });
    expect(reply.toString("latin1")).toContain("ECLUSTER");
  });

  it("an unsupported protocol version: refused", async () => {
    await expectClosedWithLog("unsupported protocol version 7", () =>
      rawExchange([hello({ protocolVersion: 7 })]),
    );
  });

  it("an unknown node id: refused", async () => {
    await expectClosedWithLog("unknown node id 42", () => rawExchange([hello({ nodeId: 42 })]));
  });

  it("a dialer that expects another node: refused", async () => {
    await expectClosedWithLog("dialed node 5 but this is node 1", () =>
      rawExchange([hello({ targetNodeId: 5 })]),
    );
  });

  it("a wrong shared secret (real transports): refused and logged on both sides", async () => {
    const secretServer = makeNode({
      nodeId: 1,
      peers: new Map([[2, "127.0.0.1:1"]]),
      sharedSecret: "s3cret",
    });
    await secretServer.transport.start();
    const liar = makeNode({
      nodeId: 2,
      peers: new Map([[1, secretServer.address()]]),
      sharedSecret: "wrong",
    });
    await liar.transport.start();
    try {
      liar.transport.send([heartbeat(2, 1)]);
      await waitFor(() => liar.recorded.unreachable.includes(1), "liar sees unreachable");
      // The dialer checks the acceptor's proof first and refuses it.
      expect(logsMatching(liar.records, "secret proof is missing or wrong").length).toBeGreaterThan(
        0,
      );
      await waitFor(
        () => logsMatching(secretServer.records, "acceptor's secret proof").length > 0,
        "server logs the dialer's reason",
      );
      expect(secretServer.recorded.messages).toHaveLength(0);
    } finally {
      await liar.transport.stop();
      await secretServer.transport.stop();
    }
    await expectServerStillServes();
  });

  it("a client with the wrong cluster id gets a HandshakeError naming the reason", async () => {
    const error = await ClientConnection.connect({
      address: server.address(),
      clusterId: "nope",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HandshakeError);
    expect((error as HandshakeError).reasonCode).toBe("ECLUSTER");
    expect((error as HandshakeError).message).toContain('wrong cluster id "nope"');
    await expectServerStillServes();
  });

  it("raft messages from a client connection: closed", async () => {
    const refusedBefore = server.transport.stats().connectionsRefused;
    const client = await ClientConnection.connect({
      address: server.address(),
      clusterId: "test-cluster",
    });
    // Reach into the connection to send a frame a client must not send.
    (client as unknown as { connection: { send(e: EnvelopeInit): void } }).connection.send({
      raft: { type: 7, from: 2, to: 1, term: 1 },
    });
    await waitFor(
      () => logsMatching(server.records, "Raft message from a client connection").length > 0,
      "log",
    );
    expect(server.transport.stats().connectionsRefused).toBe(refusedBefore + 1);
    client.close();
    await expectServerStillServes();
  });

  it("a Raft message whose sender differs from the handshake's node id: closed", async () => {
    const impostor = makeNode({ nodeId: 2, peers: new Map([[1, server.address()]]) });
    await impostor.transport.start();
    try {
      impostor.transport.send([heartbeat(3, 1)]);
      await waitFor(
        () => logsMatching(server.records, "Raft message from 3 to 1").length > 0,
        "log",
      );
    } finally {
      await impostor.transport.stop();
    }
    await expectServerStillServes();
  });
});
