/**
 * `ruvraft ctl` commands for the Ruvector metadata (the cluster's default state machine):
 * collections, aliases, shards (migrate, complete, abort, promote-primary, set-status),
 * rebalance, nodes (labels, capacity, role, address, drain), settings, watch. Each change is a
 * metadata event proposed through the leader by MetadataClient, with the proposer's clock in
 * `atMs`; a rejected event prints the rule it broke (`rejected <rule>: <reason>`) and exits 1.
 */
import type { Command } from "commander";
import { MetadataClient, MetadataRejectedError } from "../client/metadata-client.js";
import {
  type CollectionSpec,
  DEFAULT_HNSW,
  type DistanceMetric,
  type Labels,
  type MetadataQuery,
  type MetadataResult,
  NODE_ROLES,
  type NodeRole,
  type Quantization,
  SHARD_STATUSES,
  type ShardStatus,
} from "../metadata/index.js";
import { InvalidArgumentError } from "../util/errors.js";
import { type CtlOptions, withClient } from "./ctl-client.js";
import { integer } from "./flag-values.js";
import { EXIT_OK, EXIT_REJECTED, type Printable, render } from "./output.js";

const METRICS: Record<string, DistanceMetric> = {
  cosine: "cosine",
  euclidean: "euclidean",
  dot: "dotProduct",
  manhattan: "manhattan",
};

/**
 * Runs one metadata action with a MetadataClient and prints what it gave (the applied index of
 * an event, a query's result) in the chosen output format (output.ts). A rejection prints the
 * rule it broke and gives exit code 1.
 */
async function runMetadata(
  options: CtlOptions,
  action: (metadata: MetadataClient) => Promise<number | MetadataResult | undefined>,
): Promise<number> {
  return withClient(options, async (client) => {
    try {
      const outcome = await action(new MetadataClient(client));
      if (outcome === undefined) return EXIT_OK;
      const printed: Printable =
        typeof outcome === "number" ? { type: "applied", index: outcome } : outcome;
      process.stdout.write(render(printed, options.output));
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof MetadataRejectedError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return EXIT_REJECTED;
    }
  });
}

/** A query's result (for printing). */
async function answer(metadata: MetadataClient, query: MetadataQuery) {
  return (await metadata.query(query)).result;
}

export function parseQuantization(options: {
  quantization?: string;
  pqSubspaces?: number;
  pqK?: number;
}): Quantization {
  switch (options.quantization ?? "none") {
    case "none":
      return { kind: "none" };
    case "scalar":
      return { kind: "scalar" };
    case "binary":
      return { kind: "binary" };
    case "product":
      return { kind: "product", subspaces: options.pqSubspaces ?? 8, k: options.pqK ?? 256 };
    default:
      throw new InvalidArgumentError(
        `--quantization must be none, scalar, product or binary, got "${options.quantization}"`,
      );
  }
}

/** Adds the metadata commands to `ctl`; `options()` reads ctl's --endpoints and friends. */
/** Runs one metadata action against the cluster and sets the exit code from its outcome. */
type RunMetadata = (
  action: (metadata: MetadataClient) => Promise<number | MetadataResult | undefined>,
) => () => Promise<void>;

/** The metadata nouns of ctl: collections, aliases, shards, nodes, settings, and watch/snapshot. */
export function addMetadataCommands(ctl: Command, options: () => CtlOptions): void {
  const run: RunMetadata = (action) => async () => {
    process.exitCode = await runMetadata(options(), action);
  };
  addCollectionCommands(ctl, run);
  addAliasCommands(ctl, run);
  addShardCommands(ctl, run);
  addRebalanceCommand(ctl, run);
  addNodeCommands(ctl, run);
  addSettingsCommands(ctl, run);
  ctl
    .command("watch")
    .description(
      "print applied metadata events as JSON lines from --from on (a snapshot line first if they were compacted); Ctrl-C stops",
    )
    .option("--from <index>", "start after this log index", integer("--from"), 0)
    .option("--once", "print what is applied now and exit instead of following", false)
    .option("--interval <ms>", "how often to ask for new events", integer("--interval", 10), 250)
    .action(async (flags: { from: number; once: boolean; interval: number }) => {
      process.exitCode = await withClient(options(), (client) =>
        watchEvents(new MetadataClient(client), flags),
      );
    });
  ctl
    .command("snapshot")
    .description(
      "take a snapshot now on the leader (or on --node ID) and compact its log; prints the node, index, term and the file on that node",
    )
    .option("--node <id>", "the node that takes it (default: the leader)", integer("--node", 1))
    .action(async (flags: { node?: number }) => {
      const taken = await withClient(options(), (client) => client.takeSnapshot(flags.node));
      process.stdout.write(
        `node ${taken.nodeId} took snapshot index ${taken.index} term ${taken.term}: ${taken.file}\n`,
      );
    });
}

