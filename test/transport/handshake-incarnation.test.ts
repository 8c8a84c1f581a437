/**
 * The handshake carries each side's incarnation and refuses none (the core filters messages by
 * disk, src/raft/incarnation.ts); the transport stamps every received Raft message with the
 * incarnation of the connection it came on.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { HeartbeatRequest } from "../../src/raft/types.js";
import { checkHello, checkHelloReply, NONCE_BYTES } from "../../src/transport/handshake.js";
import { PROTOCOL_VERSION } from "../../src/transport/settings.js";
import { heartbeat, makeNode, type TestNode, waitFor } from "./helpers.js";

const nonce = new Uint8Array(NONCE_BYTES);

const running: TestNode[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((node) => node.transport.stop()));
});

describe("handshake incarnations", () => {
  it("both roles read the other side's incarnation, whatever it is", () => {
    const hello = {
      protocolVersion: PROTOCOL_VERSION,
      clusterId: "c",
      nodeId: 4,
      nonce,
      targetNodeId: 1,
      incarnation: 2 ** 48 - 1,
    };
    const acceptor = {
      clusterId: "c",
      acceptsClientCredential: false,
      nodeId: 1,
      isPeer: () => true,
      generation: 0,
    };
    expect(checkHello(hello, acceptor)).toEqual({
      ok: true,
      nodeId: 4,
      incarnation: 2 ** 48 - 1,
      credential: "cluster",
      peerCheckDeferred: false,
    });
    const { incarnation: _omitted, ...founding } = hello;
    expect(checkHello(founding, acceptor)).toEqual({
      ok: true,
      nodeId: 4,
      incarnation: 0,
      credential: "cluster",
      peerCheckDeferred: false,
    });
    const reply = { protocolVersion: PROTOCOL_VERSION, clusterId: "c", nodeId: 4, nonce };
    expect(
      checkHelloReply({ ...reply, incarnation: 9 }, { clusterId: "c", targetNodeId: 4 }),
    ).toEqual({ ok: true, nodeId: 4, incarnation: 9, generation: 0 });
  });

  it("hands each received message over with its sender's incarnation", async () => {
    const b = makeNode({ nodeId: 2, incarnation: 77, peers: new Map([[1, "127.0.0.1:1"]]) });
    running.push(b);
    await b.transport.start();
    const a = makeNode({ nodeId: 1, incarnation: 5150, peers: new Map([[2, b.address()]]) });
    running.push(a);
    await a.transport.start();
    b.transport.addPeer(1, a.address());
    const addressed: HeartbeatRequest = {
      ...(heartbeat(1, 2, 3) as HeartbeatRequest),
      toIncarnation: 77,
    };
    a.transport.send([addressed]);
    await waitFor(() => b.recorded.messages.length === 1, "b receives");
    expect(b.recorded.messages[0]).toMatchObject({ from: 1, commit: 3, toIncarnation: 77 });
    expect(b.recorded.fromIncarnations).toEqual([5150]);
    expect(b.transport.peerIncarnation(1)).toBe(5150);
    b.transport.send([heartbeat(2, 1)]);
    await waitFor(() => a.recorded.messages.length === 1, "a receives");
    expect(a.recorded.messages[0]).toMatchObject({ toIncarnation: undefined });
    expect(a.recorded.fromIncarnations).toEqual([77]);
  });

  it("opens a connection on neither side before both sides recorded the other's incarnation", async () => {
    // The founding rule (src/node/founding.ts): when either side sees the connection open,
    // the other has durably recorded its disk.
    const holds = new Map<number, () => void>();
    const identified: string[] = [];
    const hold = (self: number) => (peer: number, incarnation: number) => {
      identified.push(`${self} saw ${peer}/${incarnation}`);
      return new Promise<void>((resolve) => holds.set(self, resolve));
    };
    const b = makeNode(
      { nodeId: 2, incarnation: 77, peers: new Map([[1, "127.0.0.1:1"]]) },
      { onPeerIdentified: hold(2) },
    );
    running.push(b);
    await b.transport.start();
    const a = makeNode(
      { nodeId: 1, incarnation: 5150, peers: new Map([[2, b.address()]]) },
      { onPeerIdentified: hold(1) },
    );
    running.push(a);
    await a.transport.start();
    a.transport.connect(2);
    // The dialer (a) reads the HelloReply and holds its proof until it recorded b.
    await waitFor(() => holds.has(1), "a identified b");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(identified).toEqual(["1 saw 2/77"]);
    expect(a.transport.peerIncarnation(2)).toBeUndefined();
    expect(b.transport.peerIncarnation(1)).toBeUndefined();
    // Then the acceptor (b) reads the proof and holds its Welcome until it recorded a.
    holds.get(1)?.();
    await waitFor(() => holds.has(2), "b identified a");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(identified).toEqual(["1 saw 2/77", "2 saw 1/5150"]);
    expect(a.transport.peerIncarnation(2)).toBeUndefined();
    expect(b.transport.peerIncarnation(1)).toBeUndefined();
    holds.get(2)?.();
    await waitFor(
      () => a.transport.peerIncarnation(2) === 77 && b.transport.peerIncarnation(1) === 5150,
      "open on both sides",
    );
  });
});
