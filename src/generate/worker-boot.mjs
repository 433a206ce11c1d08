// Entry of the generator's worker thread: the worker starts without the TypeScript loader, so it
// registers tsx and then loads the TypeScript entry named by the parent.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
