import { z } from 'zod';
import { eventTypeOf, POPULATION_COLUMNS, REGISTRY_COLUMNS } from '../vn/headers.js';

const KNOWN_COLUMNS = new Set<string>([...REGISTRY_COLUMNS, ...POPULATION_COLUMNS]);

/** Column mapping: canonical column name -> the header used in the user's file. */
const columnMapping = z.record(z.string(), z.string().min(1)).superRefine((mapping, ctx) => {
  for (const key of Object.keys(mapping)) {
    if (!KNOWN_COLUMNS.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'not a canonical column name (see docs/data-contract.md)' });
  }
});

const eventType = z
  .string()
  .refine((v) => eventTypeOf(v) !== undefined, { message: 'not an event type (birth, death, marriage, parent_recognition, guardianship, adoption, marital_status)' })
  .transform((v) => eventTypeOf(v)!);

/** Options for one input file, keyed in `ingest.files` by its file name or path as given. */
export const ingestFileSchema = z
  .object({
    /** Every row of this registry file is of this event type (the file has no event_type column). */
    event_type: eventType.optional(),
    encoding: z.string().optional(),
    /** Mapping for this file only; each mapped header must be in this file. */
    columns: columnMapping.default({}),
  })
  .strict();

/**
 * Section `ingest` of the campaign config: how input files are read. Owned by src/ingest.
 *
 * @example
 * // campaign.yaml
 * // ingest:
 * //   encoding: cp1258                 # force for every CSV input instead of detecting
 * //   columns: { record_id: "Mã HS" }   # canonical name -> header; must exist in some file of its kind
 * //   files:
 * //     khai_tu.csv: { event_type: death, columns: { deceased_full_name: "Tên người mất" } }
 */
export const ingestConfigSchema = z
  .object({
    /** Force an encoding for every input instead of detecting it. */
    encoding: z.string().optional(),
    /** Column mapping: canonical column name -> header used in the user's files. */
    columns: columnMapping.default({}),
    /** Per-file options, keyed by file name (or the path as given on the command line). */
    files: z.record(z.string(), ingestFileSchema).default({}),
  })
  .strict()
  .default({ columns: {}, files: {} });

export type IngestConfig = z.infer<typeof ingestConfigSchema>;
export type IngestFileConfig = z.infer<typeof ingestFileSchema>;
