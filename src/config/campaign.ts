import { z } from 'zod';
import { inputsSchema, phaseSchema } from './schema.js';
import { ingestConfigSchema } from './ingest.js';
import { profileConfigSchema } from './profile.js';
import { matchConfigSchema } from './match.js';
import { reportConfigSchema } from './report.js';

/**
 * The whole campaign config file. Each stage owns its section's schema (src/config/<stage>.ts);
 * this file only composes them. Every section has defaults, so `{}` is a valid config.
 */
export const campaignConfigSchema = z
  .object({
    campaign: z.string().default('doichieu'),
    inputs: inputsSchema.default({ registry: [] }),
    ingest: ingestConfigSchema,
    profile: profileConfigSchema,
    match: matchConfigSchema,
    report: reportConfigSchema,
    phases: z.array(phaseSchema).default([]),
  })
  .strict();

export type CampaignConfig = z.infer<typeof campaignConfigSchema>;

/** The config used when the user gives none. */
export function defaultConfig(): CampaignConfig {
  return campaignConfigSchema.parse({});
}
