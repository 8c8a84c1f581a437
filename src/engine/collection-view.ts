/**
 * The data path's view of the metadata (src/engine/vector-service.ts): collections by name or
 * alias in the incarnation a request is for, shards and node addresses, from this node's
 * applied metadata, catching up with the commit index where a request needs it
 * (docs/architecture.md, "The data path").
 */
import type { Collection, MetadataProjector, NodeInfo, Shard } from "../metadata/index.js";
import { InvalidArgumentError, RuvraftError } from "../util/errors.js";

export class CollectionView {
  constructor(
    private readonly projector: MetadataProjector,
    /** RaftNode.catchUp, when given (see VectorServiceOptions.catchUp). */
    private readonly catchUp: (() => Promise<void>) | undefined,
  ) {}

  /**
   * As resolve, but a name this node does not know is looked up again once the node has caught
   * up with the commit index (the name may have been created and acknowledged elsewhere).
   */
  async resolveCaughtUp(nameOrAlias: string, exact = false): Promise<Collection> {
    const { catchUp } = this;
    if (catchUp === undefined) return this.resolve(nameOrAlias, exact);
    try {
      return this.resolve(nameOrAlias, exact);
    } catch (error) {
      if ((error as RuvraftError).code !== "ENOTFOUND") throw error;
    }
    await catchUp();
    return this.resolve(nameOrAlias, exact);
  }

  /**
   * The collection a request names, in the incarnation it is for:
   * - a client's write (`barrier`; not `routed`): after catching up with the commit index, so it goes to the
   *   incarnation every metadata change acknowledged before it names (a write after an
   *   acknowledged drop and re-create never reaches the dropped collection's stores, where it
   *   would be lost with them);
   * - a hop another node routed (`routed`: PRIMARY, REPLICA): the exact name the router resolved (no
   *   alias), of the incarnation `createdAtMs` it resolved it to (0: not checked; senders
   *   older than the field). A view that names another incarnation catches up once and looks
   *   again (it may lag the router; incarnations are proposer clock times, not ordered); one
   *   that still differs is answered ENOTHELD, which the router retries.
   */
  async resolveRequest(
    nameOrAlias: string,
    routed: boolean,
    createdAtMs: number,
    barrier = false,
  ): Promise<Collection> {
    const { catchUp } = this;
    if (!routed) {
      if (!barrier || catchUp === undefined) return this.resolveCaughtUp(nameOrAlias);
      await catchUp();
      return this.resolve(nameOrAlias);
    }
    let collection = await this.resolveCaughtUp(nameOrAlias, true);
    if (createdAtMs === 0 || collection.createdAtMs === createdAtMs) return collection;
    if (catchUp !== undefined) {
      await catchUp();
      collection = this.resolve(nameOrAlias, true);
    }
    if (collection.createdAtMs !== createdAtMs) {
      throw new RuvraftError(
        "ENOTHELD",
        `collection ${collection.spec.name} here is the incarnation created at ${collection.createdAtMs}, the request's at ${createdAtMs}`,
      );
    }
    return collection;
  }

  /**
   * The collection named `nameOrAlias` (aliases resolved unless `exact`), or ENOTFOUND.
   */
  resolve(nameOrAlias: string, exact = false): Collection {
    const { projector } = this;
    const direct = projector.query({ type: "getCollection", name: nameOrAlias });
    if (direct.ok && direct.result?.type === "collection") return direct.result.collection;
    const alias = exact ? undefined : projector.query({ type: "resolveAlias", alias: nameOrAlias });
    if (alias?.ok && alias.result?.type === "alias") {
      const target = projector.query({
        type: "getCollection",
        name: alias.result.alias.collection,
      });
      if (target.ok && target.result?.type === "collection") return target.result.collection;
    }
    throw new RuvraftError(
      "ENOTFOUND",
      exact
        ? `no collection named ${JSON.stringify(nameOrAlias)}`
        : `no collection or alias named ${JSON.stringify(nameOrAlias)}`,
    );
  }

  shardOf(collection: string, shardId: number): Shard {
    const shard = this.findShard(collection, shardId);
    if (shard === undefined) {
      throw new InvalidArgumentError(`collection ${collection} has no shard ${shardId}`);
    }
    return shard;
  }

  /** The shard, or undefined when the collection (by its exact name) or the shard is not. */
  findShard(collection: string, shardId: number): Shard | undefined {
    const response = this.projector.query({ type: "shardsOfCollection", collection });
    return response.ok && response.result?.type === "shards"
      ? response.result.shards[shardId]
      : undefined;
  }

  nodes(): Map<number, NodeInfo> {
    const response = this.projector.query({ type: "listNodes" });
    const nodes = response.ok && response.result?.type === "nodes" ? response.result.nodes : [];
    return new Map(nodes.map((node) => [node.id, node]));
  }

  addressOf(nodeId: number): string {
    const node = this.nodes().get(nodeId);
    if (node === undefined || node.address === "") {
      throw new RuvraftError("EUNAVAILABLE", `node ${nodeId} has no registered address`);
    }
    return node.address;
  }
}
