import cliProgress from 'cli-progress';
import type { ProgressFn } from '../progress.js';

/**
 * A ProgressFn that draws one bar per task on standard error, only on a terminal (CI logs and pipes
 * stay clean), and only once a task has taken more than a second.
 *
 * @example
 * const progress = progressBars();
 * await ingest(c, { registry, onProgress: progress.fn });
 * progress.stop();
 */
export function progressBars(): { fn: ProgressFn; stop(): void } {
  if (!process.stderr.isTTY || process.env.CI) return { fn: () => {}, stop() {} };
  const multi = new cliProgress.MultiBar(
    { format: ' {task} |{bar}| {percentage}% {value}/{total} {unit}', hideCursor: true, clearOnComplete: false, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  const started = new Map<string, number>();
  return {
    fn(e) {
      if (!started.has(e.task)) started.set(e.task, Date.now());
      let bar = bars.get(e.task);
      if (!bar) {
        if (Date.now() - (started.get(e.task) ?? 0) < 1000 && e.done < e.total) return;
        bar = multi.create(e.total, e.done, { task: e.task.padEnd(18), unit: e.unit ?? '' });
        bars.set(e.task, bar);
      }
      bar.setTotal(e.total);
      bar.update(e.done);
    },
    stop() {
      multi.stop();
    },
  };
}
