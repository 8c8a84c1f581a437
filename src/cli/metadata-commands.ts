/**
 * `ruvraft ctl` commands for the Ruvector metadata (the cluster's default state machine):
 * collections, aliases, shards, nodes, settings, watch. Each change is a metadata event proposed
 * through the leader with the proposer's clock in `atMs`; a rejected event prints the rule it
 * broke (`rejected <rule>: <reason>`) and exits 1.
 */
import type { Command } from "commander";
import type { RaftClient } from "../client/raft-client.js";
import {
  DEFAULT_HNSW,
  type DistanceMetric,
  decodeSnapshot,
  type MetadataEvent,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
  type Quantization,
} from "../metadata/index.js";
import { type CtlOptions, withClient } from "./ctl-command.js";

const METRICS: Record<string, DistanceMetric> = {
  cosine: "cosine",
  euclidean: "euclidean",
  dot: "dotProduct",
  manhattan: "manhattan",
};

type EventBody = MetadataEvent extends infer E
  ? E extends MetadataEvent
    ? Omit<E, "atMs">
    : never
  : never;

export async function proposeEvent(client: RaftClient, body: EventBody): Promise<MetadataResponse> {
  const event = { ...body, atMs: Date.now() } as MetadataEvent;
  return metadataCodec.decodeResponse(await client.propose(metadataCodec.encodeCommand(event)));
}

export async function queryMetadata(
  client: RaftClient,
  query: MetadataQuery,
  consistency: "linearizable" | "lease" | "stale" = "linearizable",
): Promise<MetadataResponse> {
  return metadataCodec.decodeResponse(
    await client.read(metadataCodec.encodeQuery(query), consistency),
  );
}

/** Prints a response; returns the exit code (1 when the cluster rejected it). */
export function printResponse(response: MetadataResponse): number {
  if (!response.ok) {
    process.stderr.write(`rejected ${response.rule}: ${response.reason}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(response.result ?? { applied: response.index })}\n`);
  return 0;
}

function integer(name: string, minimum = 0) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < minimum) {
      throw new Error(`${name} must be an integer >= ${minimum}, got "${value}"`);
    }
    return parsed;
  };
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
      throw new Error(
        `--quantization must be none, scalar, product or binary, got "${options.quantization}"`,
      );
  }
}

