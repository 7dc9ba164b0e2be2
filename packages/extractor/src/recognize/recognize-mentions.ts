import type { EntityType } from "@news-kg/schema";
import { wordPrefixes, type Lexicon, type LexiconEntry, type Office } from "../lexicon/lexicon.ts";
import { nameKey } from "../text/name-key.ts";
import type { Token } from "../text/tokenize.ts";
import type { GroupCue, MentionWords } from "../lang/language-pack.ts";
import type { ContextualNames } from "./contextual-names.ts";
import type { DescriptorMention, Mention, NameMention, Title } from "./mention.ts";

type Span =
  | { kind: "entity"; from: number; to: number; entry: LexiconEntry }
  | { kind: "office"; from: number; to: number; office: Office }
  | { kind: "group"; from: number; to: number; cue: GroupCue }
  | { kind: "cue"; from: number; to: number; type: EntityType };

/** A pack's mention words, indexed for matching: built once per pack. */
interface MentionIndex {
  words: MentionWords;
  groups: Map<string, GroupCue>;
  contextCues: Map<string, EntityType>;
  /** The pack's own office titles, by name key. */
  offices: Map<string, Office>;
  /** Word prefixes of the group and context cues and the pack's offices (the lexicon has its own for names and offices). */
  cuePrefixes: Set<string>;
}

const INDEXES = new WeakMap<MentionWords, MentionIndex>();
function indexOf(words: MentionWords): MentionIndex {
  let index = INDEXES.get(words);
  if (!index) {
    const groups = new Map(words.groups.map((cue) => [cue.words, cue]));
    const contextCues = new Map<string, EntityType>([
      ...words.locationCues.map((cue) => [cue, "LOCATION"] as const),
      ...words.organizationCues.map((cue) => [cue, "ORGANIZATION"] as const),
    ]);
    const offices = new Map((words.offices ?? []).map((office) => [nameKey(office.cue), office]));
    index = {
      words,
      groups,
      contextCues,
      offices,
      cuePrefixes: wordPrefixes([...groups.keys(), ...contextCues.keys(), ...offices.keys()]),
    };
    INDEXES.set(words, index);
  }
  return index;
}

/** At most this many capitalized words of a body the lexicon does not know, between a country and its office. */
const UNKNOWN_BODY_WORDS = 3;

/** A group is two unless its cue says otherwise. */
const PAIR = 2;

/** How far after the name an apposition's office may start ("X, a close senior aide"). */
const APPOSITION_REACH = 5;
const APPOSITION_MARKS = new Set([",", "–", "-", "—", "("]);

/**
 * Finds the names, titled people, descriptions ("nhà lãnh đạo Triều Tiên") and groups ("hai nước") of one
 * sentence. Coreference is left to the resolver; this only reads the sentence.
 */
