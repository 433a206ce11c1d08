import { z } from 'zod';

/** Section `ingest` of the campaign config: how input files are read. Owned by src/ingest. */
export const ingestConfigSchema = z
  .object({
    /** Force an encoding for every input instead of detecting it. */
    encoding: z.string().optional(),
    /** Column mapping: canonical column name -> header used in the user's files. */
    columns: z.record(z.string(), z.string()).default({}),
  })
  .strict()
  .default({ columns: {} });
