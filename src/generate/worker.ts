import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { generateInThisThread } from './pipeline.js';

// Runs in the worker started by `generate`: progress and the summary go back as messages.
const port = parentPort!;
try {
  const summary = generateInThisThread(workerData.options, (event) => port.postMessage({ kind: 'progress', event }));
  port.postMessage({ kind: 'done', summary });
} catch (err) {
  port.postMessage({ kind: 'error', user: err instanceof UserError, message: err instanceof Error ? err.message : String(err) });
}
