/** The metadata queries, answered from the view (MetadataProjector.query). */
import type { MetadataQuery, MetadataResponse, Shard } from "./model.js";
import type { Rejection } from "./rules.js";
import * as rules from "./rules.js";
import { compareStrings, type MetadataView } from "./view.js";

export function answerQuery(view: MetadataView, query: MetadataQuery): MetadataResponse {
  const index = view.appliedIndex;
  switch (query.type) {
    case "listCollections": {
      const names = [...view.collections.keys()].sort(compareStrings);
      const collections = names.map((name) => view.collections.get(name)!);
      return { ok: true, index, result: { type: "collections", collections } };
    }
    case "getCollection": {
      const collection = view.collections.get(query.name);
      if (collection === undefined) return rejected(rules.checkCollectionKnown(view, query.name)!);
      return { ok: true, index, result: { type: "collection", collection } };
    }
    case "resolveAlias": {
      const collection = view.aliases.get(query.alias);
      if (collection === undefined) return rejected(rules.checkAliasKnown(view, query.alias)!);
      return {
        ok: true,
        index,
        result: { type: "alias", alias: { name: query.alias, collection } },
      };
    }
    case "listAliases": {
      const aliases = [...view.aliases]
        .map(([name, collection]) => ({ name, collection }))
        .sort((a, b) => compareStrings(a.name, b.name));
      return { ok: true, index, result: { type: "aliases", aliases } };
    }
    case "shardsOfCollection": {
      const shards = view.shards.get(query.collection);
      if (shards === undefined) {
        return rejected(rules.checkCollectionKnown(view, query.collection)!);
      }
      return { ok: true, index, result: { type: "shards", shards: [...shards] } };
    }
    case "shardsOnNode":
      return {
        ok: true,
        index,
        result: { type: "shards", shards: shardsOnNode(view, query.nodeId) },
      };
    case "listNodes": {
      const nodes = [...view.nodes.values()].sort((a, b) => a.id - b.id);
      return { ok: true, index, result: { type: "nodes", nodes } };
    }
    case "getSettings":
      return { ok: true, index, result: { type: "settings", settings: { ...view.settings } } };
    default:
      return {
        ok: false,
        rule: "query.unknown",
        reason: `unknown query type ${JSON.stringify((query as { type: unknown }).type)}`,
      };
  }
}

function shardsOnNode(view: MetadataView, nodeId: number): Shard[] {
  const result: Shard[] = [];
  for (const name of [...view.shards.keys()].sort(compareStrings)) {
    for (const shard of view.shards.get(name)!) {
      if (shard.primaryNodeId === nodeId || shard.replicaNodeIds.includes(nodeId)) {
        result.push(shard);
      }
    }
  }
  return result;
}

export function rejected(rejection: Rejection): MetadataResponse {
  return { ok: false, rule: rejection.rule, reason: rejection.reason };
}