export function recognizeMentions(tokens: Token[], lexicon: Lexicon, words: MentionWords, contextual?: ContextualNames): Mention[] {
  const index = indexOf(words);
  const spans = labelSpans(tokens, lexicon, index, contextual);
  const mentions: Mention[] = [];
  const context: Context = { tokens, spans, lexicon, words };
  let i = 0;
  while (i < tokens.length) {
    const span = spans[i];
    const token = tokens[i]!;
    if (span?.kind === "group") {
      mentions.push({
        kind: "group",
        from: i,
        to: span.to,
        of: span.cue.of,
        role: span.cue.role,
        size: span.cue.size ?? PAIR,
        ...(span.cue.local ? { local: true } : {}),
      });
      i = span.to;
    } else if (span?.kind === "office") {
      const found = readTitled(context, i, span.office);
      if (found) mentions.push(found);
      i = found ? found.to : span.to;
    } else if (span?.kind === "entity" && isPersonOfCountry(context, span)) {
      i = span.to; // "a Russian", "one North Korean individual": a person, not the country
    } else if (span?.kind === "entity") {
      const office = officeAfterAffiliation(context, span);
      const lead = office && { from: span.from, affiliation: entityMention(office.affiliation, tokens) };
      const titled = office ? readTitled(context, office.from, office.office, lead) : undefined;
      mentions.push(titled ?? withApposition(context, entityMention(span, tokens)));
      i = mentions.at(-1)!.to;
    } else if (span?.kind === "cue") {
      const run = capitalizedRun(context, span.to);
      if (run && isCountryInstitution(context, run.to))
        i = run.to; // the country named next acts for it
      else if (run) {
        // "tỉnh Aichi", "sông Mê Kông": a lower-case head names the kind of place, not the place ("Cung điện X" does).
        const head = textOf(tokens, i, span.to).toLowerCase();
        const headless = span.type === "LOCATION" && !!words.placeKindCues?.has(head);
        const written = textOf(tokens, i, run.to);
        const surface = headless ? textOf(tokens, span.to, run.to) : written;
        mentions.push({ kind: "name", from: i, to: run.to, surface, written, type: span.type, maybeShort: false });
      }
      i = run ? run.to : span.to;
    } else if (isPlaceBeforeCountry(context, i)) {
      const run = capitalizedRun(context, i)!;
      mentions.push({ kind: "name", from: i, to: run.to, surface: textOf(tokens, i, run.to), type: "LOCATION", maybeShort: false });
      i = run.to;
    } else if (token.word && words.honorifics.has(token.key)) {
      const at = tokens[i + 1]?.text === "." ? i + 2 : i + 1; // "Mr. Kim"
      const bracketed = tokens[at]?.text === "(" ? nameAt(context, at + 1) : undefined;
      const name = bracketed && tokens[bracketed.to]?.text === ")" ? { ...bracketed, to: bracketed.to + 1 } : nameAt(context, at);
      if (name) mentions.push(withApposition(context, { ...name, from: i }));
      else if (words.honorificIsPronoun) mentions.push({ kind: "pronoun", from: i, to: i + 1 });
      i = name || words.honorificIsPronoun ? mentions.at(-1)!.to : i + 1;
    } else if (token.word && (words.pronouns.has(token.key) || (words.possessivePronouns.has(token.key) && !spans[i + 1]))) {
      // "his visit", "he said"; not "his Chinese counterpart", where "his" only leads into a title.
      const gender = words.genders?.pronouns.get(token.key);
      mentions.push({ kind: "pronoun", from: i, to: i + 1, ...(gender ? { gender } : {}) });
      i++;
    } else if (words.bareSurnames && token.word && token.capitalized && !spans[i]) {
      // One capitalized word ("Kim", "Xi"); a longer run is a name the article has not introduced ("Air Koryo"),
      // except after a sentence's capitalized first word ("But Yoon").
      const run = capitalizedRun(context, i)!;
      const surface = textOf(tokens, i, run.to);
      const introduced = withApposition(context, { kind: "name", from: i, to: run.to, surface, type: "PERSON", maybeShort: false });
      if (introduced.title)
        mentions.push(introduced); // "Ana Ruiz, a senior aide to the Chilean president,"
      else if (run.to === i + 1) mentions.push({ ...introduced, maybeShort: true, tentative: true });
      i = introduced.title ? introduced.to : i === 0 ? i + 1 : run.to;
    } else i++;
  }
  for (const m of mentions) if (m.kind === "name" && m.type === "PERSON") markGender(m, tokens, words);
  return mentions;
}

/** "the ministry's spokeswoman, X", "Mrs X": a word of the mention that says the person's gender. */
function markGender(m: NameMention, tokens: Token[], words: MentionWords): void {
  const genders = words.genders?.words;
  if (!genders) return;
  for (let i = m.from; i < m.to; i++) {
    const gender = genders.get(tokens[i]!.key);
    if (gender) {
      m.gender = gender;
      return;
    }
  }
}

/**
 * "Russian President Vladimir Putin", "Japan's Prime Minister", "U.S. President": an office right after a
 * country or organization (and its possessive, or the dot of an abbreviation), in languages that put the
 * affiliation first.
 */
