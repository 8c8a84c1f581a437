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
    const acceptor = { clusterId: "c", nodeId: 1, isPeer: () => true, generation: 0 };
    expect(checkHello(hello, acceptor)).toEqual({
      ok: true,
      nodeId: 4,
      incarnation: 2 ** 48 - 1,
      peerCheckDeferred: false,
    });
    const { incarnation: _omitted, ...founding } = hello;
    expect(checkHello(founding, acceptor)).toEqual({
      ok: true,
      nodeId: 4,
      incarnation: 0,
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
});
