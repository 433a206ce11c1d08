import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { generateInThisThread, populationHalf, registryHalf, type HalfMessage, type Peer } from './pipeline.js';

// Runs in a worker started by `generate`: progress and the summary go back as messages. Role 'all'
// generates everything; 'population' and 'registry' are the two halves of a parallel run, linked by
// the `peer` port.
const port = parentPort!;
const { options, role, peer } = workerData as { options: Parameters<typeof generateInThisThread>[0]; role: 'all' | 'population' | 'registry'; peer?: MessagePort };
const onProgress = (event: unknown) => port.postMessage({ kind: 'progress', event });

/** A Peer over a message port: messages that arrive before they are awaited wait in a box. */
function portPeer(p: MessagePort): Peer {
  const arrived = new Map<string, HalfMessage>();
  const waiting = new Map<string, (m: HalfMessage) => void>();
  p.on('message', (m: HalfMessage) => {
    const w = waiting.get(m.kind);
    if (w) {
      waiting.delete(m.kind);
      w(m);
    } else arrived.set(m.kind, m);
  });
  return {
    send: (m) => p.postMessage(m),
    receive: (kind) =>
      new Promise((resolve) => {
        const m = arrived.get(kind);
        if (m) {
          arrived.delete(kind);
          resolve(m as never);
        } else waiting.set(kind, resolve as (m: HalfMessage) => void);
      }),
  };
}

try {
  if (role === 'population') {
    await populationHalf(options, portPeer(peer!), onProgress);
    peer!.close();
    port.postMessage({ kind: 'done' });
  } else if (role === 'registry') {
    const summary = await registryHalf(options, portPeer(peer!), onProgress);
    peer!.close();
    port.postMessage({ kind: 'done', summary });
  } else port.postMessage({ kind: 'done', summary: generateInThisThread(options, onProgress) });
} catch (err) {
  port.postMessage({ kind: 'error', user: err instanceof UserError, message: err instanceof Error ? err.message : String(err) });
}