function officeAfterAffiliation(
  context: Context,
  span: Extract<Span, { kind: "entity" }>,
): { from: number; office: Office; affiliation: Extract<Span, { kind: "entity" }> } | undefined {
  const { tokens, spans, words } = context;
  if (!words.affiliationFirst || span.entry.type === "PERSON" || span.entry.type === "LOCATION") return undefined;
  let j = span.to;
  const possessive = tokens[j] && !tokens[j]!.word && words.possessiveClitics.has(tokens[j]!.key);
  if (tokens[j]?.text === "." || possessive) j++;
  const next = spans[j];
  if (next?.kind === "office") return { from: j, office: next.office, affiliation: span };
  // "Vietnam's Communist Party leader": the organization nearest the office is the affiliation; one the
  // lexicon does not know leaves it to the country.
  if (next?.kind === "entity" && next.entry.type === "ORGANIZATION" && spans[next.to]?.kind === "office") {
    const office = spans[next.to] as Extract<Span, { kind: "office" }>;
    return { from: next.to, office: office.office, affiliation: next };
  }
  let k = j;
  // "Ukraine's army chief": after a possessive, lower-case modifiers of the office too.
  const bodyWord = (t: Token) =>
    t.capitalized || (possessive && words.titleModifiers.has(t.key) && !words.linkingWords.has(t.key) && !words.articles.has(t.key));
  while (k < j + UNKNOWN_BODY_WORDS && !spans[k] && tokens[k]?.word && bodyWord(tokens[k]!)) k++;
  const office = spans[k];
  return k > j && office?.kind === "office" ? { from: k, office: office.office, affiliation: span } : undefined;
}

/** A demonym after an indefinite article names someone of the country, not the country. */
function isPersonOfCountry(context: Context, span: Extract<Span, { kind: "entity" }>): boolean {
  const { tokens, lexicon, words } = context;
  if (!words.indefinite.has(tokens[span.from - 1]?.key ?? "")) return false;
  return lexicon.demonyms.has(nameKey(textOf(tokens, span.from, span.to)));
}

interface Context {
  tokens: Token[];
  spans: (Span | undefined)[];
  lexicon: Lexicon;
  words: MentionWords;
}

/**
 * "Lực lượng Bảo vệ bờ biển Philippines", "Lực lượng Tuần duyên Mỹ": a cue's capitalized run that goes on in
 * lower case into a country's name is a national institution, not a name of its own.
 */
function isCountryInstitution(context: Context, at: number): boolean {
  const { tokens, spans, words } = context;
  let j = at;
  while (j < at + 4 && !spans[j] && tokens[j]?.word && !tokens[j]!.capitalized && !words.linkingWords.has(tokens[j]!.key)) j++;
  const next = spans[j];
  return j > at && next?.kind === "entity" && next.entry.type === "COUNTRY";
}

/** "tới Karuizawa, Nhật Bản", "tại Geneva, Thụy Sĩ": an unknown capitalized name placed in a country is a place. */
function isPlaceBeforeCountry(context: Context, at: number): boolean {
  const { tokens, spans } = context;
  const before = tokens[at - 1];
  if (!before?.word || before.capitalized || spans[at] || !tokens[at]!.capitalized) return false;
  const run = capitalizedRun(context, at);
  if (!run || tokens[run.to]?.text !== ",") return false;
  const next = spans[run.to + 1];
  return next?.kind === "entity" && next.entry.type === "COUNTRY";
}

/** Longest lexicon, office or cue match at each token, left to right, without overlaps. */
function labelSpans(tokens: Token[], lexicon: Lexicon, index: MentionIndex, contextual?: ContextualNames): (Span | undefined)[] {
  const spans: (Span | undefined)[] = new Array(tokens.length);
  // A span's key is its tokens' name keys joined ("Kim Jong-un" → "kim jong un").
  const keys = tokens.map((t) => t.nameKey);
  const isPrefix = (key: string) => lexicon.prefixes.has(key) || index.cuePrefixes.has(key) || !!contextual?.prefixes.has(key);
  const endKeys: string[] = [];
  const endTokens: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: Span | undefined;
    if (tokens[i]!.word && isPrefix(keys[i]!)) {
      // Grow the key word by word while it still begins some known name, office or cue; then try the longest first.
      let ends = 0;
      let key = keys[i]!;
      for (let j = i; ; ) {
        endKeys[ends] = key;
        endTokens[ends++] = j + 1;
        j++;
        if (isInitialDot(tokens, j)) j++; // "V. Putin": the dot of an initial belongs to the name
        if (isAttachedPossessive(tokens, j, index.words)) {
          // "People's Daily": the clitic folds onto its word as in the lexicon's keys (`nameKey`: "peoples daily").
          key = `${key}${nameKey(tokens[j]!.text)}`;
          j++;
          if (!isPrefix(key)) break;
        }
        if (j >= tokens.length || !tokens[j]!.word) break;
        key = `${key} ${keys[j]}`;
        if (!isPrefix(key)) break;
      }
      while (ends > 0 && !found) found = spanFor(endKeys[--ends]!, i, endTokens[ends]!, tokens, lexicon, index, contextual);
    }
    if (found) {
      spans[i] = found;
      i = found.to;
    } else i++;
  }
  return spans;
}

