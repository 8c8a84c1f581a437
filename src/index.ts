/** Public API of ruvector-raft. Everything not exported here is internal. */
export { wal } from "./proto/index.js";
export * from "./storage/index.js";
export { InvalidArgumentError, RuvraftError } from "./util/errors.js";
