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

export const phaseSchema = z
  .object({
    name: z.string().min(1),
    label: z.string().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    scope: z
      .object({
        communes: z.array(z.string()).optional(),
        districts: z.array(z.string()).optional(),
        event_types: z.array(z.string()).optional(),
        registration_years: z.array(z.number().int()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Phase = z.infer<typeof phaseSchema>;
