/**
 * What a snapshot covers: the metadata the Raft core installs and sends, and the snapshot
 * file's header records (segments/FORMAT.md, "Snapshot files").
 */
import type { ConfState } from "./conf-state.js";

/** Every entry up to `index` (of `term`), and the membership then. */
export interface SnapshotMetadata {
  readonly index: number;
  readonly term: number;
  readonly confState: ConfState;
}
