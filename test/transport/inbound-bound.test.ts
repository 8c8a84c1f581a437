/** Inbound connections are bounded: past inboundConnectionsMax a new one is closed and logged. */
import * as net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { logsMatching, makeNode, type TestNode, waitFor } from "./helpers.js";

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