/** `ctl collections create|list|get|drop|update`. */
function addCollectionCommands(ctl: Command, run: RunMetadata): void {
  const collections = ctl.command("collections").description("Ruvector collections");
  addCreateCollectionCommand(collections, run);
  collections
    .command("list")
    .description("every collection")
    .action(run((client) => answer(client, { type: "listCollections" })));
  collections
    .command("get <name>")
    .description("one collection, by its name or an alias of it")
    .action(async (name: string) => {
      await run(async (client) => ({
        type: "collection",
        collection: await client.getCollectionOrAlias(name),
      }))();
    });
  collections
    .command("drop <name>")
    .description("drop a collection and its shards")
    .action(async (name: string) => {
      await run((client) => client.propose({ type: "dropCollection", name }))();
    });
  collections
    .command("update <name>")
    .description("change ef_search and/or the replication factor (0 = unchanged)")
    .option("--ef-search <n>", "HNSW ef_search", integer("--ef-search"), 0)
    .option("--replication <r>", "replication factor", integer("--replication"), 0)
    .action(async (name: string, flags: { efSearch: number; replication: number }) => {
      await run((client) =>
        client.propose({
          type: "updateCollection",
          name,
          efSearch: flags.efSearch,
          replicationFactor: flags.replication,
        }),
      )();
    });
}

/** `ctl collections create`: a flag per field of the new collection's spec. */
function addCreateCollectionCommand(collections: Command, run: RunMetadata): void {
  collections
    .command("create <name>")
    .description("create a collection; its shards are placed on the nodes at once")
    .requiredOption("--dimensions <d>", "vector dimensions (1-100000)", integer("--dimensions", 1))
    .requiredOption("--metric <metric>", "cosine | euclidean | dot | manhattan")
    .option("--shards <n>", "shard count (default: the cluster setting)", integer("--shards", 1), 0)
    .option(
      "--replication <r>",
      "replication factor (default: the cluster setting)",
      integer("--replication", 1),
      0,
    )
    .option("--m <m>", "HNSW m", integer("--m"), DEFAULT_HNSW.m)
    .option(
      "--ef-construction <n>",
      "HNSW ef_construction (>= m)",
      integer("--ef-construction"),
      DEFAULT_HNSW.efConstruction,
    )
    .option("--ef-search <n>", "HNSW ef_search", integer("--ef-search"), DEFAULT_HNSW.efSearch)
    .option(
      "--max-elements <n>",
      "HNSW max_elements",
      integer("--max-elements"),
      DEFAULT_HNSW.maxElements,
    )
    .option("--quantization <kind>", "none | scalar | product | binary", "none")
    .option("--pq-subspaces <n>", "product quantization subspaces", integer("--pq-subspaces", 1))
    .option("--pq-k <n>", "product quantization centroids per subspace", integer("--pq-k", 2))
    .option("--on-disk-payload", "keep payloads on disk", false)
    .action(async (name: string, flags: Record<string, never>) => {
      const f = flags as unknown as CreateCollectionFlags;
      const metric = METRICS[f.metric];
      if (metric === undefined) {
        throw new InvalidArgumentError(
          `--metric must be cosine, euclidean, dot or manhattan, got "${f.metric}"`,
        );
      }
      await run((client) =>
        client.propose({ type: "createCollection", spec: collectionSpecOf(name, metric, f) }),
      )();
    });
}

interface CreateCollectionFlags {
  dimensions: number;
  metric: string;
  shards: number;
  replication: number;
  m: number;
  efConstruction: number;
  efSearch: number;
  maxElements: number;
  quantization: string;
  pqSubspaces?: number;
  pqK?: number;
  onDiskPayload: boolean;
}

/** The spec `ctl collections create` proposes (zeros: the cluster's defaults). */
function collectionSpecOf(
  name: string,
  metric: DistanceMetric,
  f: CreateCollectionFlags,
): CollectionSpec {
  return {
    name,
    dimensions: f.dimensions,
    metric,
    hnsw: {
      m: f.m,
      efConstruction: f.efConstruction,
      efSearch: f.efSearch,
      maxElements: f.maxElements,
    },
    quantization: parseQuantization(f),
    onDiskPayload: f.onDiskPayload,
    shardCount: f.shards,
    replicationFactor: f.replication,
  };
}

/** `ctl aliases create|switch|delete|list`. */
function addAliasCommands(ctl: Command, run: RunMetadata): void {
  const aliases = ctl.command("aliases").description("collection aliases");
  aliases
    .command("create <alias> <collection>")
    .action(async (alias: string, collection: string) => {
      await run((client) => client.propose({ type: "createAlias", alias, collection }))();
    });
  aliases
    .command("switch <alias> <collection>")
    .action(async (alias: string, collection: string) => {
      await run((client) => client.propose({ type: "switchAlias", alias, collection }))();
    });
  aliases.command("delete <alias>").action(async (alias: string) => {
    await run((client) => client.propose({ type: "deleteAlias", alias }))();
  });
  aliases.command("list").action(run((client) => answer(client, { type: "listAliases" })));
}

