/** The built-in key-value state machine's commands over a RaftClient. */
import {
  type KvCommand,
  type KvQuery,
  type KvResponse,
  kvCodec,
} from "../node/kv-state-machine.js";
import type { RaftClient, ReadConsistency } from "./raft-client.js";

export class KvClient {
  constructor(readonly client: RaftClient) {}

  async command(command: KvCommand): Promise<KvResponse> {
    return kvCodec.decodeResponse(await this.client.propose(kvCodec.encodeCommand(command)));
  }

  put(key: string, value: string): Promise<KvResponse> {
    return this.command({ op: "put", key, value });
  }

  delete(key: string): Promise<KvResponse> {
    return this.command({ op: "delete", key });
  }

  cas(key: string, expected: string | null, value: string): Promise<KvResponse> {
    return this.command({ op: "cas", key, expected, value });
  }

  async query(query: KvQuery, consistency: ReadConsistency = "linearizable"): Promise<KvResponse> {
    return kvCodec.decodeResponse(await this.client.read(kvCodec.encodeQuery(query), consistency));
  }

  async get(key: string, consistency: ReadConsistency = "linearizable"): Promise<string | null> {
    const response = await this.query({ op: "get", key }, consistency);
    return response.ok ? (response.value ?? null) : null;
  }
}
