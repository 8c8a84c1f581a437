/**
 * The one entry point to the generated protobuf code (src/proto/gen, made by `npm run proto`
 * from the .proto files next to this module; never edit the generated files by hand).
 *
 * u64 fields decode as JavaScript numbers, not Long objects (see configure.ts, imported first).
 * Callers check `Number.isSafeInteger` at their boundaries, so a corrupt varint above 2^53 is
 * reported instead of silently rounded.
 */
import { protobuf } from "./configure.js";
import { ruvraft } from "./gen/wal.js";

export const wal = ruvraft.wal;
export const ProtoWriter = protobuf.Writer;
export const ProtoReader = protobuf.Reader;

// The wire protocol (raft.proto): frames between nodes and between clients and nodes.
import { ruvraft as ruvraftWire } from "./gen/raft.js";

export const wire = ruvraftWire.wire;
export type { ruvraft as wireTypes } from "./gen/raft.js";
