/**
 * Inbound connections are bounded: past inboundConnectionsMax a new one is closed and logged;
 * clients are bounded in all and per address after their Hello, peers never.
 */
import * as net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ClientConnection, type HandshakeError } from "../../src/transport/index.js";
import { heartbeat, logsMatching, makeNode, type TestNode, waitFor } from "./helpers.js";

const sockets: net.Socket[] = [];
let server: TestNode | undefined;
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.transport.stop();
  server = undefined;
});

function open(address: string): { socket: net.Socket; closed: () => boolean } {
  const [host, port] = address.split(":") as [string, string];
  const socket = net.connect({ host, port: Number(port) });
  sockets.push(socket);
  let closed = false;
  socket.on("close", () => {
    closed = true;
  });
  socket.on("error", () => undefined);
  return { socket, closed: () => closed };
}

describe("the inbound connection bound", () => {
  it("closes connections beyond inboundConnectionsMax and keeps the ones it has", async () => {
    const active = makeNode({ nodeId: 1, inboundConnectionsMax: 2 });
    server = active;
    await active.transport.start();
    const first = open(active.address());
    const second = open(active.address());
    await waitFor(
      () => first.socket.readyState === "open" && second.socket.readyState === "open",
      "two connections",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const third = open(active.address());
    await waitFor(() => third.closed(), "the third connection to be closed");
    expect(first.closed()).toBe(false);
    expect(second.closed()).toBe(false);
    expect(active.transport.stats().connectionsRefused).toBeGreaterThanOrEqual(1);
    expect(logsMatching(active.records, "too many inbound connections")).not.toHaveLength(0);
  });
});

describe("the client connection bounds", () => {
  it("refuses clients beyond the per-address bound (ETOOMANY), never a peer", async () => {
    const active = makeNode({ nodeId: 1, clientConnectionsPerAddressMax: 3, peers: new Map() });
    server = active;
    await active.transport.start();
    const clients: ClientConnection[] = [];
    const refusals: string[] = [];
    for (let i = 0; i < 6; i++) {
      try {
        clients.push(
          await ClientConnection.connect({ address: active.address(), clusterId: "test-cluster" }),
        );
      } catch (error) {
        refusals.push((error as HandshakeError).reasonCode);
      }
    }
    try {
      expect(clients).toHaveLength(3);
      expect(refusals).toEqual(["ETOOMANY", "ETOOMANY", "ETOOMANY"]);
      // One warning line for the three refusals, not one each.
      expect(logsMatching(active.records, "too many client connections")).toHaveLength(1);
      // A peer still gets in and is heard.
      const peer = makeNode({ nodeId: 2, peers: new Map([[1, active.address()]]) });
      await peer.transport.start();
      try {
        active.transport.addPeer(2, peer.address());
        peer.transport.send([heartbeat(2, 1)]);
        await waitFor(() => active.recorded.messages.length === 1, "the peer's message");
      } finally {
        await peer.transport.stop();
      }
      // A closed client frees its place.
      clients.pop()?.close();
      let admitted: ClientConnection | undefined;
      for (let attempt = 0; attempt < 50 && admitted === undefined; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        admitted = await ClientConnection.connect({
          address: active.address(),
          clusterId: "test-cluster",
        }).catch(() => undefined);
      }
      expect(admitted).toBeDefined();
      if (admitted !== undefined) clients.push(admitted);
    } finally {
      for (const client of clients) client.close();
    }
  });
});
