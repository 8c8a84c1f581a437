/** The counters every connection of a transport adds to (read as TransportStats, types.ts). */

/** Counters shared by all connections of a transport (see TransportStats). */
export interface MutableStats {
  framesSent: number;
  framesReceived: number;
  bytesSent: number;
  bytesReceived: number;
  socketWrites: number;
  droppedFrames: number;
  connectionsRefused: number;
  snapshotQueuedBytesPeak: number;
}

export function newStats(): MutableStats {
  return {
    framesSent: 0,
    framesReceived: 0,
    bytesSent: 0,
    bytesReceived: 0,
    socketWrites: 0,
    droppedFrames: 0,
    connectionsRefused: 0,
    snapshotQueuedBytesPeak: 0,
  };
}
