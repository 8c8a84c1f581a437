/**
 * An in-memory network of NodeTransports for RaftNode tests without sockets: messages are
 * delivered on a later turn (setImmediate), links can be cut. A snapshot is "sent" by copying
 * its file next to the original (as the TCP transport's receiver would write one) and handing
 * the copy to the receiver; a test whose nodes keep their files behind a FileSystem port of
 * its own passes the copy and removal that reach them.
 */

import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { NodeTransportHandlers, TransportFactory } from "../../src/node/transport-port.js";
import type { Message, SnapshotRequest } from "../../src/raft/index.js";

/** How the network copies a snapshot file to send and removes an undelivered copy. */
export interface SnapshotFileOperations {
  copy(from: string, to: string): void;
  remove(file: string): void;
}

const REAL_FILE_OPERATIONS: SnapshotFileOperations = {
  copy: (from, to) => copyFileSync(from, to),
  remove: (file) => rmSync(file, { force: true }),
};

export class MemoryNetwork {
  private readonly handlers = new Map<number, NodeTransportHandlers>();
  /** Each node's incarnation, stamped on the messages it sends (src/raft/incarnation.ts). */
  private readonly incarnations = new Map<number, number>();
  private readonly cut = new Set<string>();
  private nextPort = 40000;
  private snapshotsSent = 0;
  /** Called with every message sent (before delivery), for tests that inspect them. */
  onSend: ((message: Message) => void) | undefined;

  constructor(private readonly files: SnapshotFileOperations = REAL_FILE_OPERATIONS) {}

  transportFor(nodeId: number): TransportFactory {
    return (handlers, identity) => {
      const port = this.nextPort++;
      return {
        start: async () => {
          this.handlers.set(nodeId, handlers);
          this.incarnations.set(nodeId, identity.incarnation);
        },
        address: () => ({ host: "memory", port }),
        send: (messages: readonly Message[]) => {
          for (const message of messages) {
            this.onSend?.(message);
            this.deliver(message);
          }
        },
        sendSnapshot: (message: SnapshotRequest, file: string) => {
          this.snapshotsSent += 1;
          const copy = path.join(
            path.dirname(file),
            `.memory-network-${message.to}-${this.snapshotsSent}.snap`,
          );
          this.files.copy(file, copy);
          this.deliver(message, copy);
        },
        addPeer: () => {},
        removePeer: () => {},
        connect: () => {},
        peerIncarnation: (peer) =>
          this.handlers.has(peer) ? this.incarnations.get(peer) : undefined,
        stop: async () => {
          this.handlers.delete(nodeId);
        },
      };
    };
  }

  /** Drops messages between a and b (both ways) until heal(). */
  isolate(a: number, b: number): void {
    this.cut.add(`${a}-${b}`);
    this.cut.add(`${b}-${a}`);
  }

  heal(): void {
    this.cut.clear();
  }

  /**
   * Hands `message` to its receiver now, as if it came from the network (forged input), from
   * the sender's incarnation or `fromIncarnation`.
   */
  inject(message: Message, fromIncarnation = this.incarnations.get(message.from) ?? 0): void {
    const target = this.handlers.get(message.to);
    if (target === undefined) throw new Error(`node ${message.to} is not on the network`);
    target.onRaftMessage(message, fromIncarnation);
  }

  /**
   * Hands `message` over on a later turn, stamped with the incarnation of the sender when it
   * sent it (as the TCP transport stamps its connection's).
   */
  private deliver(message: Message, snapshotFile?: string): void {
    const fromIncarnation = this.incarnations.get(message.from) ?? 0;
    setImmediate(() => {
      const target = this.handlers.get(message.to);
      if (this.cut.has(`${message.from}-${message.to}`) || target === undefined) {
        if (snapshotFile !== undefined) this.files.remove(snapshotFile);
        // As the TCP transport does when a peer cannot be reached.
        if (target === undefined) this.handlers.get(message.from)?.onPeerUnreachable(message.to);
        return;
      }
      if (message.type === 9) {
        if (snapshotFile === undefined) throw new Error("a Snapshot message went through send()");
        // As the TCP transport does: the sender hears back once the receiver checked it.
        void target.onSnapshot(message, snapshotFile, fromIncarnation).then((ok) => {
          this.handlers.get(message.from)?.onSnapshotStatus(message.to, ok);
        });
      } else {
        target.onRaftMessage(message, fromIncarnation);
      }
    });
  }
}
