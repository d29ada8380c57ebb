/** The machine a benchmark ran on, for every section of docs/benchmarks.md. */
import os from 'node:os';

/** Describes the machine in one line, for every section. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  const date = new Date().toISOString().slice(0, 10);
  return `Measured on ${date}: ${cpu}, ${os.cpus().length} cores, ${memory} GiB RAM, Node.js ${process.version}, ${os.platform()} ${os.release()}.`;
}