function spanFor(
  key: string,
  from: number,
  to: number,
  tokens: Token[],
  lexicon: Lexicon,
  index: MentionIndex,
  contextual?: ContextualNames,
): Span | undefined {
  const group = index.groups.get(key);
  if (group) return { kind: "group", from, to, cue: group };
  const office = index.offices.get(key) ?? lexicon.offices.get(key);
  if (office) return { kind: "office", from, to, office };
  const name = lexicon.names.get(key);
  if (
    name &&
    (name.cased ? tokens[from]!.capitalized : !boundBefore(tokens, from, index.words)) &&
    !isCommonWord(tokens, from, to, index.words) &&
    !insideName(tokens, from, to)
  ) {
    return { kind: "entity", from, to, entry: name.entry };
  }
  // "the North": its last word capitalized, and no longer name going on ("the North Atlantic").
  const standsFor = contextual?.names.get(key);
  if (standsFor && tokens[to - 1]!.capitalized && !(tokens[to]?.word && tokens[to]!.capitalized))
    return { kind: "entity", from, to, entry: standsFor };
  const cue = index.contextCues.get(key);
  if (cue && tokens[to]?.capitalized) return { kind: "cue", from, to, type: cue };
  return undefined;
}

/** A possessive clitic written onto the word before it ("Vietnam's", "Workers'"). */
function isAttachedPossessive(tokens: Token[], at: number, words: MentionWords): boolean {
  const token = tokens[at];
  return !!token && !token.word && words.possessiveClitics.has(token.key) && token.start === tokens[at - 1]?.end;
}

/** The dot after a one-letter initial, followed by a capitalized word: "V. Putin". */
function isInitialDot(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at]?.text === "." && !!before && before.text.length === 1 && before.capitalized && !!tokens[at + 1]?.capitalized;
}

/** A lower-case name whose first word belongs with the word before it: "bờ biển Philippines". */
function boundBefore(tokens: Token[], from: number, words: MentionWords): boolean {
  return words.compoundBefore.get(tokens[from]!.key)?.has(tokens[from - 1]?.key ?? "") ?? false;
}

/** "Ý kiến", "Anh ấy" at a sentence start: a country word that is part of a common compound. */
function isCommonWord(tokens: Token[], from: number, to: number, words: MentionWords): boolean {
  if (to - from !== 1 || (from > 0 && tokens[from - 1]!.word)) return false;
  return words.commonCompounds.has(`${tokens[from]!.key} ${tokens[to]?.key ?? ""}`.trim());
}

/** A one-word place inside a longer capitalized name ("Minh Đức" is a person, not Germany). */
function insideName(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || from < 2) return false;
  const before = tokens[from - 1]!;
  return before.word && before.capitalized && tokens[from - 2]!.word && tokens[from - 2]!.capitalized;
}

function entityMention(span: Extract<Span, { kind: "entity" }>, tokens: Token[]): NameMention {
  return {
    kind: "name",
    from: span.from,
    to: span.to,
    surface: textOf(tokens, span.from, span.to),
    type: span.entry.type,
    entry: span.entry,
    maybeShort: false,
  };
}