/** `ctl shards list|migrate|complete|abort|promote-primary|set-status`. */
function addShardCommands(ctl: Command, run: RunMetadata): void {
  const shards = ctl.command("shards").description("shards and their placement");
  shards
    .command("list")
    .description("list shards: of a collection (--collection) or on a node (--node)")
    .option("--collection <name>", "shards of this collection")
    .option("--node <id>", "shards with a replica on this node", integer("--node", 1))
    .action(async (flags: { collection?: string; node?: number }) => {
      if ((flags.collection === undefined) === (flags.node === undefined)) {
        throw new InvalidArgumentError("give exactly one of --collection or --node");
      }
      const query: MetadataQuery =
        flags.collection !== undefined
          ? { type: "shardsOfCollection", collection: flags.collection }
          : { type: "shardsOnNode", nodeId: flags.node as number };
      await run((metadata) => answer(metadata, query))();
    });
  const shardId = integer("<shard>");
  shards
    .command("migrate <collection> <shard>")
    .description("start moving a shard's replica from one node to another (status migrating)")
    .requiredOption("--from <id>", "the node giving the replica up", integer("--from", 1))
    .requiredOption("--to <id>", "the node receiving it", integer("--to", 1))
    .option("--keys <n>", "the vectors to copy, for progress (0 = unknown)", integer("--keys"), 0)
    .action(
      async (collection: string, shard: string, f: { from: number; to: number; keys: number }) => {
        await run((metadata) =>
          metadata.startMigration(collection, shardId(shard), f.from, f.to, f.keys),
        )();
      },
    );
  shards
    .command("complete <collection> <shard>")
    .description("finish a migration: the target replaces the source")
    .action(async (collection: string, shard: string) => {
      await run((metadata) => metadata.completeMigration(collection, shardId(shard)))();
    });
  shards
    .command("abort <collection> <shard>")
    .description("abandon a migration: the source keeps its replica")
    .action(async (collection: string, shard: string) => {
      await run((metadata) => metadata.abortMigration(collection, shardId(shard)))();
    });
  shards
    .command("promote-primary <collection> <shard> <node>")
    .description("make a replica of the shard its primary (no data moves)")
    .action(async (collection: string, shard: string, node: string) => {
      await run((metadata) =>
        metadata.promotePrimary(collection, shardId(shard), integer("<node>", 1)(node)),
      )();
    });
  shards
    .command("set-status <collection> <shard> <status>")
    .description(`set a shard's status: ${SHARD_STATUSES.join(" | ")}`)
    .action(async (collection: string, shard: string, status: string) => {
      if (!(SHARD_STATUSES as readonly string[]).includes(status)) {
        throw new InvalidArgumentError(
          `<status> must be ${SHARD_STATUSES.join(", ")}, got "${status}"`,
        );
      }
      await run((metadata) =>
        metadata.setShardStatus(collection, shardId(shard), status as ShardStatus),
      )();
    });
}

/** `ctl rebalance`. */
function addRebalanceCommand(ctl: Command, run: RunMetadata): void {
  ctl
    .command("rebalance")
    .description("place the shards again: of --collection, or of every collection")
    .option("--collection <name>", "only this collection")
    .action(async (flags: { collection?: string }) => {
      await run((metadata) => metadata.rebalance(flags.collection ?? ""))();
    });
}

/** `ctl nodes list|labels|capacity|role|address|drain|undrain`. */
function addNodeCommands(ctl: Command, run: RunMetadata): void {
  const nodes = ctl.command("nodes").description("nodes as the metadata sees them");
  const nodeId = integer("<id>", 1);
  nodes.command("list").action(run((metadata) => answer(metadata, { type: "listNodes" })));
  nodes
    .command("labels <id> [labels...]")
    .description("replace a node's labels with key=value pairs (none: remove them all)")
    .action(async (id: string, pairs: string[]) => {
      const labels = parseLabels(pairs, "<labels>");
      await run((metadata) => metadata.setNodeLabels(nodeId(id), labels))();
    });
  nodes
    .command("capacity <id> <bytes>")
    .description("record a node's storage capacity in bytes")
    .action(async (id: string, bytes: string) => {
      await run((metadata) => metadata.setNodeCapacity(nodeId(id), integer("<bytes>")(bytes)))();
    });
  nodes
    .command("role <id> <role>")
    .description("record a node's role: voter | learner (the Raft role changes with promote)")
    .action(async (id: string, role: string) => {
      if (!(NODE_ROLES as readonly string[]).includes(role)) {
        throw new InvalidArgumentError(`<role> must be voter or learner, got "${role}"`);
      }
      await run((metadata) => metadata.setNodeRole(nodeId(id), role as NodeRole))();
    });
  nodes
    .command("address <id> <address>")
    .description("record a node's data-plane address (host:port)")
    .action(async (id: string, address: string) => {
      await run((metadata) => metadata.setNodeAddress(nodeId(id), address))();
    });
  nodes
    .command("drain <id>")
    .description("give the node no new replicas and move the ones it holds to other nodes")
    .action(async (id: string) => {
      await run((metadata) => metadata.drainNode(nodeId(id), true))();
    });
  nodes
    .command("undrain <id>")
    .description("end a drain: the node takes replicas again")
    .action(async (id: string) => {
      await run((metadata) => metadata.drainNode(nodeId(id), false))();
    });
}

