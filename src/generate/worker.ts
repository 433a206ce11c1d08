import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { generateInThisThread, populationHalf, registryHalf, type PopulationHalf } from './pipeline.js';

// Runs in a worker started by `generate`: progress and the summary go back as messages. Role 'all'
// generates everything; 'population' and 'registry' are the two halves of a parallel run, linked by
// `peer` (the population half sends its variants and line numbers there).
const port = parentPort!;
const { options, role, peer } = workerData as { options: Parameters<typeof generateInThisThread>[0]; role: 'all' | 'population' | 'registry'; peer?: MessagePort };
const onProgress = (event: unknown) => port.postMessage({ kind: 'progress', event });
try {
  if (role === 'population') {
    peer!.postMessage(populationHalf(options, onProgress));
    peer!.close();
    port.postMessage({ kind: 'done' });
  } else if (role === 'registry') {
    const populationDone = () => new Promise<PopulationHalf>((resolve) => peer!.once('message', resolve));
    const summary = await registryHalf(options, populationDone, onProgress);
    peer!.close();
    port.postMessage({ kind: 'done', summary });
  } else port.postMessage({ kind: 'done', summary: generateInThisThread(options, onProgress) });
} catch (err) {
  port.postMessage({ kind: 'error', user: err instanceof UserError, message: err instanceof Error ? err.message : String(err) });
}
