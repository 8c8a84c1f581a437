/**
 * Checks a message from the network before the core sees it: ids positive, terms and
 * indexes non-negative safe integers, entries consecutive. A failure is an operating error
 * (InvalidArgumentError): the transport drops the message and may close the connection.
 */
import type { Entry } from "../types/index.js";
import { InvalidArgumentError } from "../util/errors.js";
import { type Message, MessageType } from "./types.js";

function safe(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(`message ${what} must be a non-negative safe integer: ${value}`);
  }
}

function nodeId(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidArgumentError(`message ${what} must be a positive node id: ${value}`);
  }
}

function entries(list: readonly Entry[], prevLogIndex: number): void {
  let expected = prevLogIndex + 1;
  for (const entry of list) {
    if (entry.index !== expected) {
      throw new InvalidArgumentError(`append entries not consecutive at ${entry.index}`);
    }
    safe(entry.term, "entry term");
    if (entry.type < 1 || entry.type > 3) {
      throw new InvalidArgumentError(`unknown entry type ${entry.type}`);
    }
    expected++;
  }
}

export function validateMessage(m: Message): void {
  nodeId(m.from, "from");
  nodeId(m.to, "to");
  safe(m.term, "term");
  const addressed = (m as { readonly toIncarnation?: number | undefined }).toIncarnation;
  if (addressed !== undefined) safe(addressed, "toIncarnation");
  switch (m.type) {
    case MessageType.Vote:
    case MessageType.PreVote:
      safe(m.lastLogIndex, "lastLogIndex");
      safe(m.lastLogTerm, "lastLogTerm");
      return;
    case MessageType.Append:
      safe(m.prevLogIndex, "prevLogIndex");
      safe(m.prevLogTerm, "prevLogTerm");
      safe(m.commit, "commit");
      entries(m.entries, m.prevLogIndex);
      return;
    case MessageType.AppendResponse:
      safe(m.index, "index");
      safe(m.rejectHintIndex, "rejectHintIndex");
      safe(m.rejectHintTerm, "rejectHintTerm");
      return;
    case MessageType.Heartbeat:
      safe(m.commit, "commit");
      safe(m.sentMs, "sentMs");
      return;
    case MessageType.HeartbeatResponse:
      safe(m.sentMs, "sentMs");
      return;
    case MessageType.Snapshot:
      safe(m.snapshot.metadata.index, "snapshot index");
      safe(m.snapshot.metadata.term, "snapshot term");
      return;
    case MessageType.ReadIndexResponse:
      safe(m.index, "index");
      return;
    case MessageType.VoteResponse:
    case MessageType.PreVoteResponse:
    case MessageType.TimeoutNow:
    case MessageType.ReadIndex:
      return;
    default:
      throw new InvalidArgumentError(`unknown message type ${(m as { type: unknown }).type}`);
  }
}
