import { z } from 'zod';

/** Section `match` of the campaign config: blocking rules, comparisons, thresholds. Owned by src/match. */
export const matchConfigSchema = z.object({}).passthrough().default({});
