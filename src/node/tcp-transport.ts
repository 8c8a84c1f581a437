/**
 * Runs a RaftNode over the TCP transport (src/transport): adapts TcpTransport to the node's
 * transport port (snapshot files stream both ways) and answers the client protocol on the same
 * port.
 */
import path from "node:path";
import type { Logger } from "pino";
import { TcpTransport } from "../transport/index.js";
import { answerClientRequest, type VectorRequestHandler } from "./client-service.js";
import { type RaftNodeConfig, type RaftNodeOptions, resolveNodeConfig } from "./config.js";
import { RaftNode } from "./raft-node.js";
import type { StateMachine, StateMachineCodec } from "./state-machine.js";
import type { TransportFactory } from "./transport-port.js";

/**
 * A TransportFactory for RaftNode. `getNode` is called for client requests (the node exists
 * by then); peers start from the configuration and follow membership changes.
 */
export function tcpTransportFactory(
  config: RaftNodeConfig,
  logger: Logger,
  getNode: () => RaftNode<unknown, unknown, unknown>,
  vectors?: () => VectorRequestHandler | undefined,
): TransportFactory {
  return (handlers, identity) => {
    const peers = new Map(
      config.peers
        .filter((peer) => peer.id !== config.nodeId)
        .map((peer) => [peer.id, peer.address] as const),
    );
    const transport = new TcpTransport(
      {
        nodeId: config.nodeId,
        incarnation: identity.incarnation,
        generation: identity.generation,
        clusterId: config.clusterId,
        listenHost: config.listenHost,
        listenPort: config.listenPort,
        peers,
        ...(config.sharedSecret === undefined ? {} : { sharedSecret: config.sharedSecret }),
        ...(config.clientSecret === undefined ? {} : { clientSecret: config.clientSecret }),
        ...(config.tls === undefined ? {} : { tls: config.tls }),
        snapshotDirectory: path.join(config.dataDirectory, "incoming-snapshots"),
        logger,
      },
      {
        onRaftMessage: (message, fromIncarnation) =>
          handlers.onRaftMessage(message, fromIncarnation),
        onSnapshot: (message, dataFile, fromIncarnation, streamMs) =>
          handlers.onSnapshot(message, dataFile, fromIncarnation, streamMs),
        onPeerUnreachable: (peerId) => handlers.onPeerUnreachable(peerId),
        onSnapshotStatus: (peerId, ok) => handlers.onSnapshotStatus(peerId, ok),
        onNewerGeneration: (peerId, generation) => handlers.onNewerGeneration(peerId, generation),
        onPeerIdentified: (peerId, incarnation) => handlers.onPeerIdentified(peerId, incarnation),
        onClientRequest: (request, reply, rights) => {
          answerClientRequest(
            getNode(),
            request,
            (response) => {
              try {
                reply(response);
              } catch (error) {
                // Never into the node's apply loop, which settles proposals synchronously.
                logger.error({ error: (error as Error).message }, "answering a client failed");
              }
            },
            rights,
            vectors?.(),
          );
        },
      },
    );
    return transport;
  };
}

export interface TcpRaftNodeExtras<Command, Response> {
  /** RaftNode's propose-time check (see its extras). */
  admit?: (command: Command) => Response | undefined;
  /** The data plane's vector requests, once it runs (undefined: answered with EINVALID). */
  vectors?: () => VectorRequestHandler | undefined;
}

/**
 * A RaftNode on the TCP transport, answering the client protocol on its listener.
 * `options` as for RaftNode; `logger` receives the node's and the transport's JSON lines.
 */
export function createTcpRaftNode<Command, Response, Query>(
  options: RaftNodeOptions,
  stateMachine: StateMachine<Command, Response, Query>,
  codec: StateMachineCodec<Command, Response, Query>,
  logger: Logger,
  extras: TcpRaftNodeExtras<Command, Response> = {},
): RaftNode<Command, Response, Query> {
  const config = resolveNodeConfig(options);
  let node: RaftNode<Command, Response, Query> | undefined;
  node = new RaftNode(options, stateMachine, codec, {
    logger,
    ...(extras.admit === undefined ? {} : { admit: extras.admit }),
    transport: tcpTransportFactory(
      config,
      logger,
      () => node as unknown as RaftNode<unknown, unknown, unknown>,
      extras.vectors,
    ),
  });
  return node;
}
