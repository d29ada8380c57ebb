/**
 * A progress bar on standard error for long imports, only on a terminal: never in CI (the
 * `CI` variable is set) or when standard error is piped or redirected.
 */
import cliProgress from 'cli-progress';

/** Imports of fewer records finish too fast for a bar to help. */
const MIN_RECORDS = 5000;

export type ProgressCallback = (done: number, total: number) => void;

export function progressBar(label: string): { update: ProgressCallback; stop(): void } {
  const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
  if (ci || process.stderr.isTTY !== true) return { update: () => undefined, stop: () => undefined };

  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (total < MIN_RECORDS) return;
      if (bar === undefined) {
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: `${label} [{bar}] {value}/{total} records`, clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
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
