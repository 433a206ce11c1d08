import type { DuckDBConnection } from '@duckdb/node-api';
import type { CampaignConfig } from '../config/campaign.js';
import type { Phase } from '../config/schema.js';
import { queryRows } from '../db/query.js';
import type { RunInfo } from '../report/index.js';
import { codeVersion, configHash } from './fingerprint.js';
import { makeRunId } from './run-id.js';

/**
 * Describes a run of a phase on the loaded inputs: its id (from the start time, the phase, the config
 * hash and the input checksums in ingest_files) and what the report prints about it.
 *
 * @example
 * const run = await describeRun(c, config, phase, new Date(), {});
 * run.id; // '20260125-103000-pilot-1a2b3c'
 */
export async function describeRun(c: DuckDBConnection, config: CampaignConfig, phase: Phase, startedAt: Date, timings: Record<string, number>): Promise<RunInfo> {
  const hash = configHash(config);
  const checksums = await queryRows<{ sha256: string }>(c, 'select sha256 from ingest_files order by source_file');
  return {
    id: makeRunId(startedAt, phase.name, [hash, ...checksums.map((r) => r.sha256)].join('\n')),
    campaign: config.campaign,
    phase: phase.name,
    phaseLabel: phase.label,
    phaseFrom: phase.from,
    phaseTo: phase.to,
    scope: phase.scope,
    startedAt,
    configHash: hash,
    codeVersion: codeVersion(),
    timings,
  };
}
