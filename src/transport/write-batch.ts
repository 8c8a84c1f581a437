/**
 * A connection's write queue: the frames queued since its last write, in order. A hot frame is
 * one buffer (src/transport/envelope-frames.ts); any other is its header and the encoder's
 * bytes, queued as they are, so a large one (a 1 MiB snapshot chunk) is never copied into a
 * frame. `take` hands the queue over as the buffers of one socket write: neighbours below
 * BY_REFERENCE_BYTES_MIN joined into one (as a single write of small frames always was), larger
 * ones by reference (Wire.writeAll gathers them with one writev).
 */

/** A queued buffer at least this long is written by reference, not joined with its neighbours. */
export const BY_REFERENCE_BYTES_MIN = 16 * 1024;

export class WriteBatch {
  /** Invariant: bytes = the sum of their lengths; frames = the frames they make. */
  private pieces: Uint8Array[] = [];
  private bytesValue = 0;
  private framesValue = 0;
  /** Pieces of at least BY_REFERENCE_BYTES_MIN queued. */
  private largePieces = 0;

  /** Bytes queued. */
  get bytes(): number {
    return this.bytesValue;
  }

  /** Frames queued. */
  get frames(): number {
    return this.framesValue;
  }

  /** Queues a whole frame. */
  pushFrame(frame: Uint8Array): void {
    this.push(frame);
    this.framesValue += 1;
  }

  /** Queues a frame as its header and payload (neither copied). */
  pushParts(header: Uint8Array, payload: Uint8Array): void {
    this.push(header);
    this.push(payload);
    this.framesValue += 1;
  }

  private push(piece: Uint8Array): void {
    this.pieces.push(piece);
    this.bytesValue += piece.byteLength;
    if (piece.byteLength >= BY_REFERENCE_BYTES_MIN) this.largePieces += 1;
  }

  /** Forgets everything queued. */
  clear(): void {
    this.pieces = [];
    this.bytesValue = 0;
    this.framesValue = 0;
    this.largePieces = 0;
  }

  /**
   * Empties the queue into the buffers of one write, in order: runs of small pieces joined
   * (one copy), pieces from BY_REFERENCE_BYTES_MIN on as they are.
   */
  take(): Uint8Array[] {
    const pieces = this.pieces;
    const bytes = this.bytesValue;
    const allSmall = this.largePieces === 0;
    this.clear();
    if (pieces.length === 1) return pieces;
    if (allSmall) return [Buffer.concat(pieces, bytes)];
    const buffers: Uint8Array[] = [];
    let run: Uint8Array[] = [];
    let runBytes = 0;
    for (const piece of pieces) {
      if (piece.byteLength < BY_REFERENCE_BYTES_MIN) {
        run.push(piece);
        runBytes += piece.byteLength;
        continue;
      }
      if (run.length > 0) {
        buffers.push(joined(run, runBytes));
        run = [];
        runBytes = 0;
      }
      buffers.push(piece);
    }
    if (run.length > 0) buffers.push(joined(run, runBytes));
    return buffers;
  }
}

function joined(run: Uint8Array[], bytes: number): Uint8Array {
  return run.length === 1 ? (run[0] as Uint8Array) : Buffer.concat(run, bytes);
}
