/**
 * No input from the network or from configuration crashes a node (issue 13): random JSON
 * through the config loader, random and mutated bytes through every decoder a frame or a log
 * entry reaches. Each either succeeds or throws a typed error (RuvraftError, with a code);
 * never a TypeError, RangeError or anything else that would escape the handlers.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveNodeSettings } from "../../src/cli/node-settings.js";
import {
  decodeEvent,
  decodeQuery,
  decodeResponse,
  decodeSnapshot,
} from "../../src/metadata/codec.js";
import { resolveNodeConfig } from "../../src/node/config.js";
import { decodeKvCommand, decodeKvQuery, decodeKvResponse } from "../../src/node/kv-codec.js";
import { decodeEnvelope } from "../../src/proto/codec/envelope.js";
import { encodeRaftMessage } from "../../src/proto/codec/raft-message-object.js";
import { MessageType } from "../../src/raft/types.js";
import {
  encodeEnvelopeFrame,
  encodeProposeRequestFrame,
} from "../../src/transport/envelope-frames.js";
import { FrameDecoder } from "../../src/transport/frame-decoder.js";
import { RuvraftError } from "../../src/util/errors.js";
import { temporaryDirectory } from "../storage/helpers.js";

const RUNS = 400;

/** Runs `call`; any exception must be a RuvraftError (a typed, named refusal). */
function typedOrNothing(call: () => unknown): void {
  try {
    call();
  } catch (error) {
    if (!(error instanceof RuvraftError)) {
      throw new Error(`untyped ${(error as Error)?.name}: ${(error as Error)?.message}`);
    }
    expect(error.code).toMatch(/^E[A-Z]+$/);
  }
}

/** What the transport does with one received frame payload. */
function receiveFrame(payload: Uint8Array): void {
  // A Raft message comes out as the core's, checked.
  decodeEnvelope(payload);
}

/** Valid frames to mutate: a Raft append, a propose and a hello. */
const VALID_FRAMES: Uint8Array[] = [
  encodeEnvelopeFrame({
    raft: encodeRaftMessage({
      type: MessageType.Append,
      from: 1,
      to: 2,
      term: 3,
      logTerm: 2,
      index: 10,
      commit: 9,
      entries: [{ index: 11, term: 3, type: 0, data: Uint8Array.of(1, 2, 3) }],
    } as never),
  }),
  encodeProposeRequestFrame(7, {
    clientId: 99,
    sequence: 1,
    command: Uint8Array.of(9, 9, 9),
    firstUnansweredSequence: 1,
  }),
  encodeEnvelopeFrame({
    hello: { protocolVersion: 1, clusterId: "c", nodeId: 2, nonce: new Uint8Array(32) },
  }),
].map((frame) => frame.subarray(4));

const mutatedFrame = fc
  .tuple(
    fc.constantFrom(...VALID_FRAMES),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
    fc.nat(),
  )
  .map(([frame, flips, cut]) => {
    const bytes = Uint8Array.from(frame);
    for (const [position, value] of flips) bytes[position % bytes.length] = value;
    return bytes.subarray(0, 1 + (cut % bytes.length));
  });

const hostileBytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), mutatedFrame);

describe("hostile bytes", () => {
  it("the frame decoder and the envelope and Raft message decoders throw only typed errors", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), (chunks) => {
        const decoder = new FrameDecoder(1024);
        for (const chunk of chunks) {
          let frames: Uint8Array[] | undefined;
          typedOrNothing(() => {
            frames = decoder.push(chunk);
          });
          // A decoder error closes the connection: nothing is read after it.
          if (frames === undefined) break;
          for (const frame of frames) typedOrNothing(() => receiveFrame(frame));
        }
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(hostileBytes, (payload) => typedOrNothing(() => receiveFrame(payload))),
      { numRuns: RUNS * 5 },
    );
  });

  it("the key-value and metadata decoders of client requests and snapshots throw only typed errors", () => {
    // Not decodeCommandEntry: it reads committed log entries, which the node wrote itself
    // (CRC-checked on disk); a malformed one is a broken invariant that stops the node.
    const decoders = [
      decodeKvCommand,
      decodeKvQuery,
      decodeKvResponse,
      decodeEvent,
      decodeQuery,
      decodeResponse,
      decodeSnapshot,
    ];
    fc.assert(
      fc.property(hostileBytes, fc.constantFrom(...decoders), (bytes, decode) =>
        typedOrNothing(() => decode(bytes)),
      ),
      { numRuns: RUNS * 5 },
    );
  });
});

describe("hostile configuration", () => {
  it("random JSON in the config file and random environment values give ECONFIG or a node", () => {
    const directory = temporaryDirectory();
    const file = path.join(directory, "node.json");
    const keys = [
      "nodeId",
      "peers",
      "dataDirectory",
      "sharedSecret",
      "clientSecret",
      "tls",
      "listen",
      "insecure",
      "electionTimeoutMinMs",
      "heartbeatIntervalMs",
      "leaseReads",
      "logLevel",
      "adminPort",
      "bogus",
    ];
    const config = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }));
    const environment = fc.dictionary(
      fc.constantFrom(
        "RUVRAFT_NODE_ID",
        "RUVRAFT_PEERS",
        "RUVRAFT_SHARED_SECRET",
        "RUVRAFT_LISTEN",
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.oneof(config, fc.jsonValue({ maxDepth: 2 })), environment, (value, env) => {
        fs.writeFileSync(file, JSON.stringify(value) ?? "null");
        typedOrNothing(() => resolveNodeConfig(resolveNodeSettings({ config: file }, env).node));
      }),
      { numRuns: RUNS },
    );
    // Not JSON at all.
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        fs.writeFileSync(file, text);
        typedOrNothing(() => resolveNodeSettings({ config: file }, {}));
      }),
      { numRuns: RUNS },
    );
  });
});
