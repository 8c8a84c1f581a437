/**
 * Client connections by address: opened on first use, shared by the requests to that address,
 * dropped (and closed) when one fails so that the next request dials again. Used by RaftClient
 * and by the data path's requests between nodes.
 */
import { ClientConnection, type ClientConnectOptions } from "./client.js";

export class ClientConnectionPool {
  private readonly connections = new Map<string, Promise<ClientConnection>>();
  /**
   * The connections of `connections` that have opened, by address: `open` hands one out
   * without a promise turn. Invariant: an entry here is the resolution of the same address's
   * entry in `connections`.
   */
  private readonly opened = new Map<string, ClientConnection>();

  constructor(private readonly optionsFor: (address: string) => ClientConnectOptions) {}

  get(address: string): Promise<ClientConnection> {
    let connection = this.connections.get(address);
    if (connection === undefined) {
      const connecting = ClientConnection.connect(this.optionsFor(address));
      // Either way only while it is still the pool's connection to `address` (not forgotten
      // and replaced meanwhile).
      connecting.then(
        (open) => {
          if (this.connections.get(address) === connecting) this.opened.set(address, open);
        },
        () => {
          if (this.connections.get(address) === connecting) this.forget(address);
        },
      );
      this.connections.set(address, connecting);
      connection = connecting;
    }
    return connection;
  }

  /** The open connection to `address`, if there is one (get() connects). */
  open(address: string): ClientConnection | undefined {
    return this.opened.get(address);
  }

  /** Drops the connection to `address` (closing it once open). */
  forget(address: string): void {
    const connection = this.connections.get(address);
    this.connections.delete(address);
    this.opened.delete(address);
    connection?.then(
      (open) => open.close(),
      () => undefined,
    );
  }

  closeAll(): void {
    for (const address of [...this.connections.keys()]) this.forget(address);
  }
}
