import { z } from 'zod';

/**
 * The campaign configuration file (YAML). Every section is optional and has defaults, so an empty
 * file is a valid config. Stages read only their own section.
 */
export const inputsSchema = z
  .object({
    registry: z.array(z.string()).default([]),
    population: z.string().optional(),
    encoding: z.string().optional(),
  })
  .strict();

/** Column mapping: canonical column name -> the header used in the user's file. */
export const columnsSchema = z.record(z.string(), z.string()).default({});

const EVENT_TYPES = ['birth', 'death', 'parent_recognition', 'guardianship', 'marriage', 'adoption', 'marital_status'] as const;

/** A day written dd/mm/yyyy (the Vietnamese way) or yyyy-mm-dd. */
const phaseDate = z
  .string()
  .regex(/^(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})$/, 'expected a date dd/mm/yyyy or yyyy-mm-dd');

/**
 * One phase of the campaign (the pilot, then the whole province): a name used on the command line
 * (`--phase pilot`), a label for the report, a date range and the scope of registrations it covers.
 */
export const phaseSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a short name of lower-case letters, digits, - or _'),
    label: z.string().optional(),
    from: phaseDate.optional(),
    to: phaseDate.optional(),
    scope: z
      .object({
        communes: z.array(z.string().regex(/^\d{5}$/, 'expected a 5-digit commune code (2023)')).optional(),
        districts: z.array(z.string().regex(/^\d{3}$/, 'expected a 3-digit district code (2023)')).optional(),
        event_types: z.array(z.enum(EVENT_TYPES)).optional(),
        registration_years: z.array(z.number().int()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Phase = z.infer<typeof phaseSchema>;
