/** Mutual TLS (certificates made by openssl in the test) and the shared-secret handshake. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ClientConnection, HandshakeError } from "../../src/transport/index.js";
import {
  heartbeat,
  logsMatching,
  makeNode,
  type TestNode,
  temporaryDirectory,
  waitFor,
} from "./helpers.js";

const running: TestNode[] = [];

async function started(node: TestNode): Promise<TestNode> {
  running.push(node);
  await node.transport.start();
  return node;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((node) => node.transport.stop()));
});

function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasOpenssl())("mutual TLS", () => {
  const directory = temporaryDirectory();
  const file = (name: string) => join(directory.path, name);
  const openssl = (...args: string[]) =>
    execFileSync("openssl", args, { cwd: directory.path, stdio: "ignore" });
  const key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

  beforeAll(() => {
    openssl(
      "req",
      "-x509",
      ...key,
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      "-days",
      "1",
      "-subj",
      "/CN=test-ca",
    );
    openssl("req", ...key, "-keyout", "node.key", "-out", "node.csr", "-subj", "/CN=node");
    openssl(
      "x509",
      "-req",
      "-in",
      "node.csr",
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-out",
      "node.crt",
      "-days",
      "1",
    );
    // A certificate from another CA (self-signed): not trusted by the cluster.
    openssl(
      "req",
      "-x509",
      ...key,
      "-keyout",
      "rogue.key",
      "-out",
      "rogue.crt",
      "-days",
      "1",
      "-subj",
      "/CN=rogue",
    );
  });

  afterAll(() => directory.remove());

  const tls = () => ({
    certFile: file("node.crt"),
    keyFile: file("node.key"),
    caFile: file("ca.crt"),
  });

  it("peers and clients with certificates from the cluster CA connect", async () => {
    const b = await started(
      makeNode({ nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]), tls: tls() }),
    );
    const a = await started(
      makeNode({ nodeId: 1, peers: new Map([[2, b.address()]]), tls: tls() }),
    );
    a.transport.send([heartbeat(1, 2, 9)]);
    await waitFor(() => b.recorded.messages.length === 1, "message over TLS");
    const client = await ClientConnection.connect({
      address: b.address(),
      clusterId: "test-cluster",
      tls: tls(),
    });
    const response = await client.request({ propose: { command: new Uint8Array([5]) } }, 5_000);
    expect(Array.from(response.ok?.result ?? [])).toEqual([5]);
    client.close();
  });

  it("refuses a certificate from another CA and keeps serving", async () => {
    const b = await started(
      makeNode({ nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]), tls: tls() }),
    );
    const rogue = {
      certFile: file("rogue.crt"),
      keyFile: file("rogue.key"),
      caFile: file("ca.crt"),
    };
    await expect(
      ClientConnection.connect({ address: b.address(), clusterId: "test-cluster", tls: rogue }),
    ).rejects.toThrow();
    await waitFor(() => logsMatching(b.records, "TLS handshake failed").length > 0, "TLS log");
    expect(b.transport.stats().connectionsRefused).toBeGreaterThan(0);
    // A plain-TCP client is refused too.
    await expect(
      ClientConnection.connect({
        address: b.address(),
        clusterId: "test-cluster",
        timeoutMs: 2_000,
      }),
    ).rejects.toThrow();
    const client = await ClientConnection.connect({
      address: b.address(),
      clusterId: "test-cluster",
      tls: tls(),
    });
    await client.request({ status: {} }, 5_000);
    client.close();
  });
});

describe("shared-secret handshake (HMAC-SHA256)", () => {
  it("peers and clients with the same secret connect", async () => {
    const b = await started(
      makeNode({ nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]), sharedSecret: "s" }),
    );
    const a = await started(
      makeNode({ nodeId: 1, peers: new Map([[2, b.address()]]), sharedSecret: "s" }),
    );
    a.transport.send([heartbeat(1, 2)]);
    await waitFor(() => b.recorded.messages.length === 1, "message");
    const client = await ClientConnection.connect({
      address: b.address(),
      clusterId: "test-cluster",
      sharedSecret: "s",
    });
    await client.request({ status: {} }, 5_000);
    client.close();
  });

  it("refuses a dialer with the wrong secret", async () => {
    const b = await started(makeNode({ nodeId: 2, sharedSecret: "right" }));
    const error = await ClientConnection.connect({
      address: b.address(),
      clusterId: "test-cluster",
      sharedSecret: "wrong",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HandshakeError);
    expect((error as HandshakeError).reasonCode).toBe("EAUTH");
  });

  it("refuses a dialer without a secret, naming the reason in the acceptor's log", async () => {
    const b = await started(makeNode({ nodeId: 2, sharedSecret: "right" }));
    const error = await ClientConnection.connect({
      address: b.address(),
      clusterId: "test-cluster",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HandshakeError);
    expect((error as HandshakeError).remote).toBe(true);
    expect((error as HandshakeError).message).toContain(
      "the dialer's secret proof is missing or wrong",
    );
    await waitFor(() => logsMatching(b.records, "the dialer's secret proof").length > 0, "log");
    expect(b.transport.stats().connectionsRefused).toBe(1);
  });

  it("a dialer with a secret refuses an acceptor without one", async () => {
    const b = await started(makeNode({ nodeId: 2 }));
    const error = await ClientConnection.connect({
      address: b.address(),
      clusterId: "test-cluster",
      sharedSecret: "s",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HandshakeError);
    expect((error as HandshakeError).remote).toBe(false);
  });
});
