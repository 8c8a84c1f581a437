/**
 * RaftClient's requests against a stand-in connection (ClientConnection.connect stubbed): the
 * lowest unanswered sequence each proposal carries, and the pool's reuse of one connection.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { RaftClient } from "../../src/client/raft-client.js";
import {
  ClientConnection,
  ClientConnectionPool,
  type ClientResponse,
} from "../../src/transport/index.js";

interface SentProposal {
  sequence: number;
  firstUnansweredSequence: number;
  answer: () => void;
}

/** Stubs the dialer: every connect resolves with one recording stand-in connection. */
function standInConnection(): { sent: SentProposal[]; connects: () => number } {
  const sent: SentProposal[] = [];
  let connects = 0;
  const connection = {
    request(body: { propose?: { sequence?: number; firstUnansweredSequence?: number } }) {
      return new Promise<ClientResponse>((resolve) => {
        sent.push({
          sequence: body.propose?.sequence ?? 0,
          firstUnansweredSequence: body.propose?.firstUnansweredSequence ?? 0,
          answer: () => resolve({ ok: { result: new Uint8Array([1]) } } as ClientResponse),
        });
      });
    },
    close() {},
  } as unknown as ClientConnection;
  vi.spyOn(ClientConnection, "connect").mockImplementation(() => {
    connects++;
    return Promise.resolve(connection);
  });
  return { sent, connects: () => connects };
}

/** Lets the client's promise chains run (connect, then request). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("RaftClient proposals", () => {
  it("tell the nodes the lowest sequence still unanswered, whatever order answers come in", async () => {
    const { sent, connects } = standInConnection();
    const client = new RaftClient({ endpoints: ["127.0.0.1:1"], clientId: 7 });
    const command = new Uint8Array([0]);
    const proposals = [client.propose(command), client.propose(command), client.propose(command)];
    await settle();
    expect(sent.map((p) => [p.sequence, p.firstUnansweredSequence])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    sent[1]?.answer();
    await proposals[1];
    proposals.push(client.propose(command));
    await settle();
    expect(sent[3]).toMatchObject({ sequence: 4, firstUnansweredSequence: 1 });
    sent[0]?.answer();
    await proposals[0];
    proposals.push(client.propose(command));
    await settle();
    expect(sent[4]).toMatchObject({ sequence: 5, firstUnansweredSequence: 3 });
    for (const proposal of sent) proposal.answer();
    await Promise.all(proposals);
    const last = client.propose(command);
    await settle();
    expect(sent[5]).toMatchObject({ sequence: 6, firstUnansweredSequence: 6 });
    sent[5]?.answer();
    await last;
    // One dial: every later request went out on the pool's open connection, and at once:
    // the request is sent within the propose call, before any promise turn.
    expect(connects()).toBe(1);
    const before = sent.length;
    const next = client.propose(command);
    expect(sent.length).toBe(before + 1);
    sent[before]?.answer();
    await next;
    client.close();
  });
});

describe("ClientConnectionPool", () => {
  it("keeps the connection that replaced a forgotten one when the forgotten one fails", async () => {
    const dials: { resolve: (c: ClientConnection) => void; reject: (e: Error) => void }[] = [];
    vi.spyOn(ClientConnection, "connect").mockImplementation(
      () =>
        new Promise<ClientConnection>((resolve, reject) => {
          dials.push({ resolve, reject });
        }),
    );
    const pool = new ClientConnectionPool((address) => ({ address, clusterId: "ruvraft" }));
    const first = pool.get("127.0.0.1:1");
    first.catch(() => undefined);
    pool.forget("127.0.0.1:1");
    const second = pool.get("127.0.0.1:1");
    const replacement = { close() {} } as unknown as ClientConnection;
    dials[1]?.resolve(replacement);
    await second;
    dials[0]?.reject(new Error("connect refused"));
    await settle();
    expect(pool.open("127.0.0.1:1")).toBe(replacement);
    expect(pool.get("127.0.0.1:1")).toBe(second);
    expect(dials).toHaveLength(2);
  });
});