/** A person's name at `at`: a lexicon person, or a run of capitalized words the lexicon does not claim. */
function nameAt(context: Context, at: number): NameMention | undefined {
  const span = context.spans[at];
  if (span?.kind === "entity") return span.entry.type === "PERSON" ? entityMention(span, context.tokens) : undefined;
  const run = capitalizedRun(context, at);
  if (!run) return undefined;
  if (run.to - at === 1 && context.tokens[at]!.text.length === 1) return undefined; // "ông A": a letter names no one
  // "Chủ tịch nước Cộng hòa ...": one capitalized word that opens a common compound is no name.
  if (run.to - at === 1 && context.words.commonCompounds.has(`${context.tokens[at]!.key} ${context.tokens[run.to]?.key ?? ""}`))
    return undefined;
  return { kind: "name", from: at, to: run.to, surface: textOf(context.tokens, at, run.to), type: "PERSON", maybeShort: true };
}

/** Capitalized words (with name particles between them) not claimed by any lexicon span. */
function capitalizedRun(context: Context, at: number): { to: number } | undefined {
  const { tokens, spans, words } = context;
  let j = at;
  while (j < tokens.length && !spans[j]) {
    const token = tokens[j]!;
    if (token.word && token.capitalized && !/^\d/.test(token.text)) j++;
    else if (isInitialDot(tokens, j) && !spans[j + 1])
      j++; // "J. Smith": an initial does not cut the name short
    else if (words.nameParticles.has(token.text) && tokens[j + 1]?.capitalized && j > at) j++;
    else break;
  }
  return j > at ? { to: j } : undefined;
}

/**
 * An office, then its country or organization, then maybe a name: "Tổng thống Nga Vladimir Putin" (a titled
 * person), "Người phát ngôn Bộ Ngoại giao Philippines Raul Hernandez", or "nhà lãnh đạo Triều Tiên" (a description).
 */
function readTitled(context: Context, at: number, office: Office, lead?: { from: number; affiliation: NameMention }): Mention | undefined {
  const { tokens, spans, words } = context;
  const from = lead?.from ?? at;
  const title: Title = { office, former: isFormer(tokens, from, words), affiliation: lead?.affiliation };
  let j = spans[at]!.to;
  let lastAffiliationEnd = lead ? j : -1;
  let postEnd = -1;
  for (let steps = 0; j < tokens.length && steps < 12; steps++) {
    const span = spans[j];
    const token = tokens[j]!;
    if (span?.kind === "office") j = span.to;
    else if (span?.kind === "entity" && span.entry.type !== "PERSON") {
      title.affiliation ??= entityMention(span, tokens);
      j = lastAffiliationEnd = span.to;
    } else if (
      !span &&
      spans[j + 1]?.kind !== "entity" &&
      spans[j + 1]?.kind !== "office" &&
      token.word &&
      isModifierPair(tokens, j, words)
    ) {
      j += 2; // "Thủ tướng Liên bang Olaf Scholz", "Đại diện Cấp cao về Chính sách An ninh và Đối ngoại"
    } else if (
      token.key === words.and &&
      !spans[j + 1] &&
      !spans[j + 2] &&
      isModifierPair(tokens, j + 1, words) &&
      words.titleModifiers.has(tokens[j - 1]?.key ?? "")
    ) {
      j++;
    } else if (postedAt(context, j, office)) {
      j = postEnd = postedAt(context, j, office)!.to; // "the Chilean ambassador to Brazil, X": where the office is posted, not whose it is
    } else if (token.text === "," && title.affiliation && spans[j + 1]?.kind === "office") {
      // "Tổng Bí thư Đảng X, Chủ tịch nước Y Z": offices stacked before one name are all that person's.
      const next = spans[j + 1] as Extract<Span, { kind: "office" }>;
      const held = readTitled(context, j + 1, next.office);
      if (held?.kind !== "name") break;
      return { ...held, from, alsoTitles: [title, ...(held.alsoTitles ?? [])] };
    } else if (token.text === "," && !tokens[at]!.capitalized && isPersonStart(context, j + 1)) {
      j++; // "his counterpart, Ri Yong-ho": a lower-case office set before the name by a comma
    } else if (span?.kind === "entity" || (token.word && token.capitalized && !span && token.key !== words.ministry)) {
      const name = nameAt(context, j);
      if (!name) break;
      if (j === spans[at]!.to && tokens[at]!.capitalized) title.nameNext = true;
      if (isThen(tokens, name.to, words)) title.former = true;
      const after = title.affiliation ? undefined : affiliationAfterName(context, name.to);
      if (after) return { ...name, from, to: after.to, title: { ...title, affiliation: after } };
      if (!name.entry?.country) title.affiliation ??= sideOf(context, j); // the lexicon knows better than the side
      return withApposition(context, { ...name, from, title });
    } else if (token.key === words.ministry && !span) j += 1 + countPlainWords(context, j + 1, 2);
    else if (!title.affiliation && words.seatMarkers?.has(token.key) && isCountrySpan(spans[j + 1]))
      j++; // "Bộ Ngoại giao ở Hà Nội X"
    else if (token.word && !span && words.titleModifiers.has(token.key)) j++;
    else break;
  }
  if (!title.affiliation) return bareOffice(context, at, title);
  if (isThen(tokens, lastAffiliationEnd, words)) title.former = true;
  return { kind: "descriptor", from, to: Math.max(lastAffiliationEnd, postEnd), title };
}

