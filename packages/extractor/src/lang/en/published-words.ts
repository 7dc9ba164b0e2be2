// How English pages label their publication date ("Published: 19/06/2024 14:37"); English date forms
// themselves ("June 19, 2024", RFC 2822) are parsed by the platform's date parser.
import type { PublishedWords } from "../language-pack.ts";

export const EN_PUBLISHED: PublishedWords = {
  weekdays: [],
  weekdayOpeners: [],
  labels: ["published", "updated"],
  dayWords: [],
  monthWords: [],
  yearWords: [],
};
