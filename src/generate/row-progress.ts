import type { ProgressFn } from '../progress.js';

/** Progress of one generation step, in rows: what the render steps report. */
export type RowProgress = (task: string, done: number, total: number) => void;

/**
 * A step's progress reporter feeding the caller's progress callback (if any) in rows.
 *
 * @example
 * const progress = rowProgress(onProgress);
 * progress('population.csv', 1000, 1_355_948);
 */
export const rowProgress = (onProgress?: ProgressFn): RowProgress => (task, done, total) => onProgress?.({ task, done, total, unit: 'rows' });
