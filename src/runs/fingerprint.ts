import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** JSON with object keys sorted, so equal configs hash equally whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 of the validated config (defaults filled in, key order ignored).
 *
 * @example
 * configHash(loadConfig('data-samples/campaign.yaml')); // '3f9a...'
 */
export function configHash(config: unknown): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex');
}

let cachedVersion: string | undefined;

/**
 * The code version recorded with each run: `git describe` of the checkout when available, else the
 * package version.
 *
 * @example
 * codeVersion(); // 'v0.1.0-42-g1a2b3c4' or '0.1.0'
 */
export function codeVersion(): string {
  if (cachedVersion) return cachedVersion;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  try {
    cachedVersion = execFileSync('git', ['describe', '--always', '--tags', '--dirty'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
      .toString()
      .trim();
  } catch {
    cachedVersion = undefined;
  }
  if (!cachedVersion) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    cachedVersion = pkg.version;
  }
  return cachedVersion;
}