/** A country the lexicon knows, by name or by its capital. */
function isCountrySpan(span: Span | undefined): boolean {
  return span?.kind === "entity" && span.entry.type === "COUNTRY";
}

/** How far into its sentence the side's word may stand: "Phía Nhật Bản", "Về phía Nhật Bản", "Tham dự phía Nhật Bản". */
const SIDE_REACH = 3;

/**
 * "Về phía Nhật Bản có Bộ trưởng Ngoại giao X, ...; phía Nga có ...": in a sentence that opens on a side, the
 * country of the nearest side before the name.
 */
function sideOf(context: Context, at: number): NameMention | undefined {
  const { tokens, spans, words } = context;
  if (!words.side) return undefined;
  const sideAt = (k: number) => {
    const span = spans[k + 1];
    return tokens[k]!.key === words.side && span?.kind === "entity" && span.entry.type === "COUNTRY" ? span : undefined;
  };
  let opens = false;
  for (let k = 0; k < Math.min(SIDE_REACH, tokens.length - 1) && !opens; k++) opens = !!sideAt(k);
  if (!opens) return undefined;
  for (let k = at - 1; k >= 0; k--) {
    const span = sideAt(k);
    if (span) return entityMention(span, tokens);
  }
  return undefined;
}

/** "ambassador to (the) Brazil": after the post word of an office posted abroad, the country or organization. */
function postedAt(context: Context, j: number, office: Office): Span | undefined {
  const { tokens, spans, words } = context;
  if (!words.postedTo || tokens[j]?.key !== words.postedTo.word || !words.postedTo.roles.has(office.role)) return undefined;
  const next = spans[j + 1] ?? (words.articles.has(tokens[j + 1]?.key ?? "") ? spans[j + 2] : undefined);
  return next?.kind === "entity" && next.entry.type !== "PERSON" ? next : undefined;
}

/** A person's name may start at `at`: a lexicon person, or a capitalized word the lexicon does not claim. */
function isPersonStart(context: Context, at: number): boolean {
  const span = context.spans[at];
  const token = context.tokens[at];
  return span ? span.kind === "entity" && span.entry.type === "PERSON" : !!token?.word && token.capitalized;
}

/** "Foreign Minister X of North Korea": the country or organization after "of", when the language says so. */
function affiliationAfterName(context: Context, at: number): NameMention | undefined {
  const { tokens, spans, words } = context;
  const span = spans[at + 1];
  if (!words.affiliationAfter || tokens[at]?.key !== words.affiliationAfter || span?.kind !== "entity") return undefined;
  return span.entry.type === "COUNTRY" || span.entry.type === "ORGANIZATION" ? entityMention(span, tokens) : undefined;
}

/**
 * "Chủ tịch nước đánh giá cao ...", "Tổng thống cho biết": a capitalized office on its own stands for the
 * holder the article has named. Lower case ("cuộc bầu cử tổng thống") and former offices are generic.
 */
