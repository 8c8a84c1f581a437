/**
 * An in-memory network of NodeTransports for RaftNode tests without sockets: messages are
 * delivered on a later turn (setImmediate), links can be cut.
 */

import type { NodeTransport, TransportHandlers } from "../../src/node/transport-port.js";
import type { Message } from "../../src/raft/index.js";

export class MemoryNetwork {
  private readonly handlers = new Map<number, TransportHandlers>();
  private readonly cut = new Set<string>();
  private nextPort = 40000;

  transportFor(nodeId: number): (handlers: TransportHandlers) => NodeTransport {
    return (handlers) => {
      const port = this.nextPort++;
      return {
        start: async () => {
          this.handlers.set(nodeId, handlers);
        },
        address: () => ({ host: "memory", port }),
        send: (messages: readonly Message[]) => {
          for (const message of messages) this.deliver(message);
        },
        addPeer: () => {},
        removePeer: () => {},
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

  private deliver(message: Message): void {
    setImmediate(() => {
      if (this.cut.has(`${message.from}-${message.to}`)) return;
      const target = this.handlers.get(message.to);
      if (target === undefined) {
        // As the TCP transport does when a peer cannot be reached.
        this.handlers.get(message.from)?.onPeerUnreachable(message.to);
        return;
      }
      if (message.type === 9) {
        target.onSnapshot(message, message.snapshot.data);
        this.handlers.get(message.from)?.onSnapshotStatus(message.to, true);
      } else {
        target.onRaftMessage(message);
      }
    });
  }
}
