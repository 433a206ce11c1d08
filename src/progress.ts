/** A progress event: `done` of `total` units (rows, files, steps) of one named task. */
export interface ProgressEvent {
  task: string;
  done: number;
  total: number;
  unit?: string;
}

/** Stages report progress through this callback; the CLI draws bars, notebooks pass nothing. */
export type ProgressFn = (event: ProgressEvent) => void;
