/**
 * A progress bar on standard error for long imports, only on a terminal: never in CI (the
 * `CI` variable is set) or when standard error is piped or redirected.
 */
import { createRequire } from 'node:module';

import type cliProgress from 'cli-progress';

// cli-progress is loaded only when a bar is drawn, so other commands do not pay for it.
const require = createRequire(import.meta.url);

/** Imports of fewer records finish too fast for a bar to help. */
export const MIN_PROGRESS_RECORDS = 5000;

export type ProgressCallback = (done: number, total: number) => void;

/**
 * Decides whether a bar may be drawn: standard error is a terminal and `CI` is unset, empty
 * or `false`. CI services set it to `true` or `1`, and their logs are no terminal for a bar.
 */
export function progressAllowed(isTerminal: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false';
  return isTerminal === true && !ci;
}

export function progressBar(label: string): { update: ProgressCallback; stop(): void } {
  if (!progressAllowed(process.stderr.isTTY, process.env)) return { update: () => undefined, stop: () => undefined };

  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (total < MIN_PROGRESS_RECORDS) return;
      if (bar === undefined) {
        const progress = require('cli-progress') as typeof cliProgress;
        bar = new progress.SingleBar(
          { stream: process.stderr, format: `${label} [{bar}] {value}/{total} records`, clearOnComplete: true, hideCursor: true },
          progress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