/** `ctl settings get|set`. */
function addSettingsCommands(ctl: Command, run: RunMetadata): void {
  const settings = ctl.command("settings").description("cluster settings");
  settings.command("get").action(run((metadata) => answer(metadata, { type: "getSettings" })));
  settings
    .command("set")
    .description("change the settings (unset flags keep their current values)")
    .option("--replication <r>", "default replication factor", integer("--replication", 1))
    .option("--shards <n>", "default shard count", integer("--shards", 1))
    .option(
      "--heartbeat-interval-ms <ms>",
      "data-plane heartbeat interval",
      integer("--heartbeat-interval-ms", 1),
    )
    .option(
      "--node-timeout-ms <ms>",
      "a node unheard for this long is offline",
      integer("--node-timeout-ms", 1),
    )
    .option(
      "--spread-label <key>",
      'spread each shard\'s replicas over the values of this node label (e.g. zone); "" = none',
    )
    .option(
      "--concurrent-migrations-max <n>",
      "at most this many shards move at once for balance; 0 = no limit",
      integer("--concurrent-migrations-max", 0),
    )
    .action(
      async (flags: {
        replication?: number;
        shards?: number;
        heartbeatIntervalMs?: number;
        nodeTimeoutMs?: number;
        spreadLabel?: string;
        concurrentMigrationsMax?: number;
      }) => {
        if (Object.values(flags).every((value) => value === undefined)) {
          throw new InvalidArgumentError(
            "settings set needs at least one setting to change (see --help)",
          );
        }
        await run((metadata) =>
          metadata.setSettings({
            ...(flags.replication === undefined ? {} : { replicationFactor: flags.replication }),
            ...(flags.shards === undefined ? {} : { shardCount: flags.shards }),
            ...(flags.heartbeatIntervalMs === undefined
              ? {}
              : { heartbeatIntervalMs: flags.heartbeatIntervalMs }),
            ...(flags.nodeTimeoutMs === undefined ? {} : { nodeTimeoutMs: flags.nodeTimeoutMs }),
            ...(flags.spreadLabel === undefined ? {} : { spreadLabel: flags.spreadLabel }),
            ...(flags.concurrentMigrationsMax === undefined
              ? {}
              : { concurrentMigrationsMax: flags.concurrentMigrationsMax }),
          }),
        )();
      },
    );
}

/** `key=value` pairs as labels; `what` names the argument in errors. */
export function parseLabels(pairs: readonly string[], what: string): Labels {
  const labels: Record<string, string> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf("=");
    if (equals <= 0) throw new InvalidArgumentError(`${what}: expected key=value, got "${pair}"`);
    const key = pair.slice(0, equals);
    if (Object.hasOwn(labels, key))
      throw new InvalidArgumentError(`${what}: label "${key}" given twice`);
    labels[key] = pair.slice(equals + 1);
  }
  return labels;
}

/**
 * Follows the metadata events from `from` (MetadataClient.watch): resumable (each line carries
 * its index; run again with --from the last one), and a snapshot line first when the events
 * were compacted away. Stops on SIGINT, or with --once when it has caught up.
 */
export async function watchEvents(
  metadata: MetadataClient,
  flags: { from: number; once: boolean; interval: number },
): Promise<number> {
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once("SIGINT", stop);
  try {
    for await (const item of metadata.watch({
      fromIndex: flags.from,
      intervalMs: flags.interval,
      signal: abort.signal,
      stopWhenCaughtUp: flags.once,
    })) {
      if (item.kind === "snapshot") {
        const { view } = item;
        process.stdout.write(
          `${JSON.stringify({ snapshot: { index: item.index, nodes: view.nodes.size, collections: view.collections.size, aliases: view.aliases.size } })}\n`,
        );
      } else {
        process.stdout.write(`${JSON.stringify({ index: item.index, event: item.event })}\n`);
      }
    }
    return 0;
  } finally {
    process.off("SIGINT", stop);
  }
}
