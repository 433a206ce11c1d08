import { z } from 'zod';

/** Section `profile` of the campaign config: validity rules and their switches. Owned by src/profile. */
export const profileConfigSchema = z.object({}).passthrough().default({});
