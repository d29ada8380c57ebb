/**
 * Times commands for the benchmark suites: wall-clock time, and, where GNU time is installed
 * at /usr/bin/time, CPU time (user + system) and peak memory. CPU time is the steadier figure
 * on a shared machine, where other processes stretch wall-clock time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Sample {
  wallSeconds: number;
  cpuSeconds?: number;
  maxRssMegabytes?: number;
}

export interface Measurement {
  label: string;
  /** The median of each figure over the runs. */
  median: Sample;
  runs: number;
}

const GNU_TIME = '/usr/bin/time';

export function hasGnuTime(): boolean {
  return fs.existsSync(GNU_TIME);
}

/** Runs a command once and returns its figures; throws when it exits with a status not in `okStatuses`. */
export function runTimed(command: string, args: string[], options: { cwd: string; okStatuses?: number[]; timesFile: string }): Sample {
  const okStatuses = options.okStatuses ?? [0];
  const useGnuTime = hasGnuTime();
  const started = process.hrtime.bigint();
  const result = useGnuTime
    ? spawnSync(GNU_TIME, ['-o', options.timesFile, '-f', '%U %S %M', command, ...args], { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  if (result.status === null || !okStatuses.includes(result.status)) {
    const stderr = result.stderr?.toString().slice(-2000) ?? '';
    throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${result.status ?? result.signal}: ${stderr}`);
  }
  if (!useGnuTime) return { wallSeconds };

  const [user, system, rss] = fs.readFileSync(options.timesFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallSeconds, cpuSeconds: (user ?? 0) + (system ?? 0), maxRssMegabytes: (rss ?? 0) / 1024 };
}

/** Runs each command `runs` times, interleaved so that a burst of load hits them alike. */
export function measureCommands(commands: { label: string; run: () => Sample }[], runs: number): Measurement[] {
  const samples = commands.map(() => [] as Sample[]);
  for (let run = 0; run < runs; run++) {
    commands.forEach((command, index) => samples[index]!.push(command.run()));
  }
  return commands.map((command, index) => ({ label: command.label, median: medianSample(samples[index]!), runs }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medianSample(samples: Sample[]): Sample {
  const cpu = samples.map((sample) => sample.cpuSeconds).filter((value): value is number => value !== undefined);
  const rss = samples.map((sample) => sample.maxRssMegabytes).filter((value): value is number => value !== undefined);
  return {
    wallSeconds: median(samples.map((sample) => sample.wallSeconds)),
    ...(cpu.length === 0 ? {} : { cpuSeconds: median(cpu) }),
    ...(rss.length === 0 ? {} : { maxRssMegabytes: median(rss) }),
  };
}

export function seconds(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(2)} s`;
}

/** One line on the load the machine carried, since it stretches wall-clock figures. */
export function loadLine(): string {
  try {
    const [one, five] = fs.readFileSync('/proc/loadavg', 'utf8').split(' ');
    return `Load average at the end of the run: ${one} (1 min), ${five} (5 min).`;
  } catch {
    return 'Load average: not available on this system.';
  }
}
