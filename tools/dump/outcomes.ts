/**
 * Which metadata events of a node's data directory were rejected, and by which rule: the dump
 * can tell only by replaying them (src/node/replay.ts: the newest usable snapshot, then the
 * log through the node's own apply, in memory, read-only). Events at or before that snapshot
 * are not judged (their state is gone); a log that is not a metadata log is not judged at all.
 */
import { MetadataProjector, metadataCodec } from "../../src/metadata/index.js";
import { replayDataDirectory } from "../../src/node/replay.js";
import { observeApplies } from "../../src/node/state-machine.js";
import type { DecodeMode } from "./decode.js";

export interface Rejection {
  rule: string;
  reason: string;
}

/** The rule every replica rejects bytes with that are no metadata event. */
const UNDECODABLE_RULE = "event.undecodable";

/**
 * The rejected events of `dataDirectory` by log index, or a note saying why the dump cannot
 * tell (the directory does not replay, or its log holds other commands than metadata events
 * while `decode` is auto). Never throws for a directory it cannot replay.
 */
export async function rejectedEvents(
  dataDirectory: string,
  decode: DecodeMode,
): Promise<{ rejected: Map<number, Rejection> } | { note: string }> {
  if (decode !== "auto" && decode !== "metadata") {
    return { note: "rejected events are marked only for metadata logs" };
  }
  const projector = new MetadataProjector();
  const rejected = new Map<number, Rejection>();
  let commands = 0;
  const stateMachine = observeApplies(projector, (entry, response) => {
    commands++;
    if (!response.ok) rejected.set(entry.index, { rule: response.rule, reason: response.reason });
  });
  try {
    await replayDataDirectory(dataDirectory, stateMachine, metadataCodec);
  } catch (error) {
    return { note: `rejected events not marked: the replay failed: ${(error as Error).message}` };
  }
  const undecodable = [...rejected.values()].filter((item) => item.rule === UNDECODABLE_RULE);
  if (decode === "auto" && commands > 0 && undecodable.length === commands) {
    return { note: "rejected events not marked: the log's commands are not metadata events" };
  }
  return { rejected };
}