/** Adds the metadata commands to `ctl`; `options()` reads ctl's --endpoints and friends. */
export function addMetadataCommands(ctl: Command, options: () => CtlOptions): void {
  const run = (action: (client: RaftClient) => Promise<MetadataResponse>) => async () => {
    process.exitCode = await withClient(options(), async (client) =>
      printResponse(await action(client)),
    );
  };
  const collections = ctl.command("collections").description("Ruvector collections");
  collections
    .command("create <name>")
    .description("create a collection; its shards are placed on the nodes at once")
    .requiredOption("--dimensions <d>", "vector dimensions (1-100000)", integer("--dimensions", 1))
    .requiredOption("--metric <metric>", "cosine | euclidean | dot | manhattan")
    .option("--shards <n>", "shard count (default: the cluster setting)", integer("--shards"), 0)
    .option(
      "--replication <r>",
      "replication factor (default: the cluster setting)",
      integer("--replication"),
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
      const f = flags as unknown as {
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
      };
      const metric = METRICS[f.metric];
      if (metric === undefined) {
        throw new Error(`--metric must be cosine, euclidean, dot or manhattan, got "${f.metric}"`);
      }
      await run((client) =>
        proposeEvent(client, {
          type: "createCollection",
          spec: {
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
          },
        }),
      )();
    });
  collections
    .command("list")
    .description("every collection")
    .action(run((client) => queryMetadata(client, { type: "listCollections" })));
  collections
    .command("get <name>")
    .description("one collection")
    .action(async (name: string) => {
      await run((client) => queryMetadata(client, { type: "getCollection", name }))();
    });
  collections
    .command("drop <name>")
    .description("drop a collection and its shards")
    .action(async (name: string) => {
      await run((client) => proposeEvent(client, { type: "dropCollection", name }))();
    });
  collections
    .command("update <name>")
    .description("change ef_search and/or the replication factor (0 = unchanged)")
    .option("--ef-search <n>", "HNSW ef_search", integer("--ef-search"), 0)
    .option("--replication <r>", "replication factor", integer("--replication"), 0)
    .action(async (name: string, flags: { efSearch: number; replication: number }) => {
      await run((client) =>
        proposeEvent(client, {
          type: "updateCollection",
          name,
          efSearch: flags.efSearch,
          replicationFactor: flags.replication,
        }),
      )();
    });

  const aliases = ctl.command("aliases").description("collection aliases");
  aliases
    .command("create <alias> <collection>")
    .action(async (alias: string, collection: string) => {
      await run((client) => proposeEvent(client, { type: "createAlias", alias, collection }))();
    });
  aliases
    .command("switch <alias> <collection>")
    .action(async (alias: string, collection: string) => {
      await run((client) => proposeEvent(client, { type: "switchAlias", alias, collection }))();
    });
  aliases.command("delete <alias>").action(async (alias: string) => {
    await run((client) => proposeEvent(client, { type: "deleteAlias", alias }))();
  });
  aliases.command("list").action(run((client) => queryMetadata(client, { type: "listAliases" })));

  ctl
    .command("shards")
    .description("list shards: of a collection (--collection) or on a node (--node)")
    .command("list")
    .option("--collection <name>", "shards of this collection")
    .option("--node <id>", "shards with a replica on this node", integer("--node", 1))
    .action(async (flags: { collection?: string; node?: number }) => {
      if ((flags.collection === undefined) === (flags.node === undefined)) {
        throw new Error("give exactly one of --collection or --node");
      }
      const query: MetadataQuery =
        flags.collection !== undefined
          ? { type: "shardsOfCollection", collection: flags.collection }
          : { type: "shardsOnNode", nodeId: flags.node as number };
      await run((client) => queryMetadata(client, query))();
    });
  ctl
    .command("nodes")
    .description("nodes as the metadata sees them")
    .command("list")
    .action(run((client) => queryMetadata(client, { type: "listNodes" })));
  const settings = ctl.command("settings").description("cluster settings");
  settings.command("get").action(run((client) => queryMetadata(client, { type: "getSettings" })));
  settings
    .command("set")
    .description("replace the settings (unset flags keep their current values)")
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
    .action(
      async (flags: {
        replication?: number;
        shards?: number;
        heartbeatIntervalMs?: number;
        nodeTimeoutMs?: number;
      }) => {
        await run(async (client) => {
          const current = await queryMetadata(client, { type: "getSettings" });
          if (!current.ok || current.result?.type !== "settings") return current;
          const now = current.result.settings;
          return proposeEvent(client, {
            type: "setClusterSettings",
            settings: {
              replicationFactor: flags.replication ?? now.replicationFactor,
              shardCount: flags.shards ?? now.shardCount,
              heartbeatIntervalMs: flags.heartbeatIntervalMs ?? now.heartbeatIntervalMs,
              nodeTimeoutMs: flags.nodeTimeoutMs ?? now.nodeTimeoutMs,
            },
          });
        })();
      },
    );

  ctl
    .command("watch")
    .description(
      "print applied metadata events as JSON lines from --from on (a snapshot line first if they were compacted); Ctrl-C stops",
    )
    .option("--from <index>", "start after this log index", integer("--from"), 0)
    .option("--once", "print what is there and exit instead of following", false)
    .option("--interval <ms>", "how often to ask for new events", integer("--interval", 10), 250)
    .action(async (flags: { from: number; once: boolean; interval: number }) => {
      process.exitCode = await withClient(options(), (client) => watchEvents(client, flags));
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

/**
 * Follows the metadata events from `from`: resumable (each line carries its index; run again
 * with --from the last one), and a snapshot line first when the events were compacted away.
 */
export async function watchEvents(
  client: RaftClient,
  flags: { from: number; once: boolean; interval: number },
): Promise<number> {
  let from = flags.from;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once("SIGINT", stop);
  try {
    // Bounded by SIGINT (or --once): every pass asks once and waits an interval.
    while (!stopped) {
      const response = await queryMetadata(client, {
        type: "watch",
        fromIndex: from,
        eventsMax: 1000,
      });
      if (!response.ok) return printResponse(response);
      const result = response.result;
      if (result?.type === "events") {
        if (result.snapshot !== undefined) {
          const view = decodeSnapshot(result.snapshot);
          process.stdout.write(
            `${JSON.stringify({ snapshot: { index: response.index, nodes: view.nodes.size, collections: view.collections.size, aliases: view.aliases.size } })}\n`,
          );
        }
        for (const { index, event } of result.events) {
          process.stdout.write(`${JSON.stringify({ index, event })}\n`);
        }
      }
      from = Math.max(from, response.index);
      if (flags.once) break;
      await new Promise((resolve) => setTimeout(resolve, flags.interval));
    }
    return 0;
  } finally {
    process.off("SIGINT", stop);
  }
}
