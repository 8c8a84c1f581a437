/** Generated code of metadata.proto (see index.ts for the conventions). */
import "./configure.js";
import { ruvraft } from "./gen/metadata.js";

export const metadataProto = ruvraft.metadata;
export type { ruvraft as metadataTypes } from "./gen/metadata.js";
