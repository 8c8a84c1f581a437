/** Generated code of node.proto (see index.ts for the conventions). */
import "./configure.js";
import { ruvraft } from "./gen/node.js";

export const node = ruvraft.node;
