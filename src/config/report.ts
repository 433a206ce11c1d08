import { z } from 'zod';

/** Section `report` of the campaign config: language and outputs. Owned by src/report. */
export const reportConfigSchema = z.object({ language: z.enum(['vi', 'en']).default('vi') }).passthrough().default({ language: 'vi' });
