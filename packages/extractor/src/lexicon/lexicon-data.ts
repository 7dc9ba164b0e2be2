import { z } from "zod";

const names = z.array(z.string().min(1)).default([]);

/** An office title (`cue`, as the text writes it) and its `role`; `org`: the body the title names in itself ("Tổng Thư ký NATO"), its affiliation when the text gives none. */
export const OfficeEntry = z.object({
  cue: z.string().min(1),
  role: z.string().min(1),
  leader: z.boolean().optional(),
  org: z.string().min(1).optional(),
  local: z.boolean().optional(),
  /** An office of the party that rules the holder's country ("Tổng Bí thư"): held in that party too (see `ruling`). */
  party: z.boolean().optional(),
  /** A plural cue ("Foreign Ministers"): every name joined after it holds the office. */
  plural: z.boolean().optional(),
  /** An office of a company ("Chief Executive"): held in the company named with it, not in the company's country. */
  corporate: z.boolean().optional(),
});

/** The lexicon as users write it (`--lexicon file.json`): every section optional, merged over the defaults. */
export const LexiconData = z
  .object({
    countries: z
      /** `demonyms`: the adjective that stands for the country ("Russian President", "North Korean leader"). */
      .array(z.object({ name: z.string().min(1), aliases: names, capitals: names, seats: names, demonyms: names }))
      .default([]),
    organizations: z
      .array(
        z.object({
          name: z.string().min(1),
          aliases: names,
          country: z.string().nullish(),
          /** Part of its country's government (a ministry, a department): acts for the country, as a capital does. */
          government: z.boolean().optional(),
          /** The party that rules its country: the country's party offices are held in it. */
          ruling: z.boolean().optional(),
          /** A party or movement ("ANC", "PLO", "RSF"): its officers hold their office in it, not in its country. */
          ownOffices: z.boolean().optional(),
          org: z.string().nullish(),
        }),
      )
      .default([]),
    people: z
      .array(
        z.object({
          name: z.string().min(1),
          aliases: names,
          short: names,
          country: z.string().nullish(),
          org: z.string().nullish(),
          /** The office they are known for, as an office `role` ("foreign minister"): resolves "Ngoại trưởng Nga". */
          office: z.string().nullish(),
          /** What "he" or "she" says of them: a pronoun of the other gender stands for someone else. */
          gender: z.enum(["female", "male"]).nullish(),
          /**
           * The years they held `office`, as [first, last] spans (last omitted: still held): of two well-known people
           * with one short name and one office ("President Park"), the one in office when the article was published.
           */
          tenure: z.array(z.tuple([z.number().int(), z.number().int().optional()])).nullish(),
        }),
      )
      .default([]),
    locations: z
      .array(
        z.object({
          name: z.string().min(1),
          aliases: names,
          country: z.string().nullish(),
          /** A continent or a region of several countries: where things are, not a place one visits. */
          region: z.boolean().optional(),
          /** A territory that governs itself under its country: the body its offices are held in. */
          selfGoverning: z.boolean().optional(),
        }),
      )
      .default([]),
    offices: z.array(OfficeEntry).default([]),
  })
  .strict();

export type LexiconData = z.infer<typeof LexiconData>;
