import { normalizeCharacters } from "../clean/normalize-characters.ts";
import type { Office } from "../lexicon/lexicon.ts";
import { PhraseSet } from "../relate/phrase-set.ts";
import { tokenize } from "../text/tokenize.ts";
import type { Cue, LanguagePack, ModalityWords } from "./language-pack.ts";
import type { CueRule, LanguageRules } from "./rules-data.ts";

/**
 * A pack with a user's additions laid over its own tables: relation cues, office titles, modality words. A
 * new value; the pack itself is left as it is. Words are read as the pack reads text (NFC, its spelling
 * repairs, its tokens, lower case), so "Hoà" in a rules file matches "hòa" in an article.
 */
export function extendPack(pack: LanguagePack, rules: LanguageRules): LanguagePack {
  const text = (written: string) => pack.normalize(normalizeCharacters(written));
  const keys = (written: string) => tokenize(text(written), pack.clitics).map((t) => t.key);
  const phrases = (list: readonly string[] = []) => list.map((written) => keys(written).join(" "));
  const { planned, alleged, negation, request } = rules.modality;
  const modality: ModalityWords = {
    ...pack.modality,
    planned: pack.modality.planned.with(phrases(planned)),
    alleged: pack.modality.alleged.with(phrases(alleged)),
    negators: pack.modality.negators.with(phrases(negation)),
    requests: request?.length ? (pack.modality.requests ?? new PhraseSet([])).with(phrases(request)) : pack.modality.requests,
  };
  const offices = rules.offices.map(
    (o): Office => ({ cue: text(o.cue), role: o.role, leader: o.leader ?? false, ...(o.org ? { org: o.org } : {}) }),
  );
  const cues = rules.relationCues.map((rule) => toCue(rule, keys, phrases));
  return {
    ...pack,
    // The user's cues first: of two cues with the same words, theirs is tried before the pack's.
    relations: cues.length ? { ...pack.relations, cues: [...cues, ...pack.relations.cues] } : pack.relations,
    modality,
    mentions: offices.length ? { ...pack.mentions, offices: [...(pack.mentions.offices ?? []), ...offices] } : pack.mentions,
  };
}

/** A cue table row from a rules file's cue: its words as the pack's tokens. */
function toCue(rule: CueRule, keys: (written: string) => string[], phrases: (list?: readonly string[]) => string[]): Cue {
  const { words, via, notBefore, notBeforePhrases, notAfter, unstatedAfter, onlyThen, otherwise, followedBy, sourceVia, goods, ...flags } =
    rule;
  return {
    ...flags,
    words: keys(words),
    ...(via && { via: phrases(via) }),
    ...(notBefore && { notBefore: phrases(notBefore) }),
    ...(notBeforePhrases && { notBeforePhrases: notBeforePhrases.map(keys) }),
    ...(notAfter && { notAfter: phrases(notAfter) }),
    ...(unstatedAfter && { unstatedAfter: phrases(unstatedAfter) }),
    ...(onlyThen && { onlyThen: new PhraseSet(phrases(onlyThen)) }),
    ...(otherwise && { otherwise: { type: otherwise.type, onlyThen: new PhraseSet(phrases(otherwise.onlyThen)) } }),
    ...(followedBy && { followedBy: phrases(followedBy) }),
    ...(sourceVia && { sourceVia: phrases(sourceVia) }),
    ...(goods && { goods: new PhraseSet(phrases(goods)) }),
  };
}
