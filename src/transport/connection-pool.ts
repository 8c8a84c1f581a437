/**
 * Client connections by address: opened on first use, shared by the requests to that address,
 * dropped (and closed) when one fails so that the next request dials again. Used by RaftClient
 * and by the data path's requests between nodes.
 */
import { ClientConnection, type ClientConnectOptions } from "./client.js";

export class ClientConnectionPool {
  private readonly connections = new Map<string, Promise<ClientConnection>>();

  constructor(private readonly optionsFor: (address: string) => ClientConnectOptions) {}

  get(address: string): Promise<ClientConnection> {
    let connection = this.connections.get(address);
    if (connection === undefined) {
      connection = ClientConnection.connect(this.optionsFor(address));
      connection.catch(() => this.forget(address));
      this.connections.set(address, connection);
    }
    return connection;
  }

  /** Drops the connection to `address` (closing it once open). */
  forget(address: string): void {
    const connection = this.connections.get(address);
    this.connections.delete(address);
    connection?.then(
      (open) => open.close(),
      () => undefined,
    );
  }

  closeAll(): void {
    for (const address of [...this.connections.keys()]) this.forget(address);
  }
}
