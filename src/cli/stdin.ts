/** `lint --stdin`: the text an editor or hook hands over, standing in for one file. */
import type { Host } from '../load/host.js';

export async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A host that returns `bytes` for `file` and reads every other file through `host`. */
export function stdinHost(host: Host, file: string, bytes: Uint8Array): Host {
  return {
    read(requested) {
      return requested === file ? { bytes } : host.read(requested);
    },
  };
}
