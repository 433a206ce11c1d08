import type { CampaignConfig } from '../config/campaign.js';
import type { Phase } from '../config/schema.js';
import { UserError } from '../errors.js';

/** The phase used when the config has none or `--phase` is not given: every registration. */
export const ALL_PHASE: Phase = { name: 'all', label: undefined, scope: {} };

/**
 * The phase a run covers: the one named, else `all` (the whole input). An unknown name, or two
 * phases with one name, is a config error naming the phases there are.
 *
 * @example
 * resolvePhase(config, 'pilot').scope.communes; // ['31825', '31942', ...]
 */
export function resolvePhase(config: CampaignConfig, name?: string): Phase {
  const names = config.phases.map((p) => p.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new UserError(`config: key 'phases': the phase name '${twice}' is used twice`);
  if (!name) return ALL_PHASE;
  const phase = config.phases.find((p) => p.name === name);
  if (phase) return phase;
  if (name === ALL_PHASE.name) return ALL_PHASE;
  throw new UserError(`--phase ${name}: no such phase in the config (phases: ${names.length ? names.join(', ') : 'none'}, or 'all')`);
}
