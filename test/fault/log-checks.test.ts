import { describe, expect, it } from "vitest";
import { findInvariantFailures, findSnapshotStorms } from "./log-checks.js";

function send(to: number, index: number, match: number, leaderTerm = 3): string {
  return JSON.stringify({
    level: 30,
    time: 1,
    msg: "sending a snapshot",
    to,
    leaderTerm,
    index,
    term: 2,
    match,
  });
}

const other = JSON.stringify({ level: 30, msg: "role changed", role: "leader", term: 3 });

describe("fault-round log checks", () => {
  it("finds a snapshot storm: one snapshot sent three times with the follower's match stuck", () => {
    const storm = [send(2, 4000, 120), other, send(2, 4000, 120), send(3, 4000, 0)];
    expect(findSnapshotStorms(storm)).toEqual([]);
    storm.push(send(2, 4000, 120), send(2, 4000, 120));
    expect(findSnapshotStorms(storm)).toEqual([
      "snapshot storm: snapshot 4000 sent 4 times in a row to node 2 in term 3 with its match stuck at 120 (lines 1..6)",
    ]);
  });

  it("a healthy sequence is no storm: the match advances, the snapshot changes, the term changes, the node restarts", () => {
    const healthy = [
      send(2, 4000, 0),
      send(2, 4000, 0),
      send(2, 4000, 4000), // installed: the match advanced
      send(2, 4000, 4000),
      send(2, 6000, 4000), // a newer snapshot
      send(2, 6000, 4000),
      send(2, 6000, 0, 4), // a new term: the leader's view of the match starts over
      send(2, 6000, 0, 4),
      "not json: a stack trace line",
      JSON.stringify({ level: 30, msg: "node started" }),
      send(2, 6000, 0, 4),
      send(2, 6000, 0, 4),
    ];
    expect(findSnapshotStorms(healthy)).toEqual([]);
    expect(findSnapshotStorms(healthy, 1)).toHaveLength(5);
  });

  it("finds a node stopped on a broken invariant and a dropped message caused by an assertion", () => {
    const lines = [
      JSON.stringify({
        level: 40,
        msg: "dropped a raft message",
        error: "message term must be a non-negative safe integer: -1",
      }),
      other,
      JSON.stringify({
        level: 40,
        msg: "dropped a raft message",
        error: "assertion failed: conflict at 5 <= committed 9",
      }),
      JSON.stringify({
        level: 60,
        msg: "a broken invariant stopped the node",
        error: "assertion failed: two leaders in term 7: 1 and 3",
      }),
      JSON.stringify({
        level: 60,
        msg: "the node failed and stopped serving",
        error: "log failed and refuses writes: fdatasync failed (EIO)",
      }),
    ];
    expect(findInvariantFailures(lines)).toEqual([
      "line 3: dropped a raft message on an assertion: assertion failed: conflict at 5 <= committed 9",
      "line 4: stopped on a broken invariant: assertion failed: two leaders in term 7: 1 and 3",
    ]);
    expect(findInvariantFailures(lines.slice(0, 2))).toEqual([]);
  });
});
