/**
 * The node's address book: the address of each member by node id. It is filled from the
 * configured peers, MemberAddress entries as they apply, and snapshots (whose header carries
 * it), and it keeps the transport's peer set equal to the current members.
 */
import type { ConfState } from "../types/index.js";
import type { NodeTransport } from "./transport-port.js";

export interface Member {
  nodeId: number;
  address: string;
  voter: boolean;
  learner: boolean;
}

export class AddressBook {
  private readonly addresses = new Map<number, string>();

  constructor(private readonly selfId: number) {}

  set(nodeId: number, address: string): void {
    this.addresses.set(nodeId, address);
  }

  /** The address of `nodeId`, "" when unknown. */
  addressOf(nodeId: number): string {
    return this.addresses.get(nodeId) ?? "";
  }

  /** The address of `nodeId`, undefined when unknown. */
  find(nodeId: number): string | undefined {
    return this.addresses.get(nodeId);
  }

  /** Every known member address (a snapshot's header records them). */
  entries(): { nodeId: number; address: string }[] {
    return [...this.addresses].map(([nodeId, address]) => ({ nodeId, address }));
  }

  /** Forgets every address but this node's, which becomes `ownAddress` (a forced cluster). */
  keepOnlySelf(ownAddress: string | undefined): void {
    this.addresses.clear();
    if (ownAddress !== undefined) this.addresses.set(this.selfId, ownAddress);
  }

  /** The members of `conf` with their addresses and roles, by node id. */
  members(conf: ConfState): Member[] {
    const voters = new Set([...conf.voters, ...conf.votersOutgoing]);
    const learners = new Set([...conf.learners, ...conf.learnersNext]);
    return [...new Set([...voters, ...learners])]
      .sort((a, b) => a - b)
      .map((nodeId) => ({
        nodeId,
        address: this.addressOf(nodeId),
        voter: voters.has(nodeId),
        learner: learners.has(nodeId),
      }));
  }

  /** Makes the transport's peer set the members of `conf` (those with a known address). */
  syncPeers(transport: NodeTransport, conf: ConfState): void {
    const members = new Set([
      ...conf.voters,
      ...conf.votersOutgoing,
      ...conf.learners,
      ...conf.learnersNext,
    ]);
    for (const nodeId of members) {
      const address = this.addresses.get(nodeId);
      if (nodeId !== this.selfId && address !== undefined) {
        transport.addPeer(nodeId, address);
      }
    }
    if (members.size === 0) {
      // A joining node has no membership until the leader's first append or snapshot: it must
      // keep its configured peers (the cluster it joins), or it would refuse the leader adding it.
      for (const [nodeId, address] of this.addresses) {
        if (nodeId !== this.selfId) transport.addPeer(nodeId, address);
      }
      return;
    }
    for (const nodeId of this.addresses.keys()) {
      if (!members.has(nodeId) && nodeId !== this.selfId) {
        transport.removePeer(nodeId);
      }
    }
  }
}
