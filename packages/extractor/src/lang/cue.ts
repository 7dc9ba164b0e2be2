import type { RelationType } from "@news-kg/schema";
import type { Cue } from "./language-pack.ts";

/** A cue table row: its words as one space-separated string. */
export const cue = (words: string, type: RelationType, kind: Cue["kind"], reach: number, extra: Partial<Cue> = {}): Cue => ({
  words: words.split(" "),
  type,
  kind,
  reach,
  ...extra,
});
