/**
 * A retried proposal whose response was lost is applied exactly once, against node processes.
 *
 * The check is on the state, not only on the answer: between the first attempt and the retry
 * another client overwrites the key. Applied once, the key keeps the other client's value;
 * applied twice, the retry would have written its own value back.
 * - Raw: the same (client_id, sequence) proposed twice through ClientConnection, the second
 *   time also on a new leader after a leadership transfer (sessions are replicated state).
 * - RaftClient: a proxy between the client and the leader drops the connection when the
 *   proposal's response passes through it; the client retries on a new connection.
 */
import { randomInt } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KvResponse, kvCodec } from "../../src/node/kv-state-machine.js";
import { decodeEnvelope } from "../../src/proto/codec/envelope.js";
import { FRAME_HEADER_BYTES } from "../../src/transport/frame-decoder.js";
import { type ProcessCluster as Cluster, ProcessCluster } from "./cluster-harness.js";

let cluster: Cluster;
let leader: number;
const ids = [1, 2, 3];

beforeAll(async () => {
  cluster = await ProcessCluster.create({ nodes: 3 });
  await cluster.startAll();
  leader = await cluster.waitForLeader(ids);
});

afterAll(async () => {
  await cluster?.close();
});

function decode(result: Uint8Array | null | undefined): KvResponse {
  expect(result).toBeDefined();
  return kvCodec.decodeResponse(result as Uint8Array);
}

describe("a retried proposal", () => {
  it("proposed twice with the same (client_id, sequence) is applied once, on any leader", async () => {
    const clientId = randomInt(1, 2 ** 40);
    const command = kvCodec.encodeCommand({ op: "put", key: "raw", value: "retried" });
    const propose = { propose: { clientId, sequence: 1, command } };
    const connection = await cluster.connect(leader);
    const first = await connection.request(propose, 10_000);
    expect(first.error).toBeFalsy();
    const firstResponse = decode(first.ok?.result);
    expect(firstResponse).toMatchObject({ ok: true });

    const other = cluster.kv();
    expect(await other.put("raw", "overwritten")).toMatchObject({ ok: true });
    const retry = await connection.request(propose, 10_000);
    expect(decode(retry.ok?.result)).toEqual(firstResponse); // the first outcome, same index
    expect(await other.get("raw")).toBe("overwritten");

    // The session survives a change of leader: the new leader answers the retry the same way.
    const target = ids.find((id) => id !== leader) as number;
    await other.client.transferLeader(target);
    expect(await cluster.waitForLeader(ids)).toBe(target);
    leader = target;
    const onNewLeader = await cluster.connect(target);
    const again = await onNewLeader.request(propose, 10_000);
    expect(decode(again.ok?.result)).toEqual(firstResponse);
    expect(await other.get("raw")).toBe("overwritten");

    // The next sequence number is a new proposal.
    const next = await onNewLeader.request({ propose: { clientId, sequence: 2, command } }, 10_000);
    expect(decode(next.ok?.result)).toMatchObject({ ok: true });
    expect(await other.get("raw")).toBe("retried");
  });

  it("through RaftClient, after the connection died before the reply, is applied once", async () => {
    const proxy = await DroppingProxy.start(cluster.address(leader));
    try {
      const kv = cluster.kv({ endpoints: [proxy.address], attemptTimeoutMs: 5_000 });
      const other = cluster.kv();
      expect(await kv.put("warm-up", "1")).toMatchObject({ ok: true });

      // Drop the next response; hold new connections until the other client overwrote the key.
      proxy.dropNextResponse(async () => {
        const overwrite = await other.put("proxied", "overwritten");
        if (!overwrite.ok) throw new Error(`the overwrite failed: ${overwrite.error}`);
      });
      const response = await kv.put("proxied", "retried");
      expect(proxy.gateError).toBeUndefined();
      expect(proxy.droppedResults).toHaveLength(1);
      const dropped = kvCodec.decodeResponse(proxy.droppedResults[0] as Uint8Array);
      expect(response).toEqual(dropped); // the retry got the first application's outcome
      expect(proxy.connectionsAccepted).toBeGreaterThanOrEqual(2);
      expect(await other.get("proxied")).toBe("overwritten");

      // The client's next proposal (a new sequence number) is applied.
      expect(await kv.put("proxied", "next")).toMatchObject({ ok: true });
      expect(await other.get("proxied")).toBe("next");
    } finally {
      await proxy.close();
    }
  });
});

/**
 * A TCP proxy to one node that forwards both directions and, when armed, swallows the next
 * ClientResponse carrying a result and destroys that connection; connections made after that
 * wait for the `before` step to finish before they are forwarded.
 */
class DroppingProxy {
  readonly droppedResults: Uint8Array[] = [];
  connectionsAccepted = 0;
  /** The `before` step's failure (connections are forwarded anyway). */
  gateError: Error | undefined;
  private armed = false;
  private gate: Promise<void> = Promise.resolve();
  private before: (() => Promise<void>) | undefined;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(targetAddress: string): Promise<DroppingProxy> {
    const colon = targetAddress.lastIndexOf(":");
    const target = {
      host: targetAddress.slice(0, colon),
      port: Number(targetAddress.slice(colon + 1)),
    };
    const server = net.createServer();
    const proxy = new DroppingProxy(server, target);
    server.on("connection", (socket) => proxy.accept(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    return proxy;
  }

  get address(): string {
    const bound = this.server.address() as net.AddressInfo;
    return `127.0.0.1:${bound.port}`;
  }

  dropNextResponse(before: () => Promise<void>): void {
    this.armed = true;
    this.before = before;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.connectionsAccepted += 1;
    this.sockets.add(client);
    client.on("error", () => undefined);
    client.on("close", () => this.sockets.delete(client));
    client.pause();
    const gate = this.gate;
    void gate.then(() => {
      if (client.destroyed) return;
      const upstream = net.connect(this.target);
      this.sockets.add(upstream);
      upstream.on("error", () => client.destroy());
      upstream.on("close", () => {
        this.sockets.delete(upstream);
        client.destroy();
      });
      client.on("close", () => upstream.destroy());
      client.on("data", (chunk: Buffer) => upstream.write(chunk));
      upstream.on("connect", () => client.resume());
      let pending = Buffer.alloc(0);
      upstream.on("data", (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        // Bounded: each pass consumes one whole frame or stops.
        while (pending.byteLength >= FRAME_HEADER_BYTES) {
          const frameBytes = FRAME_HEADER_BYTES + pending.readUInt32BE(0);
          if (pending.byteLength < frameBytes) break;
          const frame = pending.subarray(0, frameBytes);
          pending = pending.subarray(frameBytes);
          if (this.shouldDrop(frame)) {
            client.destroy();
            upstream.destroy();
            return;
          }
          client.write(frame);
        }
      });
    });
  }

  /** Whether `frame` is the response to swallow; arms the gate for later connections. */
  private shouldDrop(frame: Buffer): boolean {
    if (!this.armed) return false;
    const envelope = decodeEnvelope(frame.subarray(FRAME_HEADER_BYTES));
    const result = envelope.clientResponse?.ok?.result;
    if (result === undefined || result === null || result.byteLength === 0) return false;
    this.armed = false;
    this.droppedResults.push(result);
    const before = this.before;
    this.gate = (before === undefined ? Promise.resolve() : before()).catch((error: unknown) => {
      this.gateError = error as Error;
    });
    return true;
  }
}
