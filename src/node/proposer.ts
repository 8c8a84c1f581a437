/**
 * Proposing: hands commands and membership changes to the core and tracks each proposal in
 * PendingRequests until its entry applies, fails or passes its deadline. A command the
 * application's `admit` check refuses is answered at once and never reaches the log.
 */
import { encodeCommandEntry } from "../proto/codec/node-entry.js";
import type { ProposeFields } from "../proto/codec/propose.js";
import type { ConfChange, ProposalPosition, RawNode } from "../raft/index.js";
import { isOperatingError } from "../util/errors.js";
import type { ProposalCallback } from "./node-api.js";
import { EMPTY_BYTES, type PendingRequests } from "./pending-requests.js";
import type { StateMachineCodec } from "./state-machine.js";

export interface ProposerParts {
  readonly pending: PendingRequests;
  readonly proposalTimeoutMs: number;
  /** The core; throws StoppedError when the node is not running. */
  core(): RawNode;
  /** The core's error as the node API's typed error (RaftNode.translate). */
  translate(error: unknown): Error;
  /** A proposal was stepped into the core: the Ready loop has work. */
  notify(): void;
  /** The core accepted a proposal at `index` (the "proposal" event). */
  proposed(index: number): void;
  /** The encoded refusal of the `admit` check for an encoded command, else undefined. */
  refusalOf(command: Uint8Array): Uint8Array | undefined;
}

export class Proposer {
  constructor(private readonly parts: ProposerParts) {}

  /** A command in a client session (RaftNode.proposeEncodedWith has the contract). */
  proposeCommand(fields: ProposeFields, settle: ProposalCallback): void {
    const refusal = this.parts.refusalOf(fields.command);
    if (refusal !== undefined) {
      settle(undefined, refusal);
      return;
    }
    this.proposeData(encodeCommandEntry(fields), settle);
  }

  /** Proposes `data`; `settle` is called once: when it applies, fails or passes its deadline. */
  proposeData(data: Uint8Array, settle: ProposalCallback): void {
    let position: ProposalPosition;
    try {
      position = this.parts.core().propose(data);
    } catch (error) {
      settle(this.parts.translate(error));
      return;
    }
    this.parts.notify();
    this.parts.proposed(position.index);
    this.track(position, "proposal", settle);
  }

  /** Resolves once `change` applied (membership.ts answers from the applied ConfChange). */
  proposeConfChange(change: ConfChange): Promise<void> {
    let position: ProposalPosition;
    try {
      position = this.parts.core().proposeConfChange(change);
    } catch (error) {
      return Promise.reject(this.parts.translate(error));
    }
    this.parts.notify();
    return new Promise((resolve, reject) =>
      this.track(position, "membership change", (error) =>
        error === undefined ? resolve() : reject(error),
      ),
    );
  }

  private track(position: ProposalPosition, what: string, settle: ProposalCallback): void {
    this.parts.pending.trackProposal(
      position.index,
      position.term,
      this.parts.proposalTimeoutMs,
      what,
      settle,
    );
  }
}

/** A ProposalCallback that settles a promise (the promise API over the callback one). */
export function settlePromise(
  resolve: (response: Uint8Array) => void,
  reject: (error: Error) => void,
): ProposalCallback {
  return (error, response) =>
    error === undefined ? resolve(response ?? EMPTY_BYTES) : reject(error);
}

/**
 * The `admit` extra over encoded bytes: decodes the command, asks `admit`, and encodes its
 * refusal. Bytes that do not decode are let through: the apply refuses them, identically on
 * every replica.
 */
export function refusalCheck<Command, Response, Query>(
  admit: ((command: Command) => Response | undefined) | undefined,
  codec: StateMachineCodec<Command, Response, Query>,
): (command: Uint8Array) => Uint8Array | undefined {
  if (admit === undefined) return () => undefined;
  return (command) => {
    let decoded: Command;
    try {
      decoded = codec.decodeCommand(command);
    } catch (error) {
      if (isOperatingError(error)) return undefined;
      throw error;
    }
    const response = admit(decoded);
    return response === undefined ? undefined : codec.encodeResponse(response);
  };
}
