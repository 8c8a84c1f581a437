import { describe, expect, it } from "vitest";
import {
  DEFAULT_TRANSPORT_SETTINGS,
  resolveSettings,
  SNAPSHOT_CHUNK_OVERHEAD_BYTES,
} from "../../src/transport/settings.js";
import { InvalidArgumentError } from "../../src/util/errors.js";

const CONFIGURABLE = {
  frameBytesMax: 8 * 1024 * 1024,
  sendQueueBytesMax: 3_000_000,
  idleTimeoutMs: 1_234,
  handshakeTimeoutMs: 567,
  reconnectDelayMsMin: 7,
  reconnectDelayMsMax: 89,
  snapshotChunkBytes: 100_000,
  inboundConnectionsMax: 12,
  clientConnectionsPerAddressMax: 3,
} as const;

describe("transport settings", () => {
  it("takes the defaults for what the config leaves out", () => {
    const settings = resolveSettings({});
    const { random, ...rest } = settings;
    expect(rest).toEqual(DEFAULT_TRANSPORT_SETTINGS);
    expect(random).toBe(Math.random);
  });

  it("takes every configurable value from the config", () => {
    const random = () => 0.5;
    const settings = resolveSettings({ ...CONFIGURABLE, random });
    expect(settings).toEqual({
      ...DEFAULT_TRANSPORT_SETTINGS,
      ...CONFIGURABLE,
      random,
    });
  });

  it.each(Object.keys(CONFIGURABLE))("rejects a %s that is not a positive integer", (key) => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => resolveSettings({ [key]: bad })).toThrow(InvalidArgumentError);
      expect(() => resolveSettings({ [key]: bad })).toThrow(
        `transport ${key} must be a positive integer, got ${bad}`,
      );
    }
  });

  it("rejects a reconnect range upside down and a chunk that cannot fit a frame", () => {
    expect(() => resolveSettings({ reconnectDelayMsMin: 10, reconnectDelayMsMax: 9 })).toThrow(
      /reconnectDelayMsMin exceeds reconnectDelayMsMax/,
    );
    expect(() =>
      resolveSettings({
        frameBytesMax: 1024 * 1024,
        snapshotChunkBytes: 1024 * 1024 - SNAPSHOT_CHUNK_OVERHEAD_BYTES + 1,
      }),
    ).toThrow(/snapshotChunkBytes plus 64 KiB of framing must fit in frameBytesMax/);
  });
});
