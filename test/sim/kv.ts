import { type Entry, EntryType } from "../../src/types/index.js";
/**
 * The simulation's state machine: a small key-value store driven by put / cas commands, plus
 * a rolling fingerprint of every applied entry so that the checker can compare what replicas
 * applied (and what a snapshot stands for) with one number per index.
 */

export type Command =
  | { op: "put"; key: string; value: number; client: number; seq: number }
  | { op: "cas"; key: string; expect: number | null; value: number; client: number; seq: number };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeCommand(command: Command): Uint8Array {
  return encoder.encode(JSON.stringify(command));
}

export function decodeCommand(data: Uint8Array): Command {
  return JSON.parse(decoder.decode(data)) as Command;
}

/** FNV-1a over the entry's term, type and data: identifies an entry at a given index. */
export function entryFingerprint(entry: Entry): number {
  let hash = 0x811c9dc5;
  hash = mix(hash, entry.term);
  hash = mix(hash, Math.floor(entry.term / 0x1_0000_0000));
  hash = mix(hash, entry.type);
  for (let i = 0; i < entry.data.length; i++) hash = mix(hash, entry.data[i] as number);
  return hash >>> 0;
}

export function chain(previous: number, index: number, fingerprint: number): number {
  let hash = mix(previous ^ 0x9e3779b9, index);
  hash = mix(hash, fingerprint);
  return hash >>> 0;
}

function mix(hash: number, value: number): number {
  return Math.imul((hash ^ (value & 0xffffffff)) >>> 0, 0x01000193) >>> 0;
}

export interface KvSnapshotImage {
  readonly index: number;
  readonly rolling: number;
  readonly data: ReadonlyArray<readonly [string, number]>;
}

export class KvStore {
  readonly data = new Map<string, number>();
  appliedIndex: number;
  /** Rolling fingerprint of all entries applied up to appliedIndex. */
  rolling: number;

  constructor(index = 0, rolling = 0) {
    this.appliedIndex = index;
    this.rolling = rolling;
  }

  /** Applies one committed entry; returns the command's output (undefined for non-commands). */
  apply(entry: Entry): unknown {
    if (entry.index !== this.appliedIndex + 1) {
      throw new Error(`apply gap: ${entry.index} after ${this.appliedIndex}`);
    }
    this.appliedIndex = entry.index;
    this.rolling = chain(this.rolling, entry.index, entryFingerprint(entry));
    if (entry.type !== EntryType.NORMAL) return undefined;
    const command = decodeCommand(entry.data);
    if (command.op === "put") {
      this.data.set(command.key, command.value);
      return "ok";
    }
    const current = this.data.get(command.key) ?? null;
    if (current !== command.expect) return false;
    this.data.set(command.key, command.value);
    return true;
  }

  get(key: string): number | null {
    return this.data.get(key) ?? null;
  }

  snapshot(): Uint8Array {
    const image: KvSnapshotImage = {
      index: this.appliedIndex,
      rolling: this.rolling,
      data: [...this.data.entries()],
    };
    return encoder.encode(JSON.stringify(image));
  }

  static restore(bytes: Uint8Array, index: number): KvStore {
    if (bytes.length === 0) return new KvStore(index, 0);
    const image = JSON.parse(decoder.decode(bytes)) as KvSnapshotImage;
    if (image.index !== index) throw new Error(`snapshot image ${image.index} != ${index}`);
    const store = new KvStore(image.index, image.rolling);
    for (const [key, value] of image.data) store.data.set(key, value);
    return store;
  }
}
