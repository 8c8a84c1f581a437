/**
 * The outbox hands the core's messages to the transport and has them written at once: RaftNode
 * applies and answers after sending a Ready's appends, and the followers should not wait for
 * that (src/node/outbox.ts).
 */
import { describe, expect, it } from "vitest";
import type { Clock } from "../../src/node/clock.js";
import type { DurableStorage } from "../../src/node/durable-storage.js";
import { Outbox } from "../../src/node/outbox.js";
import type { NodeTransport } from "../../src/node/transport-port.js";
import { type Message, MessageType } from "../../src/raft/index.js";

function recordingOutbox(calls: string[]): Outbox {
  const transport = {
    send: (messages: readonly Message[]) => calls.push(`send ${messages.length}`),
    flush: () => calls.push("flush"),
  } as unknown as NodeTransport;
  return new Outbox({
    clock: {} as Clock,
    logger: undefined,
    transport: () => transport,
    storage: () => ({}) as DurableStorage,
    matchOf: () => 0,
    snapshotFailed: () => undefined,
  });
}

const heartbeat: Message = {
  type: MessageType.Heartbeat,
  from: 1,
  to: 2,
  term: 3,
  commit: 4,
  context: new Uint8Array(0),
  sentMs: 0,
} as unknown as Message;

describe("Outbox", () => {
  it("flushes the transport right after sending a Ready's messages", () => {
    const calls: string[] = [];
    recordingOutbox(calls).send([heartbeat, { ...heartbeat, to: 3 }]);
    expect(calls).toEqual(["send 2", "flush"]);
  });

  it("touches no transport for no messages", () => {
    const calls: string[] = [];
    recordingOutbox(calls).send([]);
    expect(calls).toEqual([]);
  });
});
