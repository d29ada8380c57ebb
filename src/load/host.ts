/**
 * How the core reads files: through a host the caller hands in. The CLI passes one backed by
 * the file system; tests pass one backed by a map.
 */
export type ReadResult = { bytes: Uint8Array } | { error: string };

export interface Host {
  /** Reads a file by absolute path. `error` is a short reason such as "file not found". */
  read(file: string): ReadResult;
}
