import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { UserError } from '../errors.js';
import { campaignConfigSchema, defaultConfig, type CampaignConfig } from './campaign.js';

/**
 * Reads and validates a campaign config file (YAML). A bad file gives one line naming the file,
 * the key and what was expected.
 *
 * @example
 * const config = loadConfig('data-samples/campaign.yaml');
 * config.phases.map((p) => p.name); // ['pilot', 'province']
 */
export function loadConfig(path?: string): CampaignConfig {
  if (!path) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`${path}: cannot read the config file`);
  }
  return parseConfig(text, path);
}

/** Validates config text (YAML); `source` names it in error messages. */
export function parseConfig(text: string, source = 'config'): CampaignConfig {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    throw new UserError(`${source}${line ? `:${line}` : ''}: not valid YAML (${e.message.split('\n')[0]})`);
  }
  const value = doc.toJS() ?? {};
  const result = campaignConfigSchema.safeParse(value);
  if (!result.success) throw new UserError(`${source}: ${describeIssue(result.error)}`);
  return result.data;
}

function describeIssue(error: ZodError): string {
  const issue = error.issues[0];
  const key = issue.path.length ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const where = issue.path.length ? `${issue.path.join('.')}.` : '';
    return `unknown key ${keys.map((k) => `'${where}${k}'`).join(', ')}`;
  }
  return `key '${key}': ${issue.message}`;
}
