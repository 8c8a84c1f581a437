/**
 * Pending ReadIndex requests on the leader (Raft thesis §6.4): each records the commit index
 * when it arrived and which voters have since confirmed the leadership by answering a
 * heartbeat that carried the request's context. Once a quorum confirmed a request, it and
 * every request queued before it are safe to serve at their recorded index.
 * Bounded by `pendingCountMax` requests.
 */
import { assert } from "../util/assert.js";

export interface ReadRequest {
  readonly index: number;
  readonly context: Uint8Array;
  /** The requesting node (the leader itself for a local read). */
  readonly from: number;
  readonly acks: Set<number>;
}

/** A string key for a context (contexts are small, application-chosen and unique). */
export function contextKey(context: Uint8Array): string {
  let key = "";
  for (let i = 0; i < context.length; i++) key += String.fromCharCode(context[i] as number);
  return key;
}

export class ReadOnly {
  private readonly pending = new Map<string, ReadRequest>();
  private queue: string[] = [];

  constructor(readonly pendingCountMax: number) {
    assert(pendingCountMax > 0, "pendingCountMax must be positive");
  }

  full(): boolean {
    return this.queue.length >= this.pendingCountMax;
  }

  size(): number {
    return this.queue.length;
  }

  /** Queues a request; a context already pending is ignored. Returns false when ignored. */
  add(index: number, context: Uint8Array, from: number, selfId: number): boolean {
    const key = contextKey(context);
    if (this.pending.has(key)) return false;
    assert(!this.full(), "read-only queue is full");
    this.pending.set(key, { index, context, from, acks: new Set([selfId]) });
    this.queue.push(key);
    return true;
  }

  /** Records `id`'s confirmation; returns the acks so far, or undefined if not pending. */
  recvAck(id: number, context: Uint8Array): ReadonlySet<number> | undefined {
    const request = this.pending.get(contextKey(context));
    if (request === undefined) return undefined;
    request.acks.add(id);
    return request.acks;
  }

  /** Removes and returns the requests up to and including `context`, oldest first. */
  advance(context: Uint8Array): ReadRequest[] {
    const key = contextKey(context);
    const position = this.queue.indexOf(key);
    if (position < 0) return [];
    const released: ReadRequest[] = [];
    for (const k of this.queue.slice(0, position + 1)) {
      const request = this.pending.get(k);
      assert(request !== undefined, "queued read without a request");
      released.push(request);
      this.pending.delete(k);
    }
    this.queue = this.queue.slice(position + 1);
    return released;
  }

  /** The context of the newest pending request (sent with heartbeats), if any. */
  lastPendingContext(): Uint8Array | undefined {
    const key = this.queue[this.queue.length - 1];
    return key === undefined ? undefined : this.pending.get(key)?.context;
  }

  reset(): void {
    this.pending.clear();
    this.queue = [];
  }
}