function bareOffice(context: Context, at: number, title: Title): DescriptorMention | undefined {
  const { tokens, spans, words } = context;
  const end = spans[at]!.to;
  const determined = words.determiners.has(tokens[at - 1]?.key ?? ""); // "the president said"
  if (!(tokens[at]!.capitalized || determined) || title.former || tokens[end]?.capitalized) return undefined;
  return { kind: "descriptor", from: at, to: end, title };
}

/** Two title words in a row ("Liên bang", "An ninh"), which a name never is. */
function isModifierPair(tokens: Token[], at: number, words: MentionWords): boolean {
  return words.titleModifiers.has(tokens[at]?.key ?? "") && words.titleModifiers.has(tokens[at + 1]?.key ?? "");
}

/** "khi đó" (then) at `at`: the office was held then. */
function isThen(tokens: Token[], at: number, words: MentionWords): boolean {
  return words.heldThen.length > 0 && words.heldThen.every((w, k) => tokens[at + k]?.key === w);
}

function countPlainWords(context: Context, at: number, max: number): number {
  let n = 0;
  while (n < max && context.tokens[at + n]?.word && !context.spans[at + n]) n++;
  return n;
}

function isFormer(tokens: Token[], at: number, words: MentionWords): boolean {
  return words.formerMarkers.has(tokens[at - 1]?.key ?? "");
}

/**
 * An office after a person's name: "ông Yuri Ushakov – Trợ lý của Tổng thống Nga", "ông Sergei Shoigu khi đó
 * là Bộ trưởng Quốc phòng Nga", "Ông Yury Ushakov, cố vấn chính sách đối ngoại của Tổng thống Putin".
 */
function withApposition(context: Context, mention: NameMention): NameMention {
  if (mention.type !== "PERSON" || mention.title) return mention;
  const { tokens, spans, words } = context;
  let j = mention.to;
  let former = false;
  if (isThen(tokens, j, words)) {
    j += words.heldThen.length;
    former = true;
  }
  if (tokens[j]?.key === words.copula || APPOSITION_MARKS.has(tokens[j]?.text ?? "")) j++;
  else return mention;
  if (words.articles.has(tokens[j]?.key ?? "")) {
    // "Putin, the Russian president,", "X, a close aide to ...": after an article, a few plain words may lead to the office.
    j++;
    while (j < mention.to + APPOSITION_REACH && !spans[j] && tokens[j]?.word && !tokens[j]!.capitalized) j++;
  }
  const first = spans[j];
  const office = first?.kind === "entity" ? officeAfterAffiliation(context, first) : undefined;
  if (first?.kind === "entity" && office) {
    const affiliation = entityMention(office.affiliation, tokens);
    const title: Title = { office: office.office, former: former || isFormer(tokens, j, words), affiliation };
    return { ...mention, to: spans[office.from]!.to, title };
  }
  const span = spans[j];
  if (span?.kind !== "office") return mention;
  const title: Title = { office: span.office, former: former || isFormer(tokens, j, words) };
  let k = span.to;
  for (let steps = 0; k < tokens.length && steps < 10; steps++) {
    const next = spans[k];
    const token = tokens[k]!;
    if (next?.kind === "entity" && next.entry.type !== "PERSON") {
      title.affiliation = entityMention(next, tokens);
      return { ...mention, to: next.to, title };
    }
    if (next?.kind === "entity" || (next?.kind === "office" && tokens[k - 1]?.key === words.possessive)) {
      const principal = next.kind === "entity" ? entityMention(next, tokens) : readTitled(context, k, next.office);
      if (!principal) break;
      title.principal = principal;
      return { ...mention, to: principal.to, title };
    }
    if (next?.kind === "office") k = next.to;
    else if (token.word && !next && (words.titleModifiers.has(token.key) || !token.capitalized)) k++;
    else break;
  }
  return { ...mention, to: span.to, title };
}

function textOf(tokens: Token[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) text += (i > from && tokens[i]!.start > tokens[i - 1]!.end ? " " : "") + tokens[i]!.text;
  return text;
}
