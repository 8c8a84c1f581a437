/** The handshake's incarnation check (Goodbye EINCARNATION): both roles, and peers unchecked. */
import { describe, expect, it } from "vitest";
import { checkHello, checkHelloReply, NONCE_BYTES } from "../../src/transport/handshake.js";
import { PROTOCOL_VERSION } from "../../src/transport/settings.js";

const nonce = new Uint8Array(NONCE_BYTES);
const hello = (incarnation: number) => ({
  protocolVersion: PROTOCOL_VERSION,
  clusterId: "c",
  nodeId: 4,
  nonce,
  targetNodeId: 1,
  incarnation,
});
const acceptor = (expected: number | undefined) => ({
  clusterId: "c",
  nodeId: 1,
  isPeer: () => true,
  expectedIncarnation: () => expected,
});

describe("handshake incarnations", () => {
  it("the acceptor refuses a dialer whose incarnation is not the one its seat records", () => {
    expect(checkHello(hello(7), acceptor(7))).toEqual({ ok: true, nodeId: 4, incarnation: 7 });
    expect(checkHello(hello(8), acceptor(undefined))).toMatchObject({ ok: true, incarnation: 8 });
    const refused = checkHello(hello(8), acceptor(7));
    expect(refused).toMatchObject({ ok: false, refusal: { code: "EINCARNATION" } });
    expect(JSON.stringify(refused)).toMatch(/node 4 runs incarnation 8.*records incarnation 7/);
    // A founding seat (0) refuses a wiped node's random incarnation.
    expect(checkHello(hello(8), acceptor(0))).toMatchObject({ ok: false });
  });

  it("the dialer refuses an acceptor whose incarnation is not the one its seat records", () => {
    const reply = (incarnation: number) => ({
      protocolVersion: PROTOCOL_VERSION,
      clusterId: "c",
      nodeId: 4,
      nonce,
      incarnation,
    });
    const view = (expected: number | undefined) => ({
      clusterId: "c",
      targetNodeId: 4,
      expectedIncarnation: expected,
    });
    expect(checkHelloReply(reply(3), view(3))).toMatchObject({ ok: true, incarnation: 3 });
    expect(checkHelloReply(reply(0), view(undefined))).toMatchObject({ ok: true });
    expect(checkHelloReply(reply(9), view(3))).toMatchObject({
      ok: false,
      refusal: { code: "EINCARNATION" },
    });
  });
});
