/**
 * The machine line every benchmark section starts with. It lives apart from run.ts because a
 * suite that imported run.ts would wait on run.ts's own top-level await and never load.
 */
import os from 'node:os';

/** One line naming the machine, for every section. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  const date = new Date().toISOString().slice(0, 10);
  return `Measured on ${date}: ${cpu}, ${os.cpus().length} cores, ${memory} GiB RAM, Node.js ${process.version}, ${os.platform()} ${os.release()}.`;
}
