import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The sha256 of a file, hex (lineage in ingest_files; CSV inputs get it from their byte pass instead).
 *
 * @example
 * await sha256File('population.parquet') // '3f1c...'
 */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
