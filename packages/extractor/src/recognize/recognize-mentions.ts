import type { EntityType } from "@news-kg/schema";
import { wordPrefixes, type Lexicon, type LexiconEntry, type Office } from "../lexicon/lexicon.ts";
import { nameKey } from "../text/name-key.ts";
import type { Token } from "../text/tokenize.ts";
import type { GroupCue, MentionWords } from "../lang/language-pack.ts";
import type { PhraseSet } from "../relate/phrase-set.ts";
import { type ContextualNames, isShortFormShape } from "./contextual-names.ts";
import type { DescriptorMention, Mention, NameMention, PronounMention, Title } from "./mention.ts";

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
  /** `cuePrefixes` and a lexicon's prefixes in one set, by lexicon: one lookup per word of every sentence, not two. */
  allPrefixes: WeakMap<Lexicon, ReadonlySet<string>>;
}

const INDEXES = new WeakMap<MentionWords, MentionIndex>();
function indexOf(words: MentionWords): MentionIndex {
  let index = INDEXES.get(words);
  if (!index) {
    const groups = new Map(words.groups.map((cue) => [cue.words, cue]));
    const contextCues = new Map<string, EntityType>([
      ...words.locationCues.map((cue) => [cue, "LOCATION"] as const),
      ...words.organizationCues.map((cue) => [cue, "ORGANIZATION"] as const),
      ...(words.personCues ?? []).map((cue) => [cue, "PERSON"] as const),
    ]);
    const offices = new Map((words.offices ?? []).map((office) => [nameKey(office.cue), office]));
    index = {
      words,
      groups,
      contextCues,
      offices,
      cuePrefixes: wordPrefixes([...groups.keys(), ...contextCues.keys(), ...offices.keys()]),
      allPrefixes: new WeakMap(),
    };
    INDEXES.set(words, index);
  }
  return index;
}

/** At most this many capitalized words of a body the lexicon does not know, between a country and its office. */
const UNKNOWN_BODY_WORDS = 3;

/** A group is two unless its cue says otherwise. */
const PAIR = 2;

/** The most words a state's formal style has ("the Socialist Republic of"). */
const STATE_FORM_WORDS = 4;
/** How far after the name an apposition's office may start ("X, a close senior aide"). */
const APPOSITION_REACH = 5;
const APPOSITION_MARKS = new Set([",", "–", "-", "—", "("]);

/**
 * Finds the names, titled people, descriptions ("nhà lãnh đạo Triều Tiên") and groups ("hai nước") of one
 * sentence. Coreference is left to the resolver; this only reads the sentence.
 */
export function recognizeMentions(tokens: Token[], lexicon: Lexicon, words: MentionWords): Mention[] {
  return mentionsOf(tokens, lexicon, words, labelSpans(tokens, lexicon, indexOf(words)).spans);
}

/**
 * A sentence read again with an article's contextual names: `plain`, its mentions read without them, unless
 * they gave one of its keys (reading a sentence's spans costs about half of reading the sentence).
 */
export function recognizeWithContext(
  tokens: Token[],
  lexicon: Lexicon,
  words: MentionWords,
  contextual: ContextualNames,
  plain: Mention[],
): Mention[] {
  const labels = labelSpans(tokens, lexicon, indexOf(words), contextual);
  return labels.contextual ? mentionsOf(tokens, lexicon, words, labels.spans) : plain;
}

/** The mentions of a sentence whose spans are labelled. */
function mentionsOf(tokens: Token[], lexicon: Lexicon, words: MentionWords, spans: (Span | undefined)[]): Mention[] {
  const mentions: Mention[] = [];
  const context: Context = { tokens, keys: tokens.map((t) => t.key), spans, lexicon, words };
  for (let i = 0; i < tokens.length; ) i = readAt(context, i, mentions);
  for (const m of mentions) if (m.kind === "name" && m.type === "PERSON") markGender(m, tokens, words);
  markLeading(mentions, tokens, words);
  markListed(mentions, context.keys, words);
  markDelegationHead(context, mentions);
  respectiveOffices(context, mentions);
  return mentions;
}

/**
 * "Lào và Mianma", "Chile, Peru and Bolivia": names joined by only commas and the conjunction, the last two by the
 * conjunction, are one list (not "X, Saudi Arabia's minister": an apposition; nor across a leading phrase's comma:
 * "Tại Bắc Kinh, A và B").
 */
function markListed(mentions: Mention[], keys: string[], words: MentionWords): void {
  let run: NameMention[] = [];
  let closed = false;
  const end = () => {
    if (closed) for (const m of run.slice(1)) m.listed = true;
    [run, closed] = [[], false];
  };
  for (const m of mentions) {
    const before = run.at(-1);
    let joined = m.kind === "name" && !!before && m.from > before.to && !!before.leading === !!m.leading;
    let conjunction = false;
    for (let i = before?.to ?? 0; joined && i < m.from; i++) {
      joined = keys[i] === "," || keys[i] === words.and;
      if (keys[i] === words.and) conjunction = true;
    }
    if (!joined || closed) end();
    if (m.kind !== "name") continue;
    run.push(m);
    closed = joined && conjunction;
  }
  end();
}

/**
 * "X cùng Phu nhân và Đoàn đại biểu cấp cao Y đã tới ...", "X dẫn đầu phái đoàn": the person named last before a
 * delegation joined to it (not "A tiếp Đoàn đại biểu Y": a host) leads it.
 */
function markDelegationHead(context: Context, mentions: Mention[]): void {
  const delegations = context.words.anaphora?.delegations;
  if (!delegations) return;
  const { keys } = context;
  const at = keys.findIndex((_, i) => delegations.heads.lengthAt(keys, i) > 0);
  if (at < 0) return;
  const isPerson = (m: Mention): m is NameMention => m.kind === "name" && m.type === "PERSON";
  // "Đoàn công tác (của X) do Thượng tướng Y dẫn đầu": the leader named after it.
  const { opener, closers } = delegations.ledBy;
  const led = mentions.find(
    (m): m is NameMention =>
      isPerson(m) && m.from > at && keys[m.from - 1] === opener && closers.some((c) => c.every((w, k) => keys[m.to + k] === w)),
  );
  const joined = [1, 2].some((n) => at - n >= 0 && delegations.joinedBy.lengthAt(keys, at - n) === n);
  const head = led ?? (joined ? mentions.findLast((m): m is NameMention => isPerson(m) && m.to <= at) : undefined);
  if (head) head.leadsDelegation = true;
}

/**
 * "Đoàn sẽ thăm X", "Đón Đoàn tại sân bay": a bare delegation noun, with a tense word, a visit's verb or a mark after it,
 * stands for the delegation's head; the length of its words, or 0.
 */
function bareDelegationAt(context: Context, i: number): number {
  const delegations = context.words.anaphora?.delegations;
  const length = delegations?.nouns.lengthAt(context.keys, i) ?? 0;
  if (!length || delegations!.notAfter.has(context.keys[i - 1] ?? "")) return 0;
  return delegations!.followers.lengthAt(context.keys, i + length) ? length : 0;
}

/** How many words an office has at most where a group names it ("bộ trưởng quốc phòng hai nước"). */
const GROUP_OFFICE_WORDS = 3;

/**
 * One office over two countries, then its two holders in the same order: "Ngoại trưởng hai nước A và B là X và Y",
 * "Ngoại trưởng A và B, ông X và ông Y", "A và B cử Bộ trưởng Quốc phòng là các ông X và Y": X holds it in A, Y in B.
 */
function respectiveOffices(context: Context, mentions: Mention[]): void {
  const { tokens, keys, words, lexicon } = context;
  const isCountry = (m: Mention | undefined): m is NameMention => m?.kind === "name" && m.type === "COUNTRY";
  const isUntitledPerson = (m: Mention | undefined): m is NameMention => m?.kind === "name" && m.type === "PERSON" && !m.title;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const head = mentions[i]!;
    let office: Office | undefined;
    let first: NameMention | undefined;
    let second = i + 1;
    let holdersFrom = -1;
    if (head.kind === "group" && head.of === "role") {
      // "Ngoại trưởng hai nước A và B": the office is the group's first words.
      for (let n = GROUP_OFFICE_WORDS; n >= 1 && !office; n--) {
        const key = tokens
          .slice(head.from, head.from + n)
          .map((t) => t.nameKey)
          .join(" ");
        office = indexOf(words).offices.get(key) ?? lexicon.offices.get(key);
      }
      first = isCountry(mentions[i + 1]) && mentions[i + 1]!.from === head.to ? (mentions[i + 1] as NameMention) : undefined;
      second = i + 2;
    } else if (head.kind === "descriptor" && isCountry(head.title.affiliation) && !head.title.principal) {
      // "Ngoại trưởng A và B": the descriptor holds the first country.
      office = head.title.office;
      first = head.title.affiliation;
    } else if (isCountry(head) && isCountry(mentions[i + 1]) && words.sending?.verbs.has(keys[mentions[i + 1]!.to] ?? "")) {
      // "A và B cử Ngoại trưởng là ...": the countries send the office's holders.
      const sent = mentions[i + 2];
      if (sent?.kind !== "descriptor" || sent.title.affiliation || sent.from !== mentions[i + 1]!.to + 1) continue;
      office = sent.title.office;
      first = head;
      holdersFrom = sent.to;
    }
    const other = mentions[second];
    if (!office || !first || !isCountry(other) || keys[first.to] !== words.and || other.from !== first.to + 1) continue;
    if (holdersFrom < 0) holdersFrom = other.to;
    const lead = keys[holdersFrom] === words.copula || tokens[holdersFrom]?.text === "," ? holdersFrom + 1 : -1;
    if (lead < 0) continue;
    // The first holder right after the mark, past a plural marker: "là các ông X".
    const start = words.pluralMarkers?.has(keys[lead] ?? "") ? lead + 1 : lead;
    let at = mentions.findIndex((m) => m.to > start);
    if (at < 0) at = mentions.length;
    // After the copula a full name without a title is a name too: "là Rubén Ortiz và Martín Silva".
    const holderAt = (k: number, from: number): NameMention | undefined => {
      const found = mentions[k];
      if (found && found.from <= from) return found.from === from && isUntitledPerson(found) ? found : undefined;
      const name = nameAt(context, from);
      return name && name.to - from >= 2 && (!found || name.to <= found.from) ? name : undefined;
    };
    const x = holderAt(at, start);
    const between = x ? keys[x.to] === words.and || tokens[x.to]?.text === "," : false;
    const y = x && between ? holderAt(mentions[at] === x ? at + 1 : at, x.to + 1) : undefined;
    if (!x || !y) continue;
    // Two holders for two countries: not a longer list of people ("..., X, Y và Z").
    const after = keys[y.to] === words.and || tokens[y.to]?.text === "," ? y.to + 1 : -1;
    if (after > 0 && (nameAt(context, after) || mentions.some((m) => m.from === after && m.kind === "name" && m.type === "PERSON")))
      continue;
    const titled = [
      { ...x, title: { office, former: false, affiliation: first } },
      { ...y, title: { office, former: false, affiliation: other } },
    ];
    const replaced = (mentions[at] === x ? 1 : 0) + (mentions[at + 1] === y || mentions[at] === y ? 1 : 0);
    mentions.splice(at, replaced, ...titled);
  }
}

/** "Theo lời mời của X, Y ...": the people named in the phrase that leads the sentence to its first comma. */
function markLeading(mentions: Mention[], tokens: Token[], words: MentionWords): void {
  if (!words.leadingWords?.has(tokens[0]?.key ?? "")) return;
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma < 0) return;
  for (const m of mentions) if ((m.kind === "name" || m.kind === "descriptor") && m.to <= comma) m.leading = true;
}

/**
 * Token `at` opens the sentence, or follows the comma that ends a leading phrase naming no one ("After the talks,
 * they"; its capitalized first word may have been taken for a surname: "Following the talks, they").
 */
function opensAfterLeading(tokens: Token[], at: number, mentions: Mention[]): boolean {
  if (at === 0) return true;
  const namesNoOne = mentions.every((m) => m.kind === "name" && m.tentative);
  return namesNoOne && tokens[at - 1]?.text === "," && tokens.findIndex((t) => t.text === ",") === at - 1;
}

/** Reads what the sentence names at token `i` into `mentions`, and returns where to go on reading. */
function readAt(context: Context, i: number, mentions: Mention[]): number {
  const { tokens, spans, words } = context;
  const span = spans[i];
  const token = tokens[i]!;
  if (span?.kind === "group") {
    const listed = span.cue.of !== "countries" ? fullNameAt(context, span.to) : undefined;
    if (listed) {
      // "Hai Ngoại trưởng A và B", "hai nhà lãnh đạo A và B": the group is the people it names.
      const names = [listed, ...moreNames(context, listed.to)];
      mentions.push({ ...names[0]!, from: i }, ...names.slice(1));
      return names.at(-1)!.to;
    }
    mentions.push({
      kind: "group",
      from: i,
      to: span.to,
      of: span.cue.of,
      role: span.cue.role,
      size: span.cue.size ?? PAIR,
      ...(span.cue.local ? { local: true, opens: opensAfterLeading(tokens, i, mentions) } : {}),
    });
    return span.to;
  }
  if (span?.kind === "office") {
    const joint = jointHolders(context, i);
    if (joint) {
      mentions.push(...joint);
      return mentions.at(-1)!.to;
    }
    const read = readTitled(context, i, span.office);
    const found = read?.kind === "descriptor" ? withDemonstrative(context, read) : read;
    if (found?.kind === "name" && found.title) {
      markListedAfter(context, found.title, found.from, mentions);
      markSentBy(context, found.title, found.from, mentions);
    }
    if (found) mentions.push(found, ...joinedHolders(context, found));
    return found ? mentions.at(-1)!.to : span.to;
  }
  const guest = context.words.anaphora?.guests?.lengthAt(context.keys, i) ?? 0;
  if (guest) {
    // "Vị khách (này) cảm ơn ...": the guest, with or without a demonstrative.
    const to = context.words.anaphora!.demonstratives.has(context.keys[i + guest] ?? "") ? i + guest + 1 : i + guest;
    mentions.push({ kind: "pronoun", from: i, to, guest: true });
    return to;
  }
  const delegation = span ? 0 : bareDelegationAt(context, i);
  if (delegation) {
    const opens = i === 0 || context.keys[i - 1] === ",";
    mentions.push({ kind: "pronoun", from: i, to: i + delegation, delegation: true, ...(opens ? {} : { headOnly: true }) });
    return i + delegation;
  }
  const anaphor = anaphorEnd(context, i) || ageAnaphorEnd(context, i);
  if (anaphor) {
    mentions.push({ kind: "pronoun", from: i, to: anaphor }); // "nhà ngoại giao này": this diplomat
    return anaphor;
  }
  const body = bodyAnaphor(context, i) ?? partnerSide(context, i) ?? blocAnaphor(context, i);
  if (body) {
    mentions.push(body); // "Nước này cũng ...": this country
    return body.to;
  }
  const bodyFirst = span ? undefined : unknownBodyBefore(context, i);
  if (bodyFirst) {
    const { office, affiliation } = bodyFirst; // "M23 spokesman X": the body, then its officer
    const found = readTitled(context, office.from, office.office, { from: i, affiliation });
    if (found) mentions.push(found);
    return found ? found.to : office.to;
  }
  if (span?.kind === "entity") return readEntity(context, i, span, mentions);
  if (span?.kind === "cue" && span.type === "PERSON") {
    const found = personAfterCue(context, span);
    if (!found?.mention) return found ? found.to : span.to;
    // "hai con gái A và B": a counted kin word or calling goes on over the list of names, given names alone too.
    const counted = words.pluralMarkers?.has(tokens[i - 1]?.key ?? "");
    mentions.push(found.mention, ...(counted ? moreNames(context, found.mention.to, nameAt) : []));
    return mentions.at(-1)!.to;
  }
  if (span?.kind === "cue") {
    // "thôn Làng Mới": a capitalized kind word after the kind is the name's own first word.
    const inner = spans[span.to];
    const innerRun = inner?.kind === "cue" && tokens[span.to]!.capitalized ? capitalizedRun(context, inner.to) : undefined;
    // "công ty dầu khí quốc doanh X": a lower-case kind of body, its trade or owner, then its name X.
    const head = textOf(tokens, i, span.to).toLowerCase();
    const kindOnly = span.type === "ORGANIZATION" && !token.capitalized && !!words.bodyKindHeads?.has(head);
    const traded = kindOnly ? tradesBefore(tokens, span.to, words) : 0;
    const trades = traded && !spans[span.to + traded] ? traded : 0; // "công ty nhà nước Trung Quốc": the country's
    // "Tập đoàn Dầu khí Quốc gia X", "Ngân hàng Nông nghiệp X": a company's name keeps the country that closes it.
    const company = span.type === "ORGANIZATION" && !!words.bodyKindHeads?.has(head);
    const form = company ? companyFormAt(context, span.to) : 0; // "Công ty cổ phần X": the form, then the name
    const members = span.type === "ORGANIZATION" ? describedBy(tokens, span.to, words.bodyMembers, MEMBER_WORDS) || trades || form : 0;
    // "Liên minh các quốc gia Sahel": after its members a body's name may be a region's the lexicon knows.
    const region = members ? spans[span.to + members] : undefined;
    // "thị trấn biên giới X", "thành phố ven biển Y": plain words describing a kind of place stand before its name.
    const described = span.type === "LOCATION" && words.placeKindCues?.has(head) ? describedBy(tokens, span.to, words.placeModifiers) : 0;
    const named = region?.kind === "entity" && region.entry.type === "LOCATION" ? region.to : span.to + members + described;
    const capitalized = partOfCountry(
      context,
      named,
      capitalizedRun(context, named) ??
        (named > span.to + members + described ? { to: named } : undefined) ??
        innerRun ??
        (span.type === "LOCATION" && !token.capitalized && words.unitKinds?.has(head) ? unitNamesake(context, named) : undefined),
      span.type === "LOCATION" && !!words.placeKindCues?.has(head),
    );
    // "Tổng cục Khí tượng Quốc gia": an organization's name goes on past its lower-case syllables.
    // "Cảnh sát Hoàng gia X", "Cơ quan Cảnh sát quốc gia Y": a police force's name, its kind capitalized, keeps the
    // country that closes it, capitalized all through or not, as a company's does (MentionWords.countryNamedBodies;
    // its kind may follow a cue); "cảnh sát X" in lower case is X's police, no body's name.
    const countryNamed = span.type === "ORGANIZATION" && token.capitalized && countryNamedHead(context, i, span.to);
    const kindAfter = spans[named]?.kind === "cue" ? spans[named]!.to : undefined; // "Cơ quan Cảnh sát quốc gia Y"
    // "Đảng Lao động tiến bộ X": a known body's name inside a party's, which goes on to the country closing it.
    const partyEnd = countryNamed && !capitalized ? innerBodyClosed(context, named) : undefined;
    if (partyEnd) {
      mentions.push({
        kind: "name",
        from: i,
        to: partyEnd.to,
        surface: textOf(tokens, i, partyEnd.to),
        type: "ORGANIZATION",
        maybeShort: false,
      });
      return partyEnd.to;
    }
    const walkFrom = capitalized?.to ?? (countryNamed ? (spans[named] ? kindAfter : named) : undefined);
    const walk = walkFrom !== undefined && span.type === "ORGANIZATION" ? bodyNameWalk(context, walkFrom, named) : undefined;
    const closing = walk && (walk.lower || company || countryNamed) ? spans[walk.to] : undefined;
    const closedBy = closing?.kind === "entity" && closing.entry.type === "COUNTRY" ? closing : undefined;
    if (closedBy && !company && !countryNamed) return walk!.to; // the country closing it acts for it
    // "Trung tâm Hội nghị Quốc gia": a place's proper name (its kind capitalized too) runs on as a body's does.
    const proper =
      capitalized && !walk && span.type === "LOCATION" && token.capitalized ? bodyNameWalk(context, capitalized.to, named) : undefined;
    // "Tháp Trump", "Trung tâm Hội nghị Kuala Lumpur": a building's capitalized kind, then a person or a capital the
    // lexicon knows, is one building named after them (not the person, nor the capital's country).
    // "Ngân hàng Vũ Hán", "Công ty Danube": a company's capitalized kind, then a place or a capital alone, is a company named after it.
    const namesake =
      !capitalized && token.capitalized && ((span.type === "LOCATION" && !words.placeKindCues?.has(head)) || company)
        ? namesakeAt(context, named, company)
        : undefined;
    // "Công ty Thương mại Rhine Xanh", "Tập đoàn Andes Vàng": a company's name runs on over a place the lexicon knows
    // when capitalized words no span reads go on after it; the place alone closing it stays a place.
    const firmPlace = company && !closedBy ? placeInName(context, walk ? walk.named : (capitalized?.to ?? named)) : undefined;
    let run = firmPlace
      ? firmPlace
      : namesake
        ? namesake
        : closedBy
          ? { to: closedBy.to }
          : walk
            ? { to: walk.named }
            : proper && !spans[proper.to]
              ? { to: proper.named }
              : capitalized;
    const institution = run && !company ? countryOfInstitution(context, run.to) : undefined;
    // "Trung tâm Hội nghị Quốc gia Mỹ Đình": a place's name runs on over a one-word country and one more word (the
    // ward it is in), no country's institution.
    const ward = institution !== undefined && span.type === "LOCATION" ? countryNamedOn(context, institution) : undefined;
    if (institution !== undefined && !ward) return run!.to; // the country named next acts for it
    if (ward) run = ward;
    if (run) {
      // "tỉnh Aichi", "sông Mê Kông": a lower-case head names the kind of place, not the place ("Cung điện X" does).
      // "công ty Dragon Oil": a lower-case common noun for a kind of body is no part of its name either.
      const headless = (span.type === "LOCATION" && !!words.placeKindCues?.has(head)) || kindOnly;
      const written = textOf(tokens, i, run.to);
      const surface = headless ? textOf(tokens, span.to + (trades || form) + described, run.to) : written;
      mentions.push({ kind: "name", from: i, to: run.to, surface, written, type: span.type, maybeShort: false });
    }
    return run ? run.to : span.to;
  }
  // "Quang Nam province"; "Maryam Nawaz's father": whoever has a father is a person.
  const placed = placeBeforeKind(context, i) ?? kinOwnerAt(context, i);
  if (placed) {
    mentions.push(placed);
    return placed.to;
  }
  const kin = words.kinWords?.has(token.key) ? personAfterKin(context, kinNamedAt(context, i + 1)) : undefined;
  if (kin) {
    mentions.push(withApposition(context, kin)); // "his son Ali Khan": the kin word is no part of the name
    return mentions.at(-1)!.to;
  }
  if (
    isPlaceBeforeCountry(context, i) ||
    isPlaceBeforeKind(context, i) ||
    isPlaceBeforePlaceIn(context, i) ||
    isPlaceWithinKind(context, i)
  ) {
    const run = capitalizedRun(context, i)!;
    mentions.push({ kind: "name", from: i, to: run.to, surface: textOf(tokens, i, run.to), type: "LOCATION", maybeShort: false });
    return run.to;
  }
  if (token.word && (words.honorifics.has(token.key) || isRankedName(context, i))) {
    const at = afterHonorifics(context, i); // "Mr. Kim", "Lt. Gen. X"
    const bracketed = tokens[at]?.text === "(" ? nameAt(context, at + 1) : undefined;
    const name =
      bracketed && tokens[bracketed.to]?.text === ")"
        ? { ...bracketed, to: bracketed.to + 1 }
        : (nameAt(context, at) ?? placeNamedPerson(context, at) ?? particleLedName(context, at));
    if (name) {
      mentions.push(withApposition(context, { ...name, from: i }));
      // "các ông A, B và C": a plural honorific goes on over the list.
      if (words.pluralMarkers?.has(tokens[i - 1]?.key ?? "")) mentions.push(...moreNames(context, mentions.at(-1)!.to));
    } else if (words.honorificIsPronoun) {
      mentions.push(
        afterOccasion(context, i) || spokenByNamed(context, i, mentions)
          ? { kind: "pronoun", from: i, to: i + 1, nearest: true }
          : { kind: "pronoun", from: i, to: i + 1 },
      );
      mentions.push(...namedAfterPronoun(context, i + 1)); // "con trai ông là A và B"
    }
    return name || words.honorificIsPronoun ? mentions.at(-1)!.to : i + 1;
  }
  if (token.word && (words.pronouns.has(token.key) || (words.possessivePronouns.has(token.key) && !spans[i + 1]))) {
    // "his visit", "he said"; not "his Chinese counterpart", where "his" only leads into a title.
    const gender = words.genders?.pronouns.get(token.key);
    const held = words.pronouns.has(token.key) ? officeTakenBy(context, i + 1) : undefined;
    mentions.push({
      kind: "pronoun",
      from: i,
      to: held?.to ?? i + 1,
      ...(gender ? { gender } : {}),
      ...(held ? { title: held.title } : {}),
    });
    return held?.to ?? i + 1;
  }
  if (!token.word || !token.capitalized) return i + 1;
  // "Anna Rostova, con gái của ...": whoever kin describe is a person, the target of a measure too.
  const described = kinDescribedName(context, i) ?? describedKinOwner(context, i);
  if (described) {
    mentions.push(described);
    return described.to;
  }
  // "arrived in Arica": a place the lexicon does not know; "sanctions on Korvanex": a target it does not know.
  const unknown = placeAfterTravel(context, i) ?? targetAfterMeasure(context, i);
  if (unknown) {
    mentions.push(unknown);
    return unknown.to;
  }
  // "Acting Chilean Foreign Minister X", "Former Kenyan President Y": a capitalized modifier before the affiliation is no name.
  if ((words.titleModifiers.has(token.key) || words.formerMarkers.has(token.key)) && spans[i + 1]?.kind === "entity") return i + 1;
  const bare = words.looksLikeName ? bareName(context, i) : undefined;
  if (bare) {
    mentions.push(withApposition(context, bare)); // "Nguyễn Văn A, 45 tuổi": a name that shows it is one, without a title
    return mentions.at(-1)!.to;
  }
  if (!bareSurnameAt(context, i)) return i + 1;
  // One capitalized word ("Kim", "Xi"); a longer run is a name the article has not introduced ("Air Koryo"),
  // except after a sentence's capitalized first word ("But Yoon").
  const run = capitalizedRun(context, i)!;
  const surface = textOf(tokens, i, run.to);
  const introduced = withApposition(context, { kind: "name", from: i, to: run.to, surface, type: "PERSON", maybeShort: false });
  if (introduced.title)
    mentions.push(introduced); // "Ana Ruiz, a senior aide to the Chilean president,"
  else if (run.to === i + 1) mentions.push({ ...introduced, maybeShort: true, tentative: true });
  return introduced.title ? introduced.to : i === 0 ? i + 1 : run.to;
}

/**
 * "Thủ tướng Y A và Ngoại trưởng B", "..., Ngoại trưởng B": an office without a body, listed right after a titled name
 * with one; "Foreign Minister A, Defence Minister B and Deputy Prime Minister C": or after a titled name the lexicon
 * knows as a country's, in a list of three or one joined by a comma ("President A and Prime Minister B met" are two sides).
 */
function markListedAfter(context: Context, title: Title, from: number, mentions: readonly Mention[]): void {
  const { keys, words } = context;
  const before = mentions.at(-1);
  if (title.affiliation || title.principal || before?.kind !== "name" || !before.title) return;
  // A country named with the office: a company's officers ("Tổng Giám đốc EVN A và Tổng Giám đốc B") may be another's.
  const told = before.title.affiliation;
  // "A, B and C": C shares the country B was given by the list.
  const known = !!before.entry?.country && !before.entry.org && !before.title.former;
  if (told ? told.type !== "COUNTRY" : !known && !before.title.listedAfter) return;
  // "Tổng thống Y A và Tổng thống B": one country has one holder of an office, so B's is another.
  if (before.title.office.role === title.office.role) return;
  const between = keys.slice(before.to, from).join(" ");
  if (between !== "," && between !== words.and && between !== `, ${words.and}`) return;
  const first = mentions.at(-2);
  const listed = between === "," || (first?.kind === "name" && !!first.title && keys.slice(first.to, before.from).join(" ") === ",");
  if (told || listed) title.listedAfter = before;
}

/** How many words a companion's phrase before an office may have ("accompanied by"). */
const COMPANION_LENGTHS = [1, 2, 3];

/** "Tổng thống Y A cử Đặc phái viên B", "Y cử Bộ trưởng B": an office without a body, right after a sending verb. */
function markSentBy(context: Context, title: Title, from: number, mentions: Mention[]): void {
  const { keys, words } = context;
  const sending = words.sending;
  if (!sending || title.affiliation || title.principal || title.listedAfter) return;
  // "X was accompanied by Vice President Y": a companion's office serves the country of whom they accompany.
  const companion = COMPANION_LENGTHS.some((n) => sending.companions?.lengthAt(keys, from - n) === n);
  if (!companion && (!sending.verbs.has(keys[from - 1] ?? "") || sending.notAfter.has(keys[from - 2] ?? ""))) return;
  const sender = mentions.find((m): m is NameMention => m.kind === "name" && (m.type === "PERSON" || m.type === "COUNTRY"));
  if (sender) title.sentBy = sender;
}

/** How many words an occasion's phrase before a lone honorific may have ("nhân dịp"). */
const OCCASION_LENGTHS = [1, 2, 3];

/** "A tiếp B nhân dịp ông sang thăm X": a lone honorific right after an occasion's words, past the sentence's start. */
function afterOccasion(context: Context, at: number): boolean {
  const openers = context.words.occasionOpeners;
  return !!openers && OCCASION_LENGTHS.some((n) => at - n > 0 && openers.lengthAt(context.keys, at - n) === n);
}

/** "C cho biết ông ...": a verb of saying right before `at`, right after a person's name (not an aside's comma). */
function spokenByNamed(context: Context, at: number, mentions: Mention[]): boolean {
  const verbs = context.words.speechVerbs;
  const last = mentions.at(-1);
  if (!verbs || last?.kind !== "name" || last.type !== "PERSON") return false;
  return OCCASION_LENGTHS.some((n) => at - n === last.to && verbs.lengthAt(context.keys, at - n) === n);
}

/** "Nhà ngoại giao này", "vị khách ấy": where a noun for a person and the demonstrative after it end, or 0. */
function anaphorEnd(context: Context, at: number): number {
  const anaphora = context.words.anaphora;
  const length = anaphora?.nouns.lengthAt(context.keys, at) ?? 0;
  return length && anaphora!.demonstratives.has(context.keys[at + length] ?? "") ? at + length + 1 : 0;
}

/**
 * "she was re-elected as chair of the X Party", "she became Chile's foreign minister": after a pronoun, an office verb and
 * an office told with its body, the office of whoever the pronoun stands for.
 */
function officeTakenBy(context: Context, at: number): { to: number; title: Title } | undefined {
  const { keys, words } = context;
  // Only an office held now: "he served as ..." tells a past one.
  const verb = words.officeVerbs?.lengthAt(keys, at) ?? 0;
  if (!verb) return undefined;
  const j = at + verb + (words.articles.has(keys[at + verb] ?? "") ? 1 : 0);
  const held = appositiveOffice(context, j, false);
  return held?.title.affiliation && !held.title.former ? held : undefined;
}

/** "The 71-year-old said", "the 64-year-old, who ...": a determiner and an age, then a verb or a mark, stand for a person named before. */
function ageAnaphorEnd(context: Context, at: number): number {
  const { tokens, keys, words } = context;
  const age = words.ageAnaphor;
  if (!age || !words.determiners.has(keys[at] ?? "") || !age.age.test(keys[at + 1] ?? "")) return 0;
  const next = tokens[at + 2];
  const goesOn = !next?.word || age.verbs.has(next.key) || age.verbEndings.some((end) => next.key.endsWith(end));
  return goesOn && !next?.capitalized ? at + 2 : 0;
}

/** How many words before a clause's subject its opener may have ("cho biết"). */
const OPENER_WORDS = 3;

/** "Nước này cũng ...", "..., cho biết công ty này sẽ ...": a noun for a country or a body and a demonstrative, opening a clause. */
function bodyAnaphor(context: Context, at: number): PronounMention | undefined {
  const { keys, tokens, words } = context;
  const bodies = words.anaphora?.bodies;
  if (!bodies) return undefined;
  const { demonstratives, after } = words.anaphora!;
  // A noun of one or two words, then a demonstrative: most tokens have none a word or two on, so no noun is looked up there.
  if (!demonstratives.has(keys[at + 1] ?? "") && !demonstratives.has(keys[at + 2] ?? "")) return undefined;
  const length = [2, 1].find((n) => bodies.has(keys.slice(at, at + n).join(" ")));
  if (!length || !demonstratives.has(keys[at + length] ?? "")) return undefined;
  const opens =
    at === 0 ||
    !tokens[at - 1]!.word ||
    (!!after && Array.from({ length: OPENER_WORDS }, (_, k) => k + 1).some((n) => after.lengthAt(keys, at - n) === n));
  if (!opens) return undefined;
  return { kind: "pronoun", from: at, to: at + length + 1, of: bodies.get(keys.slice(at, at + length).join(" "))! };
}

/** How many lower-case words may stand between a determiner and a noun for a bloc ("the 27-nation bloc"). */
const BLOC_MODIFIERS = 2;

/**
 * "the bloc", "the regional bloc", "the 27-nation bloc": a determiner, then up to two lower-case words and the noun;
 * "the junta", "the military regime" likewise, for the country the article is about, unless its own follows ("of X").
 */
function blocAnaphor(context: Context, at: number): PronounMention | undefined {
  const { keys, tokens, spans, words } = context;
  if (!(words.blocNouns || words.rulers) || !words.determiners.has(keys[at] ?? "")) return undefined;
  for (let k = at + 1; k <= at + 1 + BLOC_MODIFIERS && tokens[k]?.word && !tokens[k]!.capitalized && !spans[k]; k++) {
    if (words.blocNouns?.has(keys[k]!)) return { kind: "pronoun", from: at, to: k + 1, of: "ORGANIZATION", international: true };
    if (words.rulers?.nouns.has(keys[k]!)) {
      // As "nước này": only as a clause's subject, not "members of the junta led by X".
      const opens = at === 0 || !tokens[at - 1]!.word || words.rulers.after.has(keys[at - 1]!);
      return opens && keys[k + 1] !== words.affiliationAfter
        ? { kind: "pronoun", from: at, to: k + 1, of: "COUNTRY", focus: true }
        : undefined;
    }
  }
  return undefined;
}

/** "Phía bạn cảm ơn ...": the partner side; not "nước bạn Lào", where the country's name follows and is the mention. */
function partnerSide(context: Context, at: number): PronounMention | undefined {
  const { keys, spans, words } = context;
  const length = words.partnerSide?.phrases.lengthAt(keys, at) ?? 0;
  if (!length || spans[at + length]?.kind === "entity" || words.partnerSide!.notBefore.has(keys[at + length] ?? "")) return undefined;
  if (words.pluralMarkers?.has(keys[at - 1] ?? "")) return undefined;
  return { kind: "pronoun", from: at, to: at + length, of: "COUNTRY", partner: true };
}

/**
 * "Thủ tướng này", "vị Thủ tướng này": an office without a body, then a demonstrative, stands for a person named
 * before; a classifier before the office is the mention's.
 */
function withDemonstrative(context: Context, mention: DescriptorMention): DescriptorMention {
  const { keys, words } = context;
  const anaphora = words.anaphora;
  if (mention.title.affiliation || !anaphora?.demonstratives.has(keys[mention.to] ?? "")) return mention;
  const from = anaphora.classifiers.has(keys[mention.from - 1] ?? "") ? mention.from - 1 : mention.from;
  return { ...mention, from, to: mention.to + 1, demonstrative: true };
}

/**
 * "Anna Rostova, con gái của ...", "A và B, hai con gái của ...": a capitalized run the lexicon does not know, that
 * kin in apposition describe (alone or joined to one more name), is a person. Not a place after a seat word.
 */
function kinDescribedName(context: Context, at: number): NameMention | undefined {
  const { tokens, keys, spans, words } = context;
  const before = tokens[at - 1];
  if (!words.kinAppositions || (before?.word && before.capitalized) || words.seatMarkers?.has(before?.key ?? "")) return undefined;
  const run = capitalizedRun(context, at);
  if (!run) return undefined;
  let end = run.to;
  if (keys[end] === words.and) {
    const known = spans[end + 1];
    end = known?.kind === "entity" && known.entry.type === "PERSON" ? known.to : (capitalizedRun(context, end + 1)?.to ?? end);
  }
  if (tokens[end]?.text !== "," || !words.kinAppositions.lengthAt(keys, end + 1)) return undefined;
  return { kind: "name", from: at, to: run.to, surface: textOf(tokens, at, run.to), type: "PERSON", maybeShort: false };
}

/** At most this many lower-case words describe a kin word's owner after its noun: "người anh hùng độc lập X". */
export const MAX_KIN_OWNER_DESCRIPTION = 5;

/**
 * "con gái của người anh hùng độc lập X": a capitalized run the lexicon does not know, after a kin word, its
 * possessive and a description opened by a noun for a person, is the kin's owner, a person.
 */
function describedKinOwner(context: Context, at: number): NameMention | undefined {
  const { tokens, keys, spans, words } = context;
  if (!words.kinOwnerNouns || !words.kinAppositions) return undefined;
  for (let noun = at - 1; noun >= Math.max(at - 1 - MAX_KIN_OWNER_DESCRIPTION, 1); noun--) {
    const token = tokens[noun]!;
    if (!token.word || token.capitalized || spans[noun]) return undefined;
    if (!words.kinOwnerNouns.has(token.key) || noun === at - 1 || keys[noun - 1] !== words.possessive) continue;
    const kin = [1, 2, 3].some((n) => noun - 1 - n >= 0 && words.kinAppositions!.lengthAt(keys, noun - 1 - n) === n);
    const run = kin ? capitalizedRun(context, at) : undefined;
    return run && { kind: "name", from: at, to: run.to, surface: textOf(tokens, at, run.to), type: "PERSON", maybeShort: false };
  }
  return undefined;
}

/** How many words the pack's travel and measure phrases have at most ("en route to"). */
const TRAVEL_PHRASE_WORDS = 3;

/** "arrived in Arica", "a trip to Labasa": an unknown capitalized run right after a travel phrase of the pack is a place. */
function placeAfterTravel(context: Context, at: number): NameMention | undefined {
  const phrases = context.words.placeAfter;
  return phrases && followsPhrase(context, at, phrases) ? unknownRun(context, at, "LOCATION") : undefined;
}

/** How many names a measure's list of targets may run to before the one at hand ("đối với A, B và C"). */
const TARGET_LIST_NAMES = 6;

/**
 * "trừng phạt đối với Korvanex", "đối với A, B và C": an unknown run that looks like a name, right after a measure's
 * phrase or after a list of such runs that follows it, is its target.
 */
function targetAfterMeasure(context: Context, at: number): NameMention | undefined {
  const target = context.words.targetAfter;
  if (!target) return undefined;
  const { tokens, spans, keys } = context;
  let from = at;
  // Back over the list: "và" or a comma, then a capitalized run the lexicon does not know that looks like a name.
  for (let n = 0; n < TARGET_LIST_NAMES && (keys[from - 1] === context.words.and || keys[from - 1] === ","); n++) {
    let start = from - 1;
    while (start > 0 && !spans[start - 1] && tokens[start - 1]!.word && tokens[start - 1]!.capitalized) start--;
    if (start === from - 1 || !target.looksLikeName(textOf(tokens, start, from - 1))) break;
    from = start;
  }
  const found = followsPhrase(context, from, target.phrases) ? unknownRun(context, at, "ORGANIZATION") : undefined;
  return found && target.looksLikeName(found.surface) ? found : undefined;
}

/** Whether one of `phrases` ends right before token `at`. */
function followsPhrase(context: Context, at: number, phrases: PhraseSet): boolean {
  for (let n = 1; n <= TRAVEL_PHRASE_WORDS; n++) if (at - n >= 0 && phrases.lengthAt(context.keys, at - n) === n) return true;
  return false;
}

/** The unknown capitalized run at `at`, read as a mention of `type`; not one that owns what follows. */
function unknownRun(context: Context, at: number, type: "LOCATION" | "ORGANIZATION"): NameMention | undefined {
  const { tokens, words } = context;
  const run = capitalizedRun(context, at);
  if (!run || words.possessiveClitics.has(tokens[run.to]?.key ?? "")) return undefined;
  return { kind: "name", from: at, to: run.to, surface: textOf(tokens, at, run.to), type, maybeShort: false };
}

/** A name the lexicon knows, `span` at token `i`, and what the words around it make of it. */
function readEntity(context: Context, i: number, span: Extract<Span, { kind: "entity" }>, mentions: Mention[]): number {
  const { tokens, words } = context;
  if (isCraftName(context, span)) return span.to + 1; // "tàu Hải Dương 8": a ship named after the place, not the place
  const government = governmentOf(context, span);
  if (government) {
    // "the Biden administration": the government a leader heads stands for the country.
    mentions.push({ ...entityMention({ ...span, entry: government }, tokens), to: span.to + 1 });
    return span.to + 1;
  }
  const company = companyNamedAfter(context, span);
  if (company) {
    mentions.push(company); // "Iran Air", "Kenya Airways": a company, not the country
    return company.to;
  }
  if (span.entry.type === "ORGANIZATION" && words.memberGroups?.lengthAt(context.keys, span.to)) return span.to; // "ASEAN foreign ministers met X": the members met, not the body
  // "the first by a Brazilian president": after the agent word, an indefinite office describes who did it.
  if (
    isPersonOfCountry(context, span) &&
    !(words.appositionStops?.has(tokens[span.from - 2]?.key ?? "") && officeAfterAffiliation(context, span))
  )
    return span.to;
  if (demonymOfMembers(context, span)) return span.to; // "Cambodian and Thai leaders met": the people met, not the countries // "a Russian", "one North Korean individual": a person, not the country
  if (span.entry.type === "COUNTRY" && words.teamWords?.has(tokens[i - 1]?.key ?? "")) return span.to; // "đội tuyển Việt Nam gặp Thái Lan": a team plays a match, the country meets no one
  const spouse = spouseAfterCountry(context, span);
  if (spouse) {
    mentions.push(spouse); // "Ukraine's first lady X": the person, not the country
    return spouse.to;
  }
  const office = officeAfterAffiliation(context, span);
  const city = office ? undefined : placedCapital(context, span, mentions);
  if (city) {
    mentions.push({ ...entityMention({ ...span, entry: city }, tokens) }); // "tại Viên (Áo)": the city, in its country
    return span.to;
  }
  const lead = office && { from: span.from, affiliation: entityMention(office.affiliation, tokens) };
  const titled = office ? readTitled(context, office.from, office.office, lead) : undefined;
  mentions.push(titled ?? withOwnTitle(context, withApposition(context, entityMention(span, tokens))));
  if (titled) mentions.push(...joinedHolders(context, titled)); // "Israeli ministers A and B"
  return mentions.at(-1)!.to;
}

/**
 * "tàu Hải Dương 8", "tàu khảo sát Thái Bình 2": a place (not a country) the lexicon knows, a bare number right after
 * it and a craft's noun (pack data) right before it, or before the words describing the craft, name a ship or a rig.
 */
function isCraftName(context: Context, span: Extract<Span, { kind: "entity" }>): boolean {
  const { tokens, spans, words } = context;
  const craft = words.craft;
  if (!craft || span.entry.type !== "LOCATION" || !/^\d+$/.test(tokens[span.to]?.text ?? "")) return false;
  for (let k = span.from - 1; k >= 0 && k >= span.from - 1 - MODIFIER_WORDS && !spans[k]; k--) {
    const described = k + 1 === span.from || describedBy(tokens, k + 1, craft.modifiers) === span.from - k - 1;
    if (described && craft.nouns.has(tokens[k]!.key)) return true;
  }
  return false;
}

/** At most this many words of a kind of place between a locative word and a capital ("ở thủ đô X"). */
const CAPITAL_KIND_WORDS = 3;

/**
 * "tại Viên (Áo)", "ở thủ đô X, Y": a capital after a locative word (past its kind) and before its own country, in
 * brackets or after a comma, is named as a place: the city the lexicon gives for the capital, not its country (which
 * it stands for everywhere else). Not before the possessive ("tại thủ đô X của Y"): the batteries' gold wants the city
 * there as often as not (2 of 4). So is a capital a place right before it lies in ("Cung điện A ở thủ đô X", "Sân bay
 * A, thủ đô X"): the place is in the city, whose country the lexicon tells (countryOf reads it for visits).
 */
function placedCapital(context: Context, span: Extract<Span, { kind: "entity" }>, mentions: readonly Mention[]): LexiconEntry | undefined {
  const { tokens, keys, spans, lexicon, words } = context;
  const placed = words.placedCapital;
  if (!placed || span.entry.type !== "COUNTRY") return undefined;
  const city = lexicon.capitals.get(nameKey(textOf(tokens, span.from, span.to)));
  if (city?.country !== span.entry.name) return undefined;
  let at = span.from - 1;
  for (let n = CAPITAL_KIND_WORDS; n >= 1; n--) if (placed.kinds.lengthAt(keys, span.from - n) === n) at = span.from - n - 1;
  const holder = mentions.at(-1);
  // "tại Sân bay X ở thủ đô Y", "Cung điện X, thủ đô Y": the place right before lies in the city (past its kind, a comma
  // will do, unless a list goes on after the city: "A, thủ đô X và B").
  const holds =
    holder?.kind === "name" &&
    holder.type === "LOCATION" &&
    holder.to === at &&
    (placed.at.has(keys[at] ?? "") || (keys[at] === "," && at < span.from - 1 && keys[span.to] !== words.and));
  if (holds) return city;
  if (!placed.at.has(keys[at] ?? "")) return undefined;
  const mark = keys[span.to];
  const bracket = mark === "(";
  if (!bracket && mark !== ",") return undefined;
  const country = spans[span.to + 1];
  if (country?.kind !== "entity" || country.from !== span.to + 1 || country.entry !== span.entry) return undefined;
  return !bracket || keys[country.to] === ")" ? city : undefined;
}

/** At most this many words of a lexicon name may be an office that opens it ("Quốc vương Abdullah II"). */
const OWN_TITLE_WORDS = 3;

/**
 * "Quốc vương Abdullah II", "Nhật hoàng Naruhito": a lexicon person whose written name opens on an office holds
 * it, in the country the lexicon gives; not when that is the person's own name ("Pope Francis").
 */
function withOwnTitle(context: Context, mention: NameMention): NameMention {
  if (mention.type !== "PERSON" || mention.title || nameKey(mention.surface) === nameKey(mention.entry?.name ?? "")) return mention;
  const { tokens, lexicon, words } = context;
  const index = indexOf(words);
  for (let n = Math.min(OWN_TITLE_WORDS, mention.to - mention.from - 1); n >= 1; n--) {
    const key = tokens
      .slice(mention.from, mention.from + n)
      .map((t) => t.nameKey)
      .join(" ");
    const office = index.offices.get(key) ?? lexicon.offices.get(key);
    if (office) return { ...mention, title: { office, former: isFormer(tokens, mention.from, words) } };
  }
  return mention;
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
  // "Ohio Governor X": a place the lexicon puts in a country leads its office too (resolved to that country); a place
  // with no country ("Gaza", a region) does not.
  const place = span.entry.type === "LOCATION";
  if (!words.affiliationFirst || span.entry.type === "PERSON" || (place && !span.entry.country)) return undefined;
  let j = span.to;
  const possessive = tokens[j] && !tokens[j]!.word && words.possessiveClitics.has(tokens[j]!.key);
  if (tokens[j]?.text === "." || possessive) j++;
  const next = spans[j];
  if (next?.kind === "office") return { from: j, office: next.office, affiliation: span };
  if (place) return undefined;
  // "Vietnam's Communist Party leader": the organization nearest the office is the affiliation; one the
  // lexicon does not know leaves it to the country.
  if (next?.kind === "entity" && next.entry.type === "ORGANIZATION" && spans[next.to]?.kind === "office") {
    const office = spans[next.to] as Extract<Span, { kind: "office" }>;
    return { from: next.to, office: office.office, affiliation: next };
  }
  let k = j;
  // "Ukraine's army chief", "Thai army spokesman", "Cambodian defence ministry spokeswoman": after a possessive or a
  // demonym, lower-case modifiers of the office and its ministry too.
  const modified = possessive || context.lexicon.demonyms.has(nameKey(textOf(tokens, span.from, span.to)));
  while (
    k < j + UNKNOWN_BODY_WORDS &&
    !spans[k] &&
    tokens[k]?.word &&
    (tokens[k]!.capitalized || (modified && isOfficeModifier(tokens[k]!, words)))
  )
    k++;
  const office = spans[k];
  return k > j && office?.kind === "office" ? { from: k, office: office.office, affiliation: span } : undefined;
}

/** A lower-case modifier of an office or its ministry ("army", "defence ministry"); module-level: see isDemonymSpan. */
const isOfficeModifier = (t: Token, words: MentionWords) =>
  t.key === words.ministry || (words.titleModifiers.has(t.key) && !words.linkingWords.has(t.key) && !words.articles.has(t.key));

/** A body's name the lexicon does not know is this many capitalized words at least, unless an acronym shows it. */
const BODY_RUN_WORDS = 2;
/** "M23", "RSF", "SADC": capitals (and digits) only, which no common word is. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;

/**
 * "M23 spokesman X", "Pacific Islands Forum chairman X": a capitalized run the lexicon does not know, right before
 * an office and a name, is that office's organization (where the language puts the body first): an acronym, or a
 * run of words not opening the sentence.
 */
function unknownBodyBefore(
  context: Context,
  at: number,
): { office: Extract<Span, { kind: "office" }>; affiliation: NameMention } | undefined {
  const { tokens, spans, words } = context;
  if (!words.affiliationFirst || !tokens[at]?.word || !tokens[at]!.capitalized || tokens[at - 1]?.capitalized) return undefined;
  const run = capitalizedRun(context, at);
  const office = run && spans[run.to];
  if (!run || office?.kind !== "office" || !namesNext(context, office.to)) return undefined;
  const acronym = run.to === at + 1 && ACRONYM.test(tokens[at]!.text);
  if (!acronym && (at === 0 || run.to - at < BODY_RUN_WORDS)) return undefined;
  const surface = textOf(tokens, at, run.to);
  return { office, affiliation: { kind: "name", from: at, to: run.to, surface, type: "ORGANIZATION", maybeShort: false } };
}

/** An acronym's letters at least, for one the lexicon does not know to be a body: "JD Vance" opens on initials. */
const ACRONYM_BODY_LETTERS = 3;

/**
 * "Chủ tịch IEBC X", "Tổng giám đốc VINAFOR Y": an acronym the lexicon does not know, right after an office and right
 * before a name, is the office's body (where the language puts the body after the office; see unknownBodyBefore).
 */
function acronymBodyBefore(context: Context, at: number): NameMention | undefined {
  const { tokens, spans, words } = context;
  const token = tokens[at];
  if (words.affiliationFirst || spans[at] || !token?.word || token.text.length < ACRONYM_BODY_LETTERS) return undefined;
  if (!ACRONYM.test(token.text) || !isPersonStart(context, at + 1) || ACRONYM.test(tokens[at + 1]!.text)) return undefined;
  return { kind: "name", from: at, to: at + 1, surface: token.text, type: "ORGANIZATION", maybeShort: false };
}

/** "Phu nhân", "first lady": a cue for the spouse of whoever the words before it name. */
function isSpouseCue(context: Context, cue: Extract<Span, { kind: "cue" }>): boolean {
  return !!context.words.spouseCues?.has(textOf(context.tokens, cue.from, cue.to).toLowerCase());
}

/** "Chile's first lady X", "the Chilean first lady X": a spouse's cue after a country names the person from the country on. */
function spouseAfterCountry(context: Context, span: Extract<Span, { kind: "entity" }>): NameMention | undefined {
  const { tokens, spans, words } = context;
  if (span.entry.type !== "COUNTRY") return undefined;
  const at = words.possessiveClitics.has(tokens[span.to]?.key ?? "") ? span.to + 1 : span.to;
  const cue = spans[at];
  if (cue?.kind !== "cue" || !isSpouseCue(context, cue)) return undefined;
  const found = personAfterCue(context, cue);
  return found?.mention ? { ...found.mention, from: span.from } : undefined;
}

/**
 * "Foreign Ministers A of Chile and B of Peru": after a titled name and its body named after it, the names joined by
 * "and" (or a comma), each with a body of its own, hold the same office.
 */
function joinedHolders(context: Context, first: Mention): NameMention[] {
  const { tokens, words } = context;
  if (first.kind !== "name" || !first.title) return [];
  // "Prime Ministers A and B", "Senators A and B": a plural office told with no body is every joined name's, each
  // serving their own country, or the first one's when unknown.
  if (first.title.office.plural && !first.title.affiliation && !first.title.principal)
    return sharedHolders(context, first, { ...first.title, nameNext: false, listedAfter: first });
  if (!first.title.affiliation) return [];
  // "Israeli ministers A and B": a plural office whose body came first is every joined name's.
  if (first.title.office.plural && first.title.affiliation.from <= first.from) return sharedHolders(context, first);
  if (first.title.affiliation.from < first.from) return [];
  // "The foreign ministers of Chile and Bolivia, A and B": countries joined after a plural office, then as many names,
  // each the office's holder in the country at its place in the list.
  const bodies = first.title.office.plural ? [first.title.affiliation, ...countriesJoined(context, first.title.affiliation.to)] : [];
  if (bodies.length > 1) {
    const names = moreNames(context, first.to);
    if (names.length !== bodies.length - 1) return [];
    return names.map((name, k) => ({ ...name, title: { ...first.title!, affiliation: bodies[k + 1]!, nameNext: false } }));
  }
  const held: NameMention[] = [];
  let at = first.to;
  while (tokens[at]?.key === words.and || tokens[at]?.text === ",") {
    const name = fullNameAt(context, at + 1);
    const body = name && affiliationAfterName(context, name.to);
    if (!name || !body) break;
    held.push({ ...name, to: body.to, title: { ...first.title, affiliation: body, nameNext: false } });
    at = body.to;
  }
  return held;
}

/** "... of Chile, Peru and Bolivia": the countries joined to the one ending before `at`. */
function countriesJoined(context: Context, at: number): NameMention[] {
  const countries: NameMention[] = [];
  for (let j = at; joinsList(context, j) && isCountrySpan(context.spans[j + 1]); j = context.spans[j + 1]!.to)
    countries.push(entityMention(context.spans[j + 1] as Extract<Span, { kind: "entity" }>, context.tokens));
  return countries;
}

/** "Israeli ministers A and B", "two Israeli ministers, A, B and C": a plural office's title held by every name joined after. */
function sharedHolders(context: Context, first: NameMention, title: Title = first.title!): NameMention[] {
  const { tokens, words } = context;
  const held: NameMention[] = [];
  for (let at = first.to; tokens[at]?.key === words.and || tokens[at]?.text === ","; ) {
    const name = fullNameAt(context, at + 1);
    if (!name) break;
    held.push({ ...name, title });
    at = name.to;
  }
  return held;
}

// Module-level, not a closure per call: under tsx (esbuild keepNames) each closure made costs a defineProperty.
const isDemonymSpan = (context: Context, s: Span | undefined) =>
  s?.kind === "entity" && context.lexicon.demonyms.has(nameKey(textOf(context.tokens, s.from, s.to)));

/** A conjunction or a comma at `at`, joining two items of a list (module-level: see isDemonymSpan). */
const joinsList = ({ tokens, words }: Context, at: number) => tokens[at]?.key === words.and || tokens[at]?.text === ",";

/** "Cambodian and Thai leaders", "Uzbek foreign ministers": demonyms, joined or not, before a plural of people. */
function demonymOfMembers(context: Context, span: Extract<Span, { kind: "entity" }>): boolean {
  const { tokens, spans, words } = context;
  // Most names have neither a plural nor a conjunction after them: no need to ask whether they are demonyms.
  if (!words.memberGroups || (!joinsList(context, span.to) && !words.memberGroups.lengthAt(context.keys, span.to))) return false;
  if (!isDemonymSpan(context, span)) return false;
  let at = span.to;
  // "Cambodian and Thai": the demonyms of one plural, joined by a conjunction or a comma.
  while (joinsList(context, at) && isDemonymSpan(context, spans[at + 1])) at = spans[at + 1]!.to;
  const group = words.memberGroups.lengthAt(context.keys, at);
  // "Israeli ministers A and B", "two Israeli ministers, A and B," name their members.
  const named = tokens[at + group]?.capitalized || (tokens[at + group]?.text === "," && isPersonStart(context, at + group + 1));
  return group > 0 && !named && !membersTargeted(context, span.from);
}

/** "sanctions on (13 | senior) Syrian officials": the demonym at `from` follows a word the pack says lays a measure on it. */
function membersTargeted({ tokens, words }: Context, from: number): boolean {
  const after = words.membersTargetedAfter;
  if (!after) return false;
  const plain = tokens[from - 1];
  const skipped = plain?.word && !plain.capitalized && !after.has(plain.key) ? 1 : 0;
  return after.has(tokens[from - 1 - skipped]?.key ?? "");
}

/** A demonym after an indefinite article names someone of the country, not the country. */
function isPersonOfCountry(context: Context, span: Extract<Span, { kind: "entity" }>): boolean {
  const { tokens, lexicon, words } = context;
  if (!words.indefinite.has(tokens[span.from - 1]?.key ?? "")) return false;
  return lexicon.demonyms.has(nameKey(textOf(tokens, span.from, span.to)));
}

interface Context {
  tokens: Token[];
  /** The tokens' lower-case keys, for phrase lookups. */
  keys: string[];
  spans: (Span | undefined)[];
  lexicon: Lexicon;
  words: MentionWords;
}

/**
 * "Cảnh sát Quốc gia X", "Cơ quan Cảnh sát quốc gia Y": whether the organization cue at `at` (ending at `to`), or a
 * capitalized cue right after it, is a kind of body whose name keeps its country (MentionWords.countryNamedBodies).
 */
function countryNamedHead(context: Context, at: number, to: number): boolean {
  const { tokens, spans, words } = context;
  const kinds = words.countryNamedBodies;
  if (!kinds) return false;
  if (kinds.has(textOf(tokens, at, to).toLowerCase())) return true;
  const inner = spans[to];
  return inner?.kind === "cue" && tokens[to]!.capitalized && kinds.has(textOf(tokens, to, inner.to).toLowerCase());
}

/**
 * "Lực lượng Bảo vệ bờ biển Philippines", "Lực lượng Tuần duyên Mỹ": a cue's capitalized run that goes on in
 * lower case into a country's name is a national institution, not a name of its own: where the country opens, if so.
 */
function countryOfInstitution(context: Context, at: number): number | undefined {
  const { tokens, spans, words } = context;
  // Words of a body's name only: "Công ty X lên án Y" is a company acting, not Y's institution.
  const nameWord = (key: string) => !words.linkingWords.has(key) && (!words.bodyNameWords || words.bodyNameWords.has(key));
  let j = at;
  while (j < at + 4 && !spans[j] && tokens[j]?.word && !tokens[j]!.capitalized && nameWord(tokens[j]!.key)) j++;
  const next = spans[j];
  return j > at && next?.kind === "entity" && next.entry.type === "COUNTRY" ? j : undefined;
}

/**
 * "nhà ngoại giao X", "Tiến sĩ X": the person a cue introduces. After a spouse's cue an office is the spouse's:
 * "Phu nhân Thủ tướng Nhật Bản X" is X, who holds no office; "Phu nhân Tổng thống Nga" names no one.
 */
function personAfterCue(context: Context, cue: Extract<Span, { kind: "cue" }>): { mention?: NameMention; to: number } | undefined {
  const { spans } = context;
  const next = spans[cue.to];
  if (next?.kind === "office") {
    if (!isSpouseCue(context, cue)) return undefined;
    const held = readTitled(context, cue.to, next.office);
    if (held?.kind !== "name") return { to: held?.to ?? next.to };
    return { mention: { ...held, from: cue.from, title: undefined, alsoTitles: undefined }, to: held.to };
  }
  // "Đệ nhất phu nhân Hàn Quốc X", "nhà báo Mỹ X", "Công chúa Thụy Điển Y": a cue, the country, then the person, who
  // holds no office of it. A full name, or one the lexicon knows; a royal style names people by one given name too.
  if (next?.kind === "entity" && next.entry.type === "COUNTRY") {
    // "nhà báo Mỹ Sofia X": a place's name that more capitalized words follow is a given name (placeNamedPerson).
    const person = nameAt(context, next.to) ?? placeNamedPerson(context, next.to);
    const single = !!context.words.singleNameCues?.has(textOf(context.tokens, cue.from, cue.to).toLowerCase());
    const named = person && (person.to - next.to >= PAIR || single || context.spans[next.to]?.kind === "entity");
    return named ? { mention: { ...person, from: cue.from }, to: person.to } : undefined;
  }
  const name = nameAt(context, cue.to + describedBy(context.tokens, cue.to, context.words.personModifiers));
  const mention = name && withApposition(context, { ...name, from: cue.from });
  return mention ? { mention, to: mention.to } : undefined;
}

/** The most words of a describing phrase: "đối lập" in "thủ lĩnh đối lập X", "ven biển" in "thành phố ven biển X". */
const MODIFIER_WORDS = 2;

/**
 * How many words of a pack's plain describing phrases (`modifiers`, at most `maxWords` words) stand at `at` right
 * before a capitalized word ("độc lập" in "thượng nghị sĩ độc lập X", "biên giới" in "thị trấn biên giới X", a body's
 * members "các quốc gia" in "Liên minh các quốc gia Sahel", a legal form "cổ phần" in "Công ty cổ phần X"); 0 for none.
 */
function describedBy(tokens: Token[], at: number, modifiers: PhraseSet | undefined, maxWords = MODIFIER_WORDS): number {
  const length =
    modifiers?.lengthAt(
      tokens.slice(at, at + maxWords).map((t) => t.key),
      0,
    ) ?? 0;
  return length && tokens[at + length]?.capitalized ? length : 0;
}

/**
 * An unknown capitalized run at `at` after a lower-case word ("tới Karuizawa", "in Tamale"): a name the lexicon does
 * not know, which what follows it may show to be a place.
 */
function unknownRunAfterLowerCase(context: Context, at: number): ReturnType<typeof capitalizedRun> {
  const { tokens, spans, words } = context;
  const before = tokens[at - 1];
  if (!before?.word || before.capitalized || spans[at] || !tokens[at]!.capitalized) return undefined;
  if (words.isDateWord?.(tokens[at]!.text)) return undefined;
  return capitalizedRun(context, at);
}

/** "tới Karuizawa, Nhật Bản", "tại Geneva, Thụy Sĩ": an unknown capitalized name placed in a country is a place. */
function isPlaceBeforeCountry(context: Context, at: number): boolean {
  const { tokens, spans } = context;
  const run = unknownRunAfterLowerCase(context, at);
  if (!run || tokens[run.to]?.text !== ",") return false;
  // "in Gliwice, southern Poland": a compass word may say where in the country.
  const word = tokens[run.to + 1];
  const compass = !spans[run.to + 1] && word?.word && !word.capitalized && context.words.placeIn?.modifiers.has(word.key) ? 1 : 0;
  const next = spans[run.to + 1 + compass];
  // Not "X, Kenya's foreign minister": a country that an office follows introduces a person.
  return next?.kind === "entity" && next.entry.type === "COUNTRY" && !officeAfterAffiliation(context, next);
}

/** At most this many lower-case words between "in" and the place it leads to: "in the south-eastern region of". */
const IN_PLACE_WORDS = 3;

/**
 * "to Tarnow, in southern Poland", "at Las Palmas, in Spain's Canary Islands", "in Cartagena, in the region of Murcia":
 * an unknown capitalized name whose apposition says which known place, or which kind of place, it is in is a place.
 */
function isPlaceBeforePlaceIn(context: Context, at: number): boolean {
  const { tokens, spans, words } = context;
  const run = unknownRunAfterLowerCase(context, at);
  if (!run || !words.placeIn || tokens[run.to]?.text !== "," || tokens[run.to + 1]?.key !== words.placeIn.word) return false;
  let j = run.to + 2;
  while (j < run.to + 2 + IN_PLACE_WORDS && !spans[j] && words.placeIn.modifiers.has(tokens[j]?.key ?? "")) j++;
  const span = spans[j];
  if (span?.kind === "cue") return span.type === "LOCATION" && !!words.placeKindCues?.has(textOf(tokens, j, span.to).toLowerCase());
  return span?.kind === "entity" && (span.entry.type === "COUNTRY" || span.entry.type === "LOCATION");
}

/**
 * "tại Kochi thuộc bang Kerala", "tại Kochi, bang Kerala": an unknown capitalized run inside a place named by its
 * kind, or put in apposition to one (an address), is a place.
 */
function isPlaceWithinKind(context: Context, at: number): boolean {
  const { tokens, spans, words } = context;
  const within = words.placeWithin;
  const run = within && unknownRunAfterLowerCase(context, at);
  const joiner = tokens[run ? run.to : at]?.key ?? "";
  if (!within || !run || !(within.has(joiner) || joiner === ",")) return false;
  // "chị Trần Thị Mai, phường X": after a comma, a run that looks like a personal name is someone from the place.
  if (joiner === "," && words.looksLikeName?.(textOf(tokens, at, run.to))) return false;
  const kind = spans[run.to + 1];
  if (!words.placeKindCues?.has(tokens[run.to + 1]!.key)) return false;
  // "thuộc tỉnh Ontario": the kind may open a place the lexicon knows by it.
  return kind?.kind === "cue" ? kind.type === "LOCATION" : kind?.kind === "entity" && kind.entry.type === "LOCATION";
}

/** At most this many words describe a place's kind in an apposition: "the bustling lakeside port city". */
const MAX_KIND_WORDS = 4;

/**
 * "to Kumasi, the capital of ...", "in Tamale, a town in northern Ghana", "near Sokode, Togo's second city": an
 * unknown capitalized name put in apposition as a kind of place is a place. The kind ends the apposition or leads
 * on to where the place lies, so "X, the city's mayor" stays a person.
 */
function isPlaceBeforeKind(context: Context, at: number): boolean {
  const { tokens, spans, words } = context;
  const kinds = words.placeAppositions;
  const run = (kinds || words.kindFirstAppositions) && unknownRunAfterLowerCase(context, at);
  if (!run || tokens[run.to]?.text !== ",") return false;
  let j = run.to + 1;
  // "Malvik, thủ phủ tỉnh Oster": a kind that opens the apposition, its modifiers after it.
  if (!spans[j] && words.kindFirstAppositions?.lengthAt(context.keys, j)) return true;
  const owner = spans[j];
  if (!kinds) return false;
  if (kinds.articles.has(tokens[j]?.key ?? "")) j++;
  else if (owner?.kind === "entity" && (owner.entry.type === "COUNTRY" || owner.entry.type === "LOCATION")) {
    // "Togo's second city": a known place owns the kind.
    if (!words.possessiveClitics.has(tokens[owner.to]?.key ?? "")) return false;
    j = owner.to + 1;
  } else return false;
  for (const end = j + MAX_KIND_WORDS; j < end; j++) {
    const token = tokens[j];
    // "the capital of X": the kind may open a place's cue.
    const kindCue = spans[j]?.kind === "cue" && !!words.placeKindCues?.has(textOf(tokens, j, spans[j]!.to).toLowerCase());
    if (!token?.word || token.capitalized || (spans[j] && !kindCue)) return false;
    // "a port city": a kind noun may describe the kind that follows it.
    if (kinds.nouns.has(token.key) && !kinds.nouns.has(tokens[j + 1]?.key ?? "")) {
      const next = tokens[j + 1];
      // Not "the city's mayor": a possessive makes the kind the owner of what comes next.
      return !next || (!next.word && !words.possessiveClitics.has(next.key)) || kinds.leadOn.has(next.key);
    }
  }
  return false;
}

/**
 * "Quang Ninh province", "the Kharkiv region", "Jeju Island": a capitalized run the lexicon does not know, ending in
 * (or followed by) a kind of place, is that place. The kind is no part of the name but is kept in what was
 * written, so an alias holds it.
 */
function placeBeforeKind(context: Context, at: number): NameMention | undefined {
  const { tokens, spans, words } = context;
  const kinds = words.placeKindsAfter;
  const before = tokens[at - 1];
  if (!kinds || spans[at] || !tokens[at]!.capitalized || (before?.word && before.capitalized)) return undefined;
  const run = capitalizedRun(context, at);
  if (!run) return undefined;
  const next = tokens[run.to];
  const last = tokens[run.to - 1]!;
  const owned = !!kinds.owned?.has(next?.key ?? "") && words.possessiveClitics.has(before?.key ?? "");
  if (next?.word && !next.capitalized && (kinds.lower.has(next.key) || owned)) {
    const [surface, written] = [textOf(tokens, at, run.to), textOf(tokens, at, run.to + 1)];
    return { kind: "name", from: at, to: run.to, surface, written, type: "LOCATION", maybeShort: false };
  }
  if (run.to - at < 2 || !kinds.capitalized.has(last.key)) return undefined;
  const surface = textOf(tokens, at, run.to - 1);
  return { kind: "name", from: at, to: run.to, surface, written: textOf(tokens, at, run.to), type: "LOCATION", maybeShort: false };
}

/** "Maryam Nawaz's father", "Ali Khan's eldest son": a capitalized run the lexicon does not know, owning kin. */
function kinOwnerAt(context: Context, at: number): NameMention | undefined {
  const { tokens, spans, words } = context;
  const before = tokens[at - 1];
  if (!words.kinWords || spans[at] || !tokens[at]!.capitalized || (before?.word && before.capitalized)) return undefined;
  if (words.honorifics.has(tokens[at]!.key)) return undefined; // "Mr Kim's son": the honorific's own branch reads it
  const run = capitalizedRun(context, at);
  if (!run || !words.possessiveClitics.has(tokens[run.to]?.key ?? "")) return undefined;
  const kin = [1, 2, 3].some(
    (k) =>
      words.kinWords!.has(tokens[run.to + k]?.key ?? "") && tokens.slice(run.to + 1, run.to + k).every((t) => t.word && !t.capitalized),
  );
  return kin ? { kind: "name", from: at, to: run.to, surface: textOf(tokens, at, run.to), type: "PERSON", maybeShort: false } : undefined;
}

/** At most this many lower-case words describe the kin a kin word names: "the son of banana magnate X". */
const MAX_KIN_DESCRIPTION = 2;

/** Where the name a kin word names starts: past "of" and a few lower-case words ("son of shipping magnate X"). */
function kinNamedAt(context: Context, at: number): number {
  const { tokens, spans, words } = context;
  let j = at;
  if (tokens[j]?.key !== words.possessive) return j;
  j++;
  for (const end = j + MAX_KIN_DESCRIPTION; j < end && tokens[j]?.word && !tokens[j]!.capitalized && !spans[j]; ) j++;
  return tokens[j]?.capitalized ? j : at;
}

/**
 * The person a kin word names: "his son Ali Khan", "her sister Kim Yo Jong". Kin share a family name, so a
 * given name before a known person's surname is someone else of that family, not that person.
 */
function personAfterKin(context: Context, at: number): NameMention | undefined {
  const { tokens, spans } = context;
  const run = spans[at] ? undefined : capitalizedRun(context, at);
  const family = run && spans[run.to];
  if (run && family?.kind === "entity" && family.entry.type === "PERSON" && family.to === run.to + 1) {
    return { kind: "name", from: at, to: family.to, surface: textOf(tokens, at, family.to), type: "PERSON", maybeShort: false };
  }
  return nameAt(context, at);
}

/** A sentence's spans by the token each starts at; `contextual`: whether contextual names gave a key looked up. */
interface Labels {
  spans: (Span | undefined)[];
  contextual: boolean;
}

/** Longest lexicon, office or cue match at each token, left to right, without overlaps. */
function labelSpans(tokens: Token[], lexicon: Lexicon, index: MentionIndex, contextual?: ContextualNames): Labels {
  const spans: (Span | undefined)[] = new Array(tokens.length);
  // A span's key is its tokens' name keys joined ("Kim Jong-un" → "kim jong un").
  const keys = tokens.map((t) => t.nameKey);
  let known = index.allPrefixes.get(lexicon);
  if (!known) index.allPrefixes.set(lexicon, (known = new Set([...lexicon.prefixes, ...index.cuePrefixes])));
  // Every key a span is looked up by is first looked up here: one only contextual names give may change the spans.
  let gaveKey = false;
  const isPrefix = (key: string) => {
    if (contextual?.ownKeys.has(key)) gaveKey = true;
    return known.has(key) || !!contextual?.prefixes.has(key);
  };
  const endKeys: string[] = [];
  const endTokens: number[] = [];
  let lastEnd = -1;
  let officeEnd = -1; // where the last office ended: "Giám đốc X Y", a company's own name after it
  let i = 0;
  // "People's Republic": a word and its attached clitic fold into one key word, as in the lexicon's keys (`nameKey`).
  const folded = (key: string, j: number) => {
    const joined = isAttachedPossessive(tokens, j + 1, index.words) ? `${key}${nameKey(tokens[j + 1]!.text)}` : key;
    return joined !== key && isPrefix(joined) && !isPrefix(key) ? joined : key;
  };
  while (i < tokens.length) {
    let found: Span | undefined;
    const first = tokens[i]!.word ? folded(keys[i]!, i) : "";
    if (tokens[i]!.word && isPrefix(first)) {
      // Grow the key word by word while it still begins some known name, office or cue; then try the longest first.
      let ends = 0;
      let key = first;
      for (let j = i + (first === keys[i] ? 0 : 1); ; ) {
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
        if (isMiddleInitial(tokens, j)) j += 2; // "Antony J. Blinken": a middle initial is no part of the key
        // "Tập đoàn Than - Khoáng sản Việt Nam": a dash inside a known name, which its key folds away.
        if (DASHES.has(tokens[j]?.text ?? "") && tokens[j + 1]?.word && isPrefix(`${key} ${keys[j + 1]}`)) j++;
        if (j >= tokens.length || !tokens[j]!.word) break;
        const plain = `${key} ${keys[j]}`;
        key = folded(plain, j);
        if (key !== plain) j++; // the clitic folded in is part of the span
        if (!isPrefix(key)) break;
      }
      const afterOffice = officeEnd === i;
      while (ends > 0 && !found)
        found = spanFor(endKeys[--ends]!, i, endTokens[ends]!, tokens, lexicon, index, lastEnd === i, contextual, afterOffice);
    }
    if (found) {
      found = withStateForm(found, tokens, lastEnd, index.words);
      spans[found.from] = found;
      i = lastEnd = found.to;
      if (found.kind === "office") officeEnd = found.to;
    } else i++;
  }
  return { spans, contextual: gaveKey };
}

/** "the Republic of Armenia": a state's formal style just before a country's name is part of that name. */
function withStateForm(span: Span, tokens: Token[], after: number, words: MentionWords): Span {
  if (span.kind !== "entity" || span.entry.type !== "COUNTRY" || !words.stateForms) return span;
  for (let from = Math.max(0, after, span.from - STATE_FORM_WORDS); from < span.from; from++) {
    const before = tokens.slice(from, span.from).map((t) => t.key);
    if (words.stateForms.lengthAt(before, 0) === before.length) return { ...span, from };
  }
  return span;
}

function spanFor(
  key: string,
  from: number,
  to: number,
  tokens: Token[],
  lexicon: Lexicon,
  index: MentionIndex,
  afterSpan: boolean,
  contextual?: ContextualNames,
  afterOffice = false,
): Span | undefined {
  if (afterNameParticle(tokens, from, index.words)) return undefined;
  const group = index.groups.get(key);
  if (group && !(group.bare && tokens[to]?.capitalized)) return { kind: "group", from, to, cue: group };
  const office = index.offices.get(key) ?? lexicon.offices.get(key);
  if (office && !endsInOffice(tokens, to, lexicon, index)) return { kind: "office", from, to, office };
  const name = lexicon.names.get(key);
  if (
    name &&
    (name.cased ? tokens[from]!.capitalized : !boundBefore(tokens, from, index.words)) &&
    !isCommonWord(tokens, from, to, index.words) &&
    !insideName(tokens, from, to, afterSpan && name.entry.type, index.words) &&
    !(afterSpan === false && otherGivenName(tokens, from, to, name.entry, index.words)) &&
    !endsInCue(tokens, to, index) &&
    !shortOfOtherPlace(tokens, to, key, name.entry)
  ) {
    return { kind: "entity", from, to, entry: name.entry };
  }
  // "the North": its last word capitalized, and no longer name going on ("the North Atlantic").
  const standsFor = contextual?.names.get(key);
  // A short form the article defined may be followed by a name ("Tổng giám đốc ABC Y"); in brackets it only restates
  // the name before it ("Công ty X (ABC) và Y ký": no third side).
  const defined = !!standsFor && contextual!.defined.has(key);
  if (defined && tokens[from - 1]?.text === "(" && tokens[to]?.text === ")") return undefined;
  // "Liên đoàn Y (AL)", then "Sheikh A bin B Al Thani": a one-word short form names its body only as it is written.
  if (defined && to - from === 1 && !isShortFormShape(tokens[from]!.text)) return undefined;
  // A company's own name after a lower-case word no span ends is the end of its full name ("Công ty CP Xây lắp X").
  const lowerBefore = !afterOffice && !!tokens[from - 1]?.word && !tokens[from - 1]!.capitalized;
  if (defined && to - from > 1 && lowerBefore) return undefined;
  if (standsFor && tokens[to - 1]!.capitalized && (defined || !(tokens[to]?.word && tokens[to]!.capitalized)))
    return { kind: "entity", from, to, entry: standsFor };
  const cue = index.contextCues.get(key);
  if (
    cue &&
    (tokens[to]?.capitalized ||
      (cue === "PERSON" && describedBy(tokens, to, index.words.personModifiers) > 0) ||
      (cue === "LOCATION" && !!index.words.placeKindCues?.has(key) && describedBy(tokens, to, index.words.placeModifiers) > 0) ||
      (cue === "ORGANIZATION" && describedBy(tokens, to, index.words.bodyMembers, MEMBER_WORDS) > 0) ||
      (cue === "ORGANIZATION" &&
        index.words.bodyKindHeads?.has(key) &&
        describedBy(tokens, to, index.words.companyForms, FORM_WORDS) > 0) ||
      (cue === "ORGANIZATION" &&
        !tokens[from]!.capitalized &&
        index.words.bodyKindHeads?.has(key) &&
        tradesBefore(tokens, to, index.words) > 0) ||
      (cue === "ORGANIZATION" &&
        tokens[from]!.capitalized &&
        !!index.words.countryNamedBodies?.has(key) &&
        lowerNameBefore(tokens, from, to, index.words)))
  )
    return { kind: "cue", from, to, type: cue };
  return undefined;
}

/**
 * "huyện Đức Hòa", "xã Tiền Phong": after the lower-case kind of an administrative unit, a one-word country and one
 * more capitalized word no span reads (not a capital: "TP Hà Nội Nguyễn Văn A" is the city, then its officer), or a
 * body the lexicon knows, is the unit's own name; where it ends.
 */
function unitNamesake(context: Context, at: number): { to: number } | undefined {
  const { tokens, spans } = context;
  const span = spans[at];
  if (span?.kind !== "entity" || span.from !== at || tokens[span.to]?.text === "(") return undefined;
  if (span.entry.type === "ORGANIZATION") return tokens[span.to]?.capitalized ? undefined : { to: span.to };
  return countryNamedOn(context, at);
}

/**
 * "Đức Hòa", "Mỹ Đình" at `at`: a one-word country (not a capital) and one more capitalized word no span reads, with no
 * capitalized word after them, is a place's name (or the end of one) that opens on the country's name; where it ends.
 */
function countryNamedOn(context: Context, at: number): { to: number } | undefined {
  const { tokens, spans, lexicon } = context;
  const span = spans[at];
  if (span?.kind !== "entity" || span.from !== at || span.entry.type !== "COUNTRY" || span.to !== at + 1) return undefined;
  if (lexicon.capitals.has(nameKey(tokens[at]!.text))) return undefined;
  const run = capitalizedRun(context, span.to);
  return run?.to === span.to + 1 && !tokens[run.to]?.capitalized ? run : undefined;
}

/** "Rhine Xanh" in "Công ty Rhine Xanh": a place the lexicon knows at `at`, then capitalized words no span reads; where they end. */
function placeInName(context: Context, at: number): { to: number } | undefined {
  const span = context.spans[at];
  if (span?.kind !== "entity" || span.from !== at || span.entry.type !== "LOCATION") return undefined;
  return capitalizedRun(context, span.to);
}

/**
 * "Tháp Trump", "Sân bay Bắc Kinh": a lexicon person or capital right after a building's kind, which it names; after
 * a company's kind (`firm`) a capital or a place the lexicon knows ("Ngân hàng Vũ Hán"), not a person.
 */
function namesakeAt(context: Context, at: number, firm = false): { to: number } | undefined {
  const span = context.spans[at];
  if (span?.kind !== "entity" || span.from !== at) return undefined;
  const capital = span.entry.type === "COUNTRY" && context.lexicon.capitals.has(nameKey(textOf(context.tokens, at, span.to)));
  if (firm) return capital || span.entry.type === "LOCATION" ? { to: span.to } : undefined;
  return span.entry.type === "PERSON" || capital ? { to: span.to } : undefined;
}

/** How many words a context cue may have ("trung tâm vũ trụ"). */
const MAX_CUE_WORDS = 3;

/** The most words a body's members take before its name: "các quốc gia" in "Liên minh các quốc gia Sahel". */
const MEMBER_WORDS = 3;

/** The most words a kind of body's trade and owner take before its name: "vận tải biển nhà nước" in "tập đoàn vận tải biển nhà nước X". */
const TRADE_WORDS = 5;

/** At most this many lower-case words of a body's name stand between a police force's kind and its capitalized rest: "quốc gia". */
const LOWER_NAME_WORDS = 3;

/**
 * "Cảnh sát quốc gia X": lower-case words of a body's name (MentionWords.bodyNameWords) at `at`, then a capitalized
 * word; not a field of offices the kind at `from` opens ("Cảnh sát biển X", a branch of the forces).
 */
function lowerNameBefore(tokens: Token[], from: number, at: number, words: MentionWords): boolean {
  const window = tokens.slice(from, at + LOWER_NAME_WORDS).map((t) => t.key);
  if ((words.titleFields?.lengthAt(window, 0) ?? 0) > at - from) return false;
  let k = at;
  while (k < at + LOWER_NAME_WORDS && tokens[k]?.word && !tokens[k]!.capitalized && words.bodyNameWords?.has(tokens[k]!.key)) k++;
  return k > at && !!tokens[k]?.capitalized;
}

/** "công ty dầu khí quốc doanh X": how many words say a lower-case kind of body's trade or owner before its capitalized name, or 0. */
function tradesBefore(tokens: Token[], at: number, words: MentionWords): number {
  const trades = words.bodyTrades;
  if (!trades) return 0;
  const window = tokens.slice(at, at + TRADE_WORDS).map((t) => t.key);
  let length = 0;
  for (let step = trades.lengthAt(window, 0); step; step = trades.lengthAt(window, length)) length += step;
  return length && tokens[at + length]?.capitalized ? length : 0;
}

/** Where a full name on a family name opens among the last words before `to` (not at or before `after`), if one does. */
function familyNameStart(context: Context, to: number, after: number): number | undefined {
  for (let k = to - FULL_NAME_WORDS; k > after; k--) if (context.words.familyNames?.has(context.tokens[k]!.key)) return k;
  return undefined;
}

/** "cổ phần" in "Công ty cổ phần X": how many words of a company's legal form (MentionWords.companyForms) start at `at`, before a capitalized word; else 0. */
function companyFormAt(context: Context, at: number): number {
  const length = describedBy(context.tokens, at, context.words.companyForms, FORM_WORDS);
  return length && !context.spans[at + length] ? length : 0;
}

/** At most this many words tell a company's legal form: "tnhh một thành viên". */
const FORM_WORDS = 4;

/** A name whose last word opens a cue the next words complete: "Chủ tịch Tập" in "Chủ tịch Tập đoàn X". */
function endsInCue(tokens: Token[], to: number, index: MentionIndex): boolean {
  let key = tokens[to - 1]!.key;
  for (let k = to; k < to - 1 + MAX_CUE_WORDS && tokens[k]?.word; k++) {
    key = `${key} ${tokens[k]!.key}`;
    if (index.contextCues.has(key)) return true;
  }
  return false;
}

/** How many words an office may have past its first ("bộ trưởng an ninh nội địa"). */
const MAX_OFFICE_TAIL = 4;

/**
 * An office whose last word opens a longer office the next words complete: "nguyên Thủ tướng" is a former prime
 * minister, not a head of state ("nguyên thủ") followed by a stray word.
 */
function endsInOffice(tokens: Token[], to: number, lexicon: Lexicon, index: MentionIndex): boolean {
  if (to - 1 <= 0 || !tokens[to]?.word) return false;
  let key = tokens[to - 1]!.nameKey;
  for (let k = to; k < to + MAX_OFFICE_TAIL && tokens[k]?.word; k++) {
    key = `${key} ${tokens[k]!.nameKey}`;
    if (index.offices.has(key) || lexicon.offices.has(key)) return true;
  }
  return false;
}

/** A possessive clitic written onto the word before it ("Vietnam's", "Workers'"). */
function isAttachedPossessive(tokens: Token[], at: number, words: MentionWords): boolean {
  const token = tokens[at];
  return !!token && !token.word && words.possessiveClitics.has(token.key) && token.start === tokens[at - 1]?.end;
}

/** A one-letter capital, its dot and a capitalized word after it, inside a name: "Antony J. Blinken". */
function isMiddleInitial(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  return !!token && token.text.length === 1 && token.capitalized && isInitialDot(tokens, at + 1);
}

/** Given names' initials glued by their dots, the last dot apart: "B.J" of "B.J. Habibi". */
const GLUED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

/** The dot after a one-letter initial (or glued initials), followed by a capitalized word: "V. Putin", "B.J. Habibi". */
function isInitialDot(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (tokens[at]?.text !== "." || !before || !tokens[at + 1]?.capitalized) return false;
  return (before.text.length === 1 && before.capitalized) || GLUED_INITIALS.test(before.text);
}

/**
 * A lower-case name whose first word belongs with the word before it: "bờ biển Philippines". Capitalized inside
 * a sentence it is the name: "trên Biển Đông" (in the South China Sea), not "trên biển" (at sea).
 */
function boundBefore(tokens: Token[], from: number, words: MentionWords): boolean {
  if (tokens[from]!.capitalized && tokens[from - 1]?.word) return false;
  return words.compoundBefore.get(tokens[from]!.key)?.has(tokens[from - 1]?.key ?? "") ?? false;
}

/** "Ý kiến", "Anh ấy" at a sentence start: a country word that is part of a common compound. */
function isCommonWord(tokens: Token[], from: number, to: number, words: MentionWords): boolean {
  if (to - from !== 1 || (from > 0 && tokens[from - 1]!.word)) return false;
  return words.commonCompounds.has(`${tokens[from]!.key} ${tokens[to]?.key ?? ""}`.trim());
}

/** The country of a lexicon person named before a government noun ("the Biden administration"), if any. */
function governmentOf(context: Context, span: Extract<Span, { kind: "entity" }>): LexiconEntry | undefined {
  const { tokens, words, lexicon } = context;
  if (span.entry.type !== "PERSON" || !span.entry.country || !words.governmentNouns?.has(tokens[span.to]?.key ?? "")) return undefined;
  return lexicon.byName.get(span.entry.country);
}

/**
 * "Kumsusan Guesthouse": a place's short form ("Kumsusan" of "Kumsusan Palace of the Sun") that a capitalized word
 * goes on from names another place.
 */
function shortOfOtherPlace(tokens: Token[], to: number, key: string, entry: LexiconEntry): boolean {
  const next = tokens[to];
  return entry.type === "LOCATION" && !!next?.word && next.capitalized && nameKey(entry.name).startsWith(`${key} `);
}

/** "al-Shaibani", "el-Baradei", "d'Aubigny": a name's particle joined by a hyphen or an apostrophe to a capitalized name word. */
function isParticleJoined(token: Token, words: MentionWords): boolean {
  const hyphen = token.text.search(/[-'’]/);
  const rest = token.text.slice(hyphen + 1);
  return (
    hyphen > 0 && words.nameParticles.has(token.text.slice(0, hyphen)) && rest !== rest.toLowerCase() && rest[0] === rest[0]!.toUpperCase()
  );
}

/** At most this many particles stand together inside a name ("de la", "van der"). */
const MAX_PARTICLES = 2;

/** "de Souza", "de la Fuente", "van der Berg": particles at `at`, then a capitalized name word. */
function particlesLeadOn(tokens: Token[], at: number, words: MentionWords): boolean {
  let k = at;
  while (k < at + MAX_PARTICLES && words.nameParticles.has(tokens[k]?.text ?? "") && words.nameParticles.has(tokens[k + 1]?.text ?? ""))
    k++;
  return words.nameParticles.has(tokens[k]?.text ?? "") && !!tokens[k + 1]?.capitalized;
}

/**
 * "Carlos Agostinho do Rosário": a particle that is also a common word (MentionWords.foreignNameParticles) goes on in a
 * name of two words or more only between foreign words, and not into a name the lexicon knows ("Movitel do Viettel").
 */
function foreignParticleJoins({ tokens, spans, words }: Context, at: number): boolean {
  const joins = words.foreignNameParticles;
  const next = tokens[at + 1];
  return (
    !!joins?.particles.has(tokens[at]!.text) &&
    !spans[at + 1] &&
    !!next?.word &&
    next.capitalized &&
    joins.foreign(tokens[at - 1]!.text) &&
    joins.foreign(next.text)
  );
}

/** "ông del Campo", "bà van der Berg": after an honorific, the surname of someone named before that opens on its particles. */
function particleLedName(context: Context, at: number): NameMention | undefined {
  const { tokens, words } = context;
  if (!particlesLeadOn(tokens, at, words)) return undefined;
  let k = at;
  while (words.nameParticles.has(tokens[k]?.text ?? "")) k++;
  const run = context.spans[k] ? undefined : capitalizedRun(context, k);
  // Tentative: it stands only for a person the article names in full ("Mateo del Campo"), not for a new one.
  const surface = textOf(tokens, at, run?.to ?? at);
  return run ? { kind: "name", from: at, to: run.to, surface, type: "PERSON", maybeShort: true, tentative: true } : undefined;
}

/** "Khaled bin Mohamed bin Zayed", "Zayed bin Sultan": after a name's particle, a known name or title is the name's next part. */
function afterNameParticle(tokens: Token[], from: number, words: MentionWords): boolean {
  const particle = tokens[from - 1];
  const before = tokens[from - 2];
  return !!particle?.word && words.nameParticles.has(particle.text) && !!before?.word && before.capitalized;
}

/** A capitalized word (module-level rather than a closure per call: see isDemonymSpan). */
const isCapitalizedWord = (t: Token | undefined) => !!t?.word && t.capitalized;

/**
 * A one-word lexicon name inside a longer capitalized name: "Minh Đức" after another name word, or "Hồ Đức Tâm"
 * between two, is a person, not Germany. Right after an office or a known name (`afterSpan`: the name's type) a
 * place is no name word ("TT Đức đi", "Tổng thống Nga Vladimir Putin"), and a person's short name is one only at
 * the end of the run ("Secretary Teodoro Ramírez" is Ramírez, not the lexicon's Teodoro).
 */
function insideName(tokens: Token[], from: number, to: number, afterSpan: EntityType | false, words: MentionWords): boolean {
  if (to - from !== 1 || from < 1) return false;
  if (afterSpan) return afterSpan === "PERSON" && isCapitalizedWord(tokens[to]);
  // "bà Charlene Ruto": a known surname after an honorific and a given name is another of the family.
  const honored = words.honorifics.has(tokens[from - 2]?.key ?? "");
  // "Acting Chilean Finance Minister", "Former Kenyan President": a title's modifier before it opens no name.
  const modifier = words.titleModifiers.has(tokens[from - 1]!.key) || words.formerMarkers.has(tokens[from - 1]!.key);
  // "But Serbian Foreign Minister X", "Meanwhile Chilean President Y": a word that opens a clause is no name word
  // ("The Kyiv Independent" keeps its article).
  const prior = tokens[from - 1]!;
  const opener = !!words.openingWords?.has(prior.key) && !words.articles.has(prior.key);
  return (
    isCapitalizedWord(prior) && !modifier && !opener && (isCapitalizedWord(tokens[from - 2]) || isCapitalizedWord(tokens[to]) || honored)
  );
}

/**
 * "Omar Haddad" beside the lexicon's Fernando Haddad: a known person's one-word name after a capitalized word that
 * opens a name with it, as the pack judges names, is another person's surname, unless that word could be one of the
 * known person's own names (the same initial: "Sergei Lavrov" is Sergey Lavrov).
 */
function otherGivenName(tokens: Token[], from: number, to: number, entry: LexiconEntry, words: MentionWords): boolean {
  const given = tokens[from - 1];
  if (to - from !== 1 || entry.type !== "PERSON" || !given?.word || !given.capitalized || !words.looksLikeName) return false;
  const { key } = given;
  if (words.honorifics.has(key) || words.ranks?.has(key) || words.titleModifiers.has(key) || words.formerMarkers.has(key)) return false;
  if (!words.looksLikeName(`${given.text} ${tokens[from]!.text}`, tokens[from - 2]?.key)) return false;
  const initials = new Set([entry.name, ...entry.aliases].flatMap(wordInitials));
  return !initials.has(nameKey(given.text)[0]);
}

/** The first letters of a name's words, folded: "Sergey Lavrov" → s, l. */
const wordInitials = (name: string) =>
  nameKey(name)
    .split(" ")
    .map((word) => word[0]);

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

/** At most this many capitalized words of honour between a style of address and the person ("Samdech Akka Moha Sena Padei Techo"). */
const STYLE_WORDS = 5;

/** A person's name at `at`: a lexicon person, or a run of capitalized words the lexicon does not claim. */
function nameAt(context: Context, at: number): NameMention | undefined {
  // "Tổng thống A. Lu-ca-sen-cô": a given name's initial before a person the lexicon knows is part of that name.
  const initialed = isInitialDot(context.tokens, at + 1) ? context.spans[at + 2] : undefined;
  if (initialed?.kind === "entity" && initialed.entry.type === "PERSON") return { ...entityMention(initialed, context.tokens), from: at };
  const span = context.spans[at];
  if (span?.kind === "entity") {
    if (span.entry.type !== "PERSON") return undefined;
    // "Jean-Pierre Lacroix", "Kim Yong Chol": a known person's short name that more names follow opens another's name.
    const more = sharedSurnameEnd(context, at) ? capitalizedRun(context, span.to) : undefined;
    if (!more) return entityMention(span, context.tokens);
    const to = sharedSurnameEnd(context, more.to) ?? more.to;
    return { kind: "name", from: at, to, surface: textOf(context.tokens, at, to), type: "PERSON", maybeShort: false };
  }
  const found = capitalizedRun(context, at);
  if (!found) return undefined;
  // "Samdech Techo Hun Manet": after a style of address, capitalized words of honour before a person the lexicon
  // knows are that person's style, not a name.
  const styled = context.spans[at - 1];
  const known = context.spans[found.to];
  if (
    styled?.kind === "cue" &&
    styled.type === "PERSON" &&
    known?.kind === "entity" &&
    known.entry.type === "PERSON" &&
    found.to - at <= STYLE_WORDS
  )
    return { ...entityMention(known, context.tokens), from: at };
  const run = { to: sharedSurnameEnd(context, found.to) ?? found.to };
  if (run.to - at === 1 && context.tokens[at]!.text.length === 1) return undefined; // "ông A": a letter names no one
  if (run.to - at === 1 && indexOf(context.words).contextCues.has(context.tokens[at]!.key)) return undefined; // "lãnh đạo Đảng"
  // "Chủ tịch nước Cộng hòa ...": one capitalized word that opens a common compound is no name.
  if (run.to - at === 1 && context.words.commonCompounds.has(`${context.tokens[at]!.key} ${context.tokens[run.to]?.key ?? ""}`))
    return undefined;
  return { kind: "name", from: at, to: run.to, surface: textOf(context.tokens, at, run.to), type: "PERSON", maybeShort: true };
}

/**
 * "bà Saida Mirziyoyeva", "ông Jordan Bardella": after an honorific, a place's name that more capitalized words
 * follow is a person's given name.
 */
function placeNamedPerson(context: Context, at: number): NameMention | undefined {
  const span = context.spans[at];
  if (span?.kind !== "entity" || (span.entry.type !== "LOCATION" && span.entry.type !== "COUNTRY")) return undefined;
  const rest = capitalizedRun(context, span.to);
  if (!rest) return undefined;
  const to = sharedSurnameEnd(context, rest.to) ?? rest.to;
  return { kind: "name", from: at, to, surface: textOf(context.tokens, at, to), type: "PERSON", maybeShort: false };
}

/**
 * "cố Tổng thống Heydar Aliyev" beside "Ilham Aliyev": given names right before a lexicon person's surname, alone in
 * its span, name another person of that family. Where the name ends, past the surname (a lexicon person's short
 * name alone at `at`).
 */
function sharedSurnameEnd(context: Context, at: number): number | undefined {
  const span = context.spans[at];
  if (span?.kind !== "entity" || span.entry.type !== "PERSON" || span.to - span.from !== 1) return undefined;
  const surface = context.tokens[at]!.text.toLowerCase();
  return span.entry.short.some((short) => short.toLowerCase() === surface) ? span.to : undefined;
}

/**
 * "(con trai) ông là A và B", "(cha) bà: A": after a pronoun and the copula, the people it is said to be. Only
 * runs of two or more capitalized words (or lexicon people): one capitalized word may open a common noun.
 */
function namedAfterPronoun(context: Context, at: number): NameMention[] {
  const { tokens, words } = context;
  if (tokens[at]?.key !== words.copula && tokens[at]?.text !== ":") return [];
  const first = fullNameAt(context, at + 1);
  return first ? [first, ...moreNames(context, first.to)] : [];
}

/** What may close an honorific or a rank: the dot of "Mr. Kim", "Lt. Gen. X"; the apostrophe of a style, "Dato' X". */
const STYLE_MARKS = new Set([".", "'", "’"]);

/** Past the honorifics and ranks at `at`, each with its dot: "Mr. Kim", "Lt. Gen. X", "Major General X". */
function afterHonorifics(context: Context, at: number): number {
  const { tokens, words } = context;
  let j = at;
  while (words.honorifics.has(tokens[j]?.key ?? "") || words.ranks?.has(tokens[j]?.key ?? ""))
    j += STYLE_MARKS.has(tokens[j + 1]?.text ?? "") ? 2 : 1;
  return j;
}

/** A rank (or several) at `at` before a full name: "Gen. Ana Ruiz"; not "General Assembly", "General Motors". */
function isRankedName(context: Context, at: number): boolean {
  const { tokens, words } = context;
  if (!words.ranks?.has(tokens[at]?.key ?? "") || !tokens[at]!.capitalized) return false;
  const name = fullNameAt(context, afterHonorifics(context, at));
  const looks = words.rankedNameLooks ?? words.looksLikeName;
  return !!name && (!!name.entry || !looks || looks(name.surface));
}

/** Whether the capitalized run at `at` may be a bare surname or a full name in apposition, as the pack says. */
function bareSurnameAt(context: Context, at: number): boolean {
  const { bareSurnames } = context.words;
  if (typeof bareSurnames === "boolean") return bareSurnames;
  const run = capitalizedRun(context, at);
  return !!run && bareSurnames(textOf(context.tokens, at, run.to), context.tokens[at - 1]?.key);
}

/** A capitalized run at `at`, not after another capitalized word, that the pack says is a person's full name. */
function bareName(context: Context, at: number): NameMention | undefined {
  const { tokens, words } = context;
  const before = tokens[at - 1];
  if (before?.word && before.capitalized && !isCompoundModifier(before, words)) return undefined;
  const run = capitalizedRun(context, at);
  const surface = run && textOf(tokens, at, run.to);
  if (!run || !surface) return undefined;
  const pair = run.to - at >= PAIR;
  // "the Marble Hall of the Federal Chancellery", "the Rosewood Palace": a building, with the body it belongs to.
  const venue = pair && isVenueAt(context, at, run.to) ? venueEnd(context, run.to) : 0;
  if (venue) return { kind: "name", from: at, to: venue, surface: textOf(tokens, at, venue), type: "LOCATION", maybeShort: false };
  // "Mira Shoal", "Sable Island Group": a run of two or more words ending in a natural place's word is that place.
  const place = pair && endsInPlaceTail(context, at, run.to);
  // "Halvor Shipping": a run of two or more words ending in a company's word is that company.
  const company = pair && !place && !!words.organizationTails?.has(tokens[run.to - 1]!.key);
  if (!place && !company && !words.looksLikeName?.(surface, before?.key)) return undefined;
  const landmark = place || !!words.landmarkHeads?.has(tokens[at]!.key);
  const type = company ? "ORGANIZATION" : landmark ? "LOCATION" : "PERSON";
  return { kind: "name", from: at, to: run.to, surface, type, maybeShort: false };
}

/** "at the Rosewood Palace": a run ending in a building's head word, after a setting word and an article. */
function isVenueAt(context: Context, at: number, to: number): boolean {
  const { tokens, words } = context;
  const venues = words.venues;
  if (!venues?.tails.has(tokens[to - 1]!.key)) return false;
  return words.articles.has(tokens[at - 1]?.key ?? "") && venues.after.has(tokens[at - 2]?.key ?? "");
}

/**
 * Where a building's name ends: past "of the" and a capitalized run the lexicon does not know ("Hall of the Government
 * House"), else at its head word.
 */
function venueEnd(context: Context, to: number): number {
  const { tokens, spans, words } = context;
  if (tokens[to]?.key !== words.possessive || !words.articles.has(tokens[to + 1]?.key ?? "") || spans[to + 2]) return to;
  const body = tokens[to + 2]?.capitalized ? capitalizedRun(context, to + 2) : undefined;
  return body && !spans[body.to] ? body.to : to;
}

/** Whether the run from `from` to `to` ends in one or two words of the pack's place tails, an article not opening it. */
function endsInPlaceTail(context: Context, from: number, to: number): boolean {
  const { keys, words } = context;
  if (!words.placeTails || words.articles.has(keys[from] ?? "")) return false;
  const last = keys[to - 1]!;
  return words.placeTails.has(last) || (to - from > PAIR && words.placeTails.has(`${keys[to - 2]} ${last}`));
}

/** A name of two or more capitalized words, or a lexicon person, at `at`: one capitalized word may open a common noun. */
function fullNameAt(context: Context, at: number): NameMention | undefined {
  const name = nameAt(context, at);
  return name && (name.entry || name.to - name.from >= 2) ? { ...name, maybeShort: false } : undefined;
}

/**
 * "Tổng thống và Ngoại trưởng của Chile, A và B", "the President and Foreign Minister of Chile, A and B": offices
 * joined before one body, then as many names, each holding the office in its place.
 */
function jointHolders(context: Context, at: number): NameMention[] | undefined {
  const { tokens, spans, words } = context;
  const offices: Office[] = [];
  let j = at;
  for (let span = spans[j]; span?.kind === "office"; span = spans[j + 1]) {
    offices.push(span.office);
    j = span.to;
    if (tokens[j]?.text !== "," && tokens[j]?.key !== words.and) break;
  }
  if (offices.length < 2) return undefined;
  if (tokens[j]?.key === words.possessive) j++;
  const body = spans[j];
  if (body?.kind !== "entity" || body.entry.type === "PERSON") return undefined;
  const affiliation = entityMention(body, tokens);
  j = body.to + (tokens[body.to]?.text === "," ? 1 : 0);
  const first = fullNameAt(context, j);
  const names = first ? [first, ...moreNames(context, first.to)] : [];
  if (names.length !== offices.length) return undefined;
  return names.map((name, k) => ({ ...name, title: { office: offices[k]!, former: false, affiliation } }));
}

/** ", B và C" after a listed name: the further full names of the list (any names `nameOf` reads, after a counted kin word). */
function moreNames(context: Context, at: number, nameOf = fullNameAt): NameMention[] {
  const { tokens, words } = context;
  const names: NameMention[] = [];
  for (let j = at; tokens[j]?.text === "," || tokens[j]?.key === words.and; ) {
    const name = nameOf(context, j + 1);
    if (!name) break;
    names.push(name);
    j = name.to;
  }
  return names;
}

/** A place or country the lexicon knows, then capitalized words ending in a company's word: "Iran Air", "Kenya Airways". */
function companyNamedAfter(context: Context, span: Extract<Span, { kind: "entity" }>): NameMention | undefined {
  const { tokens, words } = context;
  if (span.entry.type !== "COUNTRY" && span.entry.type !== "LOCATION") return undefined;
  const run = tokens[span.to]?.capitalized ? capitalizedRun(context, span.to) : undefined;
  if (!run || !words.organizationTails?.has(tokens[run.to - 1]!.key)) return undefined;
  const surface = textOf(tokens, span.from, run.to);
  return { kind: "name", from: span.from, to: run.to, surface, type: "ORGANIZATION", maybeShort: false };
}

/** A name joined to one of the pack's modifier words, "Dalian-based", "Kremlin-backed": a modifier, not part of a name. */
function isCompoundModifier(token: Token, words: MentionWords): boolean {
  const tail = token.key.lastIndexOf("-");
  return tail > 0 && !!words.compoundModifiers?.has(token.key.slice(tail + 1));
}

/**
 * "bang Tây Australia", "tỉnh Nam X": after a place's kind, a run of capitalized compass words right before a country the
 * lexicon does not know as one name with them names a part of that country; the run goes on over the country's name.
 */
function partOfCountry(context: Context, at: number, run: { to: number } | undefined, placeKind: boolean): { to: number } | undefined {
  const { tokens, spans, words } = context;
  const country = run && placeKind ? spans[run.to] : undefined;
  if (country?.kind !== "entity" || country.entry.type !== "COUNTRY" || !words.partCompass) return run;
  for (let k = at; k < run!.to; k++) if (!tokens[k]!.capitalized || !words.partCompass.has(tokens[k]!.key)) return run;
  return { to: country.to };
}

/** Capitalized words (with name particles between them) not claimed by any lexicon span. */
function capitalizedRun(context: Context, at: number): { to: number } | undefined {
  const { tokens, spans, words } = context;
  let j = at;
  while (j < tokens.length && !spans[j]) {
    const token = tokens[j]!;
    if (token.word && token.capitalized && !/^\d/.test(token.text) && !isCompoundModifier(token, words)) j++;
    else if (isInitialDot(tokens, j) && !spans[j + 1])
      j++; // "J. Smith": an initial does not cut the name short
    else if (j > at && particlesLeadOn(tokens, j, words)) j++;
    else if (j > at + 1 && foreignParticleJoins(context, j)) j++;
    else if (j > at && isParticleJoined(token, words))
      j++; // "Asaad al-Shaibani", "Mohamed el-Baradei"
    else break;
  }
  // "Marcelo Abalos Jr.": the suffix's dot is part of the name, so an apposition may follow it.
  if (j > at + 1 && tokens[j]?.text === "." && words.nameSuffixes?.has(tokens[j - 1]!.key) && tokens[j - 1]!.end === tokens[j]!.start) {
    j++;
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
  const title: Title = { office, former: isFormer(tokens, from, words), affiliation: lead?.affiliation, ministry: ministryOf(context, at) };
  let j = spans[at]!.to;
  let lastAffiliationEnd = lead ? j : -1;
  let viaCopula = false;
  let postEnd = -1;
  let bodyEnd = -1;
  let fieldEnd = -1;
  // "the Governor, Mr X": a definite office described before the one who holds it.
  const definite = words.determiners.has(tokens[from - 1]?.key ?? "");
  let stacked = false;
  let hostEnd = -1; // "Tổng thống nước chủ nhà X": where the host's words end, with no host named before
  let rankEnd = -1; // "Tư lệnh Y, Tướng X": where a rank after the office's comma ends
  let local: { from: number; to: number; name: string } | undefined; // "UBND": a field that is a place's own body
  for (let steps = 0; j < tokens.length && steps < 12; steps++) {
    const span = spans[j];
    const token = tokens[j]!;
    const field = fieldOverBody(context, j);
    // "Chủ tịch Đảng Lao động tiến bộ Y X": an office closed by a party's kind, then a known body's name inside the party's.
    const partyKind = j === spans[at]!.to && tokens[j - 1]!.capitalized && !!words.countryNamedBodies?.has(tokens[j - 1]!.key);
    const party = partyKind ? innerBodyClosed(context, j) : undefined;
    const body: NameMention | undefined = party
      ? innerBodyMention(context, j - 1, party.to, j)
      : span?.kind === "entity" && span.entry.type !== "PERSON"
        ? field
          ? undefined
          : entityMention(span, tokens)
        : cueOrganization(context, j, true);
    const thisCountry = !span && !title.affiliation ? (words.thisCountry?.lengthAt(context.keys, j) ?? 0) : 0;
    const host = !span && !title.affiliation ? (words.hostCountry?.lengthAt(context.keys, j) ?? 0) : 0;
    const stackedEnd = token.key === words.and && !stacked ? stackedOfficeEnd(context, j) : 0;
    if (span?.kind === "office") j = span.to;
    else if (field)
      j = fieldEnd = j + field; // "Bộ trưởng Lao động Y X": the office's field, not the paper "Lao Động"
    else if (!span && j === spans[at]!.to && words.formerAfterOffice?.has(token.key)) {
      // "Emperor Emeritus X": an office the holder has left, said after it.
      title.former = true;
      j++;
    } else if (stackedEnd) {
      // "Trade Minister and Investment Board chair X": a second office, of a body of its own, stacked before the name.
      j = stackedEnd;
      stacked = true;
    } else if (host && hostBefore(context, from)) {
      // "Thủ tướng nước chủ nhà X": the country visited, named before without an office.
      title.affiliation = hostBefore(context, from);
      j = lastAffiliationEnd = postEnd = j + host; // "nước chủ nhà, X": a comma may set the name after it
    } else if (host) {
      // "Tổng thống nước chủ nhà X" with no country named before: the words name no body; the office is held where a
      // bare one is, the dateline's country (or the one the story is about).
      j = lastAffiliationEnd = postEnd = hostEnd = j + host;
    } else if (thisCountry && countryBefore(context, from)) {
      // "Đại sứ nước này tại Y X": the country the sentence named last before the title.
      title.affiliation = countryBefore(context, from);
      j = lastAffiliationEnd = j + thisCountry;
    } else if (body && !givenNameAfterCountry(context, j, title, lastAffiliationEnd)) {
      if (title.affiliation?.type === "LOCATION" && body.type === "COUNTRY") title.placeIn = body;
      // "Chủ tịch UBND tỉnh Y X": the place right after a local body's field (maybe past its kind) owns the body.
      if (local && !title.affiliation && j - local.to <= 2)
        title.localBody = { name: local.name, written: textOf(tokens, local.from, body.to) };
      title.affiliation ??= body;
      j = lastAffiliationEnd = body.to;
      // "Governor of Lagos State, Mr X": a known place's kind, capitalized after it, is the body's, not a name.
      if (body.type === "LOCATION" && tokens[j]?.capitalized && words.placeAppositions?.nouns.has(tokens[j]!.key))
        j = lastAffiliationEnd = j + 1;
    } else if (knownPlaceAfterKind(context, j, office)) {
      // "Chủ tịch UBND TP Hà Nội X": the kind of a capital the lexicon knows, then the capital as the body; "Thống đốc bang
      // Y X": a place's kind after a local office, then a place the lexicon knows.
      j = spans[j]!.to;
    } else if (!span && !title.affiliation && acronymBodyBefore(context, j)) {
      title.affiliation = acronymBodyBefore(context, j); // "Chủ tịch IEBC X": a body only its acronym names
      j = lastAffiliationEnd = j + 1;
    } else if (
      token.text === "(" &&
      j === lastAffiliationEnd &&
      title.affiliation &&
      isCountrySpan(spans[j + 1]) &&
      tokens[spans[j + 1]!.to]?.text === ")"
    ) {
      // "Thống đốc tỉnh Y (Z) X": the country the body lies in, in brackets before the holder's name.
      if (title.affiliation.type === "LOCATION") title.placeIn = entityMention(spans[j + 1] as Extract<Span, { kind: "entity" }>, tokens);
      j = lastAffiliationEnd = spans[j + 1]!.to + 1;
    } else if (fieldAt(context, j) && isPersonStart(context, spans[fieldAt(context, j)]!.to)) {
      // "Bộ trưởng Thủy lợi Kazakhstan X", "Bộ Công nghiệp, Thương mại ...": a field the pack does not list, when a
      // name follows its body ("Phó Tổng thống Koné thăm Việt Nam." is a name and a verb).
      local = localBodyAt(context, j, fieldAt(context, j)) ?? local;
      j = fieldAt(context, j);
    } else if (
      !span &&
      spans[j + 1]?.kind !== "entity" &&
      spans[j + 1]?.kind !== "office" &&
      token.word &&
      isModifierPair(tokens, j, words) &&
      !listedMinistry(context, j)
    ) {
      j = fieldEnd = j + 2; // "Thủ tướng Liên bang Olaf Scholz", "Đại diện Cấp cao về Chính sách An ninh và Đối ngoại"
    } else if (
      token.key === words.and &&
      !spans[j + 1] &&
      !spans[j + 2] &&
      isModifierPair(tokens, j + 1, words) &&
      words.titleModifiers.has(tokens[j - 1]?.key ?? "")
    ) {
      j++;
    } else if (!span && remitEnd(context, j)) {
      j = remitEnd(context, j); // "Phó Tổng Thư ký LHQ phụ trách các hoạt động hòa bình X": the remit, then the holder
    } else if (!span && words.titleFields?.lengthAt(context.keys, j)) {
      // "Bộ trưởng Giáo dục và Đào tạo X": a field, not a name; "Minister for Fisheries and Forests X": with the word joined to it.
      const length = words.titleFields.lengthAt(context.keys, j);
      local = localBodyAt(context, j, j + length) ?? local;
      j = fieldEnd = pastJoinedWord(context, j + length);
    } else if (postedAt(context, j, office)) {
      // "the Chilean ambassador to Brazil, X": where the office is posted, not whose it is
      const posted = postedAt(context, j, office)!;
      title.postedIn = entityMention(posted, tokens);
      j = postEnd = posted.to;
    } else if (token.text === "," && (title.affiliation || (office.party && j === spans[at]!.to)) && spans[j + 1]?.kind === "office") {
      // "Tổng Bí thư Đảng X, Chủ tịch nước Y Z": offices stacked before one name are all that person's; "Tổng Bí thư,
      // Chủ tịch nước Y Z": a party office with no body of its own is held in the party of the next one's country;
      // "Tổng Bí thư, Chủ tịch nước Z", no country told: in the ruling party of the holder's own.
      const next = spans[j + 1] as Extract<Span, { kind: "office" }>;
      const held = readTitled(context, j + 1, next.office);
      if (held?.kind !== "name" || !(title.affiliation || held.title?.affiliation || office.party)) break;
      // "Tổng thống Y, Tổng Bí thư, Chủ tịch nước Z": offices that name no country close no list the one before opened.
      if (held.alsoTitles?.some((t) => !t.affiliation)) break;
      const affiliation = title.affiliation ?? held.title?.affiliation;
      const first = affiliation ? { ...title, affiliation } : title;
      return { ...held, from, alsoTitles: [first, ...(held.alsoTitles ?? [])] };
    } else if (
      token.text === "(" &&
      ((title.affiliation && j === lastAffiliationEnd) || (office.org && j === spans[at]!.to)) &&
      tokens[j + 2]?.text === ")" &&
      tokens[j + 1]!.word
    ) {
      // "Tổng thống Các Tiểu vương quốc Ả Rập Thống nhất (UAE) X", "Đại diện Thương mại Mỹ (USTR) X": the body's short
      // form in brackets, after the body or an office that names it
      j += 3;
    } else if (token.text === "," && (j === spans[at]!.to || j === fieldEnd || j === lastAffiliationEnd) && rankedAfterComma(context, j)) {
      // "Tư lệnh các lực lượng vũ trang, Tướng X", "Bộ trưởng Quốc phòng Y, Đại tướng Z": a rank after the office's
      // comma opens its holder's name, as an honorific does.
      j = rankEnd = (spans[j + 1] as Extract<Span, { kind: "cue" }>).to;
    } else if (span?.kind === "cue" && span.type === "PERSON" && title.affiliation && token.capitalized && !isSpouseCue(context, span)) {
      j = span.to; // "Defence Minister of X General Y", "Chủ tịch Thượng viện X Samdech Y": a rank between office and holder
    } else if (!span && ((!words.honorificIsPronoun && words.honorifics.has(token.key)) || isRankedName(context, j))) {
      j = afterHonorifics(context, j); // "Minister Dr. S. Jaishankar", "Defence Minister Gen. X": no part of the name
    } else if (
      token.text === "," &&
      (!tokens[at]!.capitalized ||
        postEnd === j ||
        fieldEnd === j ||
        ((definite || !!lead) && lastAffiliationEnd === j) ||
        (!!title.affiliation && lastAffiliationEnd === j && closedFullName(context, from, j + 1))) &&
      isPersonStart(context, j + 1)
    ) {
      // "his counterpart, Ri Yong-ho", "Ghana's High Commissioner to Nigeria, X", "Minister for Mines, X", "the Foreign
      // Minister of Qatar, X": an office set before the name by a comma
      j++;
    } else if (token.text === "," && title.affiliation && honoredAt(context, j + 1, title.affiliation) && !kinOf(context, from)) {
      j += 2; // "Người phát ngôn Bộ Ngoại giao Trung Quốc, bà X": the office, then the person with an honorific
    } else if (
      token.text === "," &&
      (bodyEnd === j || definite) &&
      words.honorifics.has(tokens[j + 1]?.key ?? "") &&
      isPersonStart(context, j + 2) &&
      !kinOf(context, from)
    ) {
      j += 2; // "the Minister of Mines, Mr X", "the Governor, Ms X": an office set before the name by a comma and an honorific
    } else if (token.key === words.copula && title.affiliation && copulaNamesHolder(context, j + 1, title.affiliation)) {
      // "Quân vương Y là Emir X", "Người phát ngôn Điện Kremlin là ông X": who holds the office, by the copula.
      viaCopula = !words.honorifics.has(tokens[j + 1]!.key); // "là ông Ramos": the honorific makes one word a name
      j += viaCopula ? 1 : 2;
    } else if (!span && token.word && token.capitalized && afterAffiliationWord(context, j)) {
      // "Minister of Mines and Energy X": after "of", an unknown run is the office's body, not its holder; a word
      // joined by "and" is the body's too when a full name still follows it.
      j = bodyEnd = bodyNameEnd(context, pastJoinedWord(context, capitalizedRun(context, j)!.to));
    } else if (span?.kind === "entity" || (token.word && token.capitalized && !span && token.key !== words.ministry)) {
      const name =
        nameAt(context, j) ?? (givenNameAfterCountry(context, j, title, lastAffiliationEnd) ? placeNamedPerson(context, j) : undefined);
      // After the copula a lone unknown word may be cut from its name by a place the lexicon knows ("Emir Khalid Doha": a capital cut off).
      if (!name || (viaCopula && !name.entry && name.to - name.from < 2)) break;
      // "president of the African Union Commission", "director of the Peruvian Space Agency": the body's name goes on,
      // ending in a body's word; no holder.
      if (j === lastAffiliationEnd && !name.entry && words.isBodyWord?.(tokens[name.to - 1]!.text)) {
        j = lastAffiliationEnd = name.to;
        continue;
      }
      if ((j === spans[at]!.to || stacked || j === hostEnd || j === rankEnd) && tokens[at]!.capitalized) title.nameNext = true;
      if (isThen(tokens, name.to, words)) title.former = true;
      const after = title.affiliation ? undefined : affiliationAfterName(context, name.to);
      // "Ambassador X of Italy to Vietnam": where the office is posted may follow its country.
      if (after) {
        const posted = postedAt(context, after.to, office);
        const postedIn = posted ? entityMention(posted, tokens) : title.postedIn;
        return { ...name, from, to: posted?.to ?? after.to, title: { ...title, affiliation: after, ...(postedIn && { postedIn }) } };
      }
      if (!name.entry?.country) title.affiliation ??= sideOf(context, j); // the lexicon knows better than the side
      title.ownedBy ??= ownerBefore(context, from);
      return withApposition(context, { ...name, from, title });
    } else if (token.key === words.ministry && !span)
      j += 1 + (words.titleFields?.lengthAt(context.keys, j + 1) || countPlainWords(context, j + 1, 2));
    else if (!title.affiliation && words.seatMarkers?.has(token.key) && isCountrySpan(spans[j + 1]))
      j++; // "Bộ Ngoại giao ở Hà Nội X"
    else {
      const described = token.word && !span ? describedBy(tokens, j, words.personModifiers) : 0;
      if (described)
        j += described; // "thượng nghị sĩ độc lập X"
      // "Đại diện X tại Việt Nam Y": a seat word leads to a place the lexicon knows; "người đồng cấp Y tại Samarkand" names no one.
      // "đón Tổng thống tại Đà Nẵng": a seat word before a place below a country, with no body named yet, says where.
      else if (
        token.word &&
        !span &&
        words.titleModifiers.has(token.key) &&
        !unknownSeat(context, j) &&
        (!!title.affiliation || !placeSeat(context, j))
      )
        j++;
      else break;
    }
  }
  if (!title.affiliation) return bareOffice(context, at, title);
  // "the presidents of A, B and C met": a plural office with no name after it stands for no one person; what it
  // names stay the doers. So does one counted before it ("ba chỉ huy quân đội X", "2 quan chức X").
  const count = tokens[from - 1];
  const counted = !!count && !!words.numberWords && (words.numberWords.has(count.key) || /^\d+$/.test(count.text));
  if (office.plural || counted || pluralOffice(context, from, title.affiliation)) return undefined;
  if (isThen(tokens, lastAffiliationEnd, words)) title.former = true;
  return { kind: "descriptor", from, to: Math.max(lastAffiliationEnd, postEnd), title };
}

/**
 * An office said of several in a language that marks no plural on its nouns: a plural marker before it or before its
 * body ("các ngoại trưởng EU", "lãnh đạo các nước G7"), or a list of countries going on after its body ("Lãnh đạo A,
 * B và C"): what it names stay the doers.
 */
function pluralOffice(context: Context, from: number, affiliation: NameMention): boolean {
  const { keys, spans, words } = context;
  const plural = words.pluralMarkers;
  // "các nhà lãnh đạo của A, B": whose people they are follows the possessive, read as before.
  if (!plural || keys[affiliation.from - 1] === words.affiliationAfter) return false;
  for (let j = from - 1; j < affiliation.from; j++) if (plural.has(keys[j] ?? "")) return true;
  // A list of three or more, comma first: "Thủ tướng A và B, ông X và ông Y" gives each holder a country instead.
  return affiliation.type === "COUNTRY" && keys[affiliation.to] === "," && isCountrySpan(spans[affiliation.to + 1]);
}

/** Most words a stacked office's body may take: "National Task Force for the Western Reefs chair". */
const STACKED_BODY_REACH = 10;

/**
 * "Minister and Investment Board chair X", "Adviser and Cabinet spokesman Y": from the "and" after an office, the end
 * of a second office whose body is a capitalized run (linking words inside it) and whose head is an office or one of
 * the pack's office heads, when a person's name follows it; else 0.
 */
function stackedOfficeEnd(context: Context, and: number): number {
  const { tokens, spans, words } = context;
  if (!words.stackedOfficeHeads) return 0;
  let k = and + 1;
  let capitalized = 0;
  while (k < and + STACKED_BODY_REACH) {
    const span = spans[k];
    const token = tokens[k];
    if (!token?.word || span?.kind === "office" || (span?.kind === "entity" && span.entry.type === "PERSON")) break;
    if (span || token.capitalized) {
      k = span?.to ?? k + 1;
      capitalized++;
    } else if (words.titleModifiers.has(token.key)) k++;
    else break;
  }
  if (!capitalized || tokens[k]?.capitalized) return 0;
  const head = spans[k]?.kind === "office" ? spans[k]!.to : words.stackedOfficeHeads.has(tokens[k]?.key ?? "") ? k + 1 : 0;
  return head && isPersonStart(context, head) ? head : 0;
}

/**
 * Past the word joined by the conjunction to an office's body or field at `at`, when a full name still follows it
 * ("Minister of Mines and Energy X"), or a comma and an honorific do ("Minister of Science and Innovation, Ms X").
 */
function pastJoinedWord(context: Context, at: number): number {
  const { tokens, words } = context;
  const joined = tokens[at]?.key === words.and ? capitalizedRun(context, at + 1) : undefined;
  const honoredNext = joined && tokens[joined.to]?.text === "," && words.honorifics.has(tokens[joined.to + 1]?.key ?? "");
  return joined && (joined.to - (at + 1) > FULL_NAME_WORDS - 1 || honoredNext) ? at + 2 : at;
}

/** "his spokesman X", "Boric's press secretary X": the possessive right before an office, whose owner the office serves. */
function ownerBefore(context: Context, from: number): Title["ownedBy"] {
  const { tokens, words } = context;
  const key = tokens[from - 1]?.key ?? "";
  if (words.possessivePronouns.has(key)) return { at: from - 1, pronoun: true, gender: words.genders?.pronouns.get(key) };
  // Only after a name: "Peru's" is a country the office's reading takes as its body.
  return words.possessiveClitics.has(key) && tokens[from - 2]?.capitalized ? { at: from - 1, pronoun: false } : undefined;
}

/**
 * "Bộ trưởng Lao động": a field the pack lists that covers a body the lexicon names with the same words (the paper
 * "Lao Động") is the office's field; how many words it takes, else 0. A body that holds its officers' offices
 * ("Tư lệnh Bộ đội Biên phòng X": a force of its own) is the office's body, not its field.
 */
function fieldOverBody(context: Context, at: number): number {
  const span = context.spans[at];
  if (span?.kind !== "entity" || span.entry.type !== "ORGANIZATION" || span.entry.ownOffices) return 0;
  const field = context.words.titleFields?.lengthAt(context.keys, at) ?? 0;
  return field >= span.to - at ? field : 0;
}

/** At most this many lower-case words tell an office's remit: "phụ trách chống khủng bố và tình báo tài chính". */
const REMIT_WORDS = 8;

/**
 * "phụ trách các hoạt động hòa bình X": where the remit ends, when a capitalized word follows it; else 0. A place the
 * remit names ("Đặc phái viên về Triều Tiên X", "Điều phối viên phụ trách khu vực Trung Đông X") is what the office
 * deals with, not whose office it is: the remit ends past it only when the holder's name follows. A remit of two
 * matters joined by the conjunction ("phụ trách thương mại và đầu tư X") ends only at a person's name; one followed by
 * whose office it is ("phụ trách chính sách đối ngoại của EU X") ends before that body, which the office then reads.
 */
function remitEnd(context: Context, at: number): number {
  const { tokens, spans, words } = context;
  const opener = words.officeRemit?.lengthAt(context.keys, at) ?? 0;
  if (!opener) return 0;
  let j = at + opener;
  const places = remitPlacesEnd(context, j);
  if (places) return isPersonStart(context, places) ? places : 0;
  let joined = false;
  for (const end = j + REMIT_WORDS; j < end && !spans[j] && tokens[j]?.word && !tokens[j]!.capitalized; j++) {
    const key = tokens[j]!.key;
    const said = j > at + opener;
    const next = tokens[j + 1];
    if (said && key === words.and && !spans[j + 1] && next?.word && !next.capitalized) joined = true;
    else if (said && key === words.affiliationAfter && isBodySpan(spans[j + 1])) return j;
    else if (words.linkingWords.has(key)) return 0;
  }
  if (j === at + opener || !tokens[j]?.capitalized) return 0;
  // "phụ trách khu vực Ấn Độ Dương - Thái Bình Dương X", "phụ trách các vấn đề Thái Bình Dương của Y X": the places the
  // remit's words name are what it deals with, when the holder's name or whose office it is follows them.
  const named = remitPlacesEnd(context, j);
  if (named && (isPersonStart(context, named) || (tokens[named]?.key === words.affiliationAfter && isBodySpan(spans[named + 1]))))
    return named;
  return !joined || isPersonStart(context, j) ? j : 0;
}

/** "Canada - Mỹ", "Ấn Độ Dương - Thái Bình Dương": where the places a remit names, joined by dashes, end; else 0. */
function remitPlacesEnd(context: Context, at: number): number {
  const { tokens, spans } = context;
  let end = 0;
  for (let j = at; ; j = end + 1) {
    const place = spans[j];
    if (place?.kind !== "entity" || (place.entry.type !== "COUNTRY" && place.entry.type !== "LOCATION")) return end;
    end = place.to;
    if (!DASHES.has(tokens[end]?.text ?? "")) return end;
  }
}

/** "UBND", "Ủy ban nhân dân": the field from `from` to `to` is a province's or a city's own body, named so after it. */
function localBodyAt(context: Context, from: number, to: number): { from: number; to: number; name: string } | undefined {
  const name = context.words.localBodies?.get(context.keys.slice(from, to).join(" "));
  return name ? { from, to, name } : undefined;
}

/** A country or an organization the lexicon knows, starting here. */
const isBodySpan = (span: Span | undefined) =>
  span?.kind === "entity" && (span.entry.type === "COUNTRY" || span.entry.type === "ORGANIZATION");

/** A field before the body at `at`, maybe after the ministry's word or joined to the office by the conjunction. */
function fieldAt(context: Context, at: number): number {
  const { tokens, spans, words } = context;
  const lead = !spans[at] && (tokens[at]?.key === words.ministry || tokens[at]?.key === words.and) ? 1 : 0;
  return fieldBeforeBody(context, at + lead);
}

/** How many segments a field may have: "Công nghiệp, Thương mại và Đầu tư". */
const FIELD_SEGMENTS = 4;

/**
 * "Bộ trưởng Thủy lợi Kazakhstan X", "Thứ trưởng Bộ Công nghiệp, Thương mại và Đầu tư Nigeria X": a field written as
 * segments of a capitalized word then lower-case ones (as no name is written), joined by commas or the conjunction,
 * right before the body. Where the body starts, or 0.
 */
function fieldBeforeBody(context: Context, at: number): number {
  const { tokens, spans, words } = context;
  let k = at;
  for (let segment = 0; segment < FIELD_SEGMENTS; segment++) {
    if (spans[k] || !tokens[k]?.word || !tokens[k]!.capitalized) return 0;
    const start = ++k;
    while (tokens[k]?.word && !tokens[k]!.capitalized && !spans[k] && !words.linkingWords.has(tokens[k]!.key)) k++;
    if (k === start) return 0;
    const next = spans[k];
    if (next?.kind === "entity" && next.entry.type !== "PERSON") return k;
    if (tokens[k]?.text !== "," && tokens[k]?.key !== words.and) return 0;
    k++;
  }
  return 0;
}

/** A seat word ("tại") before a capitalized word of no known entity: where an event is, not the office's seat. */
function unknownSeat(context: Context, at: number): boolean {
  const { tokens, spans, words } = context;
  return !!words.seatMarkers?.has(tokens[at]!.key) && !spans[at + 1] && !!tokens[at + 1]?.capitalized;
}

/** A seat word ("tại") before a place the lexicon knows below a country: where someone is, not an office's seat. */
function placeSeat(context: Context, at: number): boolean {
  const { tokens, spans, words } = context;
  const next = spans[at + 1];
  return !!words.seatMarkers?.has(tokens[at]!.key) && next?.kind === "entity" && next.entry.type === "LOCATION";
}

/**
 * "the director of the National Fund for Peace, X", "chair of the Board of Trustees": a linking word of titles ("for",
 * "of") between capitalized words the lexicon does not know goes on with the body's name; the word after it is no holder.
 */
function bodyNameEnd(context: Context, end: number): number {
  const { tokens, spans, words } = context;
  let k = end;
  while (
    !spans[k] &&
    !spans[k + 1] &&
    tokens[k]?.key !== words.and &&
    words.titleModifiers.has(tokens[k]?.key ?? "") &&
    words.linkingWords.has(tokens[k]!.key) &&
    tokens[k + 1]?.capitalized
  ) {
    const run = capitalizedRun(context, k + 1);
    if (!run || run.to === k + 1) break;
    k = run.to;
  }
  return k;
}

/** Whether `at` follows the pack's affiliation word ("of"), past determiners: "of Mines", "of the Republic". */
function afterAffiliationWord(context: Context, at: number): boolean {
  const { tokens, words } = context;
  let k = at - 1;
  while (words.determiners.has(tokens[k]?.key ?? "")) k--;
  return !!words.affiliationAfter && tokens[k]?.key === words.affiliationAfter && !!capitalizedRun(context, at);
}

/** How many words a kin cue before "của" may have ("con trai cả"). */
const KIN_CUE_WORDS = 3;

/** "Con gái của Tổng thống X, bà Y": the office at `at` is whose kin the one named after it is, not that one's. */
function kinOf(context: Context, at: number): boolean {
  const { keys, words } = context;
  if (keys[at - 1] !== words.possessive) return false;
  const cues = indexOf(words).contextCues;
  for (let k = at - 2; k >= Math.max(0, at - 1 - KIN_CUE_WORDS); k--)
    if (cues.get(keys.slice(k, at - 1).join(" ")) === "PERSON") return true;
  return false;
}

/** A full name the body's run may end in has this many words at least ("Lê Văn Thành"). */
const FULL_NAME_WORDS = 3;

/**
 * "Chủ tịch Tập đoàn Sao Mai": an organization the lexicon does not know, named by its cue and capitalized words,
 * as the body of an office. Before a name (`nameMayFollow`) the run stops where a full name opens on a family
 * name: "Tập đoàn Sao Mai Lê Văn Thành" is the body "Tập đoàn Sao Mai" and the person "Lê Văn Thành".
 */
function cueOrganization(context: Context, at: number, nameMayFollow = false): NameMention | undefined {
  const { tokens, spans, words } = context;
  const cue = spans[at];
  // "Thống đốc bang Kaduna của Nigeria X": a place named by its kind is the body of a local office too, when a
  // linking word ends its name (no name runs on into the holder's).
  const place = cue?.kind === "cue" && cue.type === "LOCATION" && !!words.placeKindCues?.has(textOf(tokens, at, cue.to).toLowerCase());
  if (cue?.kind !== "cue" || (cue.type !== "ORGANIZATION" && !place)) return undefined;
  // "Chủ tịch Ủy ban Liên minh châu Phi X": a body's organ named by its kind and the body the lexicon knows is the body's.
  const organOf = spans[cue.to];
  // "người phát ngôn đảng X": a lower-case kind word before a body the lexicon knows is that body, in an apposition too.
  const kindWord = !tokens[at]!.capitalized;
  // "Chủ tịch Đảng Lao động tiến bộ X Y": a known body's name inside a party's, which goes on to the country closing it.
  const party = !kindWord && !!words.countryNamedBodies?.has(textOf(tokens, at, cue.to).toLowerCase());
  const inner = party ? innerBodyClosed(context, cue.to) : undefined;
  if (inner) return innerBodyMention(context, at, inner.to);
  if ((nameMayFollow || kindWord) && !place && organOf?.kind === "entity" && organOf.entry.type === "ORGANIZATION")
    return { ...entityMention(organOf, tokens), from: at };
  // "Giám đốc Công ty TNHH X Y": a company's legal form opens its name.
  const named = cue.to + (words.bodyKindHeads?.has(textOf(tokens, at, cue.to).toLowerCase()) ? companyFormAt(context, cue.to) : 0);
  const run = capitalizedRun(context, named);
  if (!run || (place && !words.linkingWords.has(tokens[run.to]?.key ?? ""))) return undefined;
  // The body's name as written on past its capitals, read once for both the name that closes it and where it ends.
  const walk = place ? undefined : bodyNameWalk(context, run.to, named);
  // "Đảng Đoàn kết X", "Cảnh sát Hoàng gia X": a party's or a police force's name keeps the country that closes it,
  // capitalized all through or not; a state body is that country's.
  const countryNamed = !!words.countryNamedBodies?.has(textOf(tokens, at, cue.to).toLowerCase());
  const closing = walk && bodyClosingName(context, countryNamed ? { ...walk, lower: true } : walk);
  if (closing?.type === "COUNTRY" && countryNamed)
    return { kind: "name", from: at, to: closing.to, surface: textOf(tokens, at, closing.to), type: "ORGANIZATION", maybeShort: false };
  if (closing) return closing;
  // Before a holder's name its capitalized words may be the name's: the title's own reading goes on there.
  let to = !walk || nameMayFollow ? run.to : walk.named;
  // "Giám đốc Công ty TNHH Thương mại X Lê Văn Y": past the lower-case syllables of the body's name, a full name on a
  // family name still opens where the walk's capitalized words end.
  // Before a comma ("Chủ tịch Công ty cổ phần Thủy sản X, ông Y") or the bracket of its short form ("Giám đốc Cơ quan
  // Hợp tác kỹ thuật (ABC) Y") the whole walk is the body's name.
  const past = nameMayFollow && walk && walk.named > run.to;
  const closed = past && (tokens[walk.named]?.text === "," || tokens[walk.named]?.text === "(");
  const end = past ? (closed ? walk.named : familyNameStart(context, walk.named, named)) : undefined;
  if (end !== undefined) to = end;
  else if (nameMayFollow) to = familyNameStart(context, to, cue.to) ?? to;
  const written = textOf(tokens, at, to);
  if (place) return { kind: "name", from: at, to, surface: textOf(tokens, cue.to, to), written, type: "LOCATION", maybeShort: false };
  return { kind: "name", from: at, to, surface: written, type: "ORGANIZATION", maybeShort: false };
}

/**
 * "Lao động tiến bộ X" after "Đảng": a body the lexicon knows at `at` ("Lao Động", a paper) whose name goes on in the
 * words of a body's name to a country that closes it; where that country ends. The known body is then no body of its own.
 */
function innerBodyClosed(context: Context, at: number): { to: number } | undefined {
  const span = context.spans[at];
  if (span?.kind !== "entity" || span.from !== at || span.entry.type !== "ORGANIZATION") return undefined;
  const walk = bodyNameWalk(context, span.to, at);
  if (walk.to === span.to) return undefined;
  const closing = context.spans[walk.to];
  return closing?.kind === "entity" && closing.from === walk.to && closing.entry.type === "COUNTRY" ? { to: closing.to } : undefined;
}

/**
 * The party read by innerBodyClosed, written from `surfaceFrom` (its kind) to `to`, its mention opening at `from`: the
 * body the lexicon knows by that whole name when it does ("Chủ tịch Đảng Nhân dân Cách mạng Y X": the party of Y, not
 * a body of that name and no country's), else a body of its own.
 */
function innerBodyMention(context: Context, surfaceFrom: number, to: number, from = surfaceFrom): NameMention {
  const surface = textOf(context.tokens, surfaceFrom, to);
  const known = context.lexicon.names.get(nameKey(surface))?.entry;
  const entry = known?.type === "ORGANIZATION" ? known : undefined;
  return { kind: "name", from, to, surface, type: "ORGANIZATION", ...(entry ? { entry } : {}), maybeShort: false };
}

/** Where a body's name walk stops (`to`), where its name surely ends (`named`), and whether it took a lower-case word. */
interface BodyNameWalk {
  to: number;
  named: number;
  lower: boolean;
}

/** How many words a body's name may go on past its capitalized words before the country or body that closes it. */
const BODY_NAME_REACH = 6;

/**
 * How far a body's name written with only its first syllables capitalized goes on from `at`: over capitalized
 * words and the pack's lower-case name words, up to any name, office, verb or linking word; `named` is where the
 * name surely ends ("Tổng cục Khí tượng Quốc gia (X)": "Khí tượng Quốc gia"; before a verb, its last capital).
 */
function bodyNameWalk(context: Context, at: number, from = at): BodyNameWalk {
  const { tokens, spans, words } = context;
  let k = at;
  let named = at;
  let lower = false;
  while (k - at < BODY_NAME_REACH && spans[k]?.kind !== "entity" && spans[k]?.kind !== "office" && tokens[k]?.word) {
    // A word of the name itself (capitalized, or ending a capitalized syllable's word), or a lower-case name word.
    const nameWord = tokens[k]!.capitalized || endsWord(context, k, at, from);
    if (!nameWord && !words.bodyNameWords?.has(tokens[k]!.key)) break;
    lower ||= !tokens[k]!.capitalized;
    if (nameWord) named = k + 1;
    k++;
    // "Cơ quan Hợp tác quân sự - kỹ thuật Y": a dash joins two lower-case name words.
    if (DASHES.has(tokens[k]?.text ?? "") && isLowerWord(tokens[k - 1]) && words.bodyNameWords?.has(tokens[k + 1]?.key ?? "")) k++;
  }
  // "Quốc gia (NATA)", "Quốc gia, ...": up to a clear boundary its lower-case syllables are the name's; before any
  // other word they may open a verb ("cảnh báo").
  const bounded = !tokens[k]?.word || !!spans[k] || words.linkingWords.has(tokens[k]!.key);
  return { to: k, named: bounded ? k : named, lower };
}

/**
 * "đảng Dân chủ", "Tổng cục Thống kê", "Dinh Thống nhất": a name written with only each word's first syllable
 * capitalized; a lone capitalized syllable of it (the run's only one from `from`, or one after a lower-case word of the
 * walk from `at`) goes on in the lower-case syllable at `k` that ends its word (the pack's `wordTail`).
 */
function endsWord(context: Context, k: number, at: number, from: number): boolean {
  const { tokens, words } = context;
  const head = tokens[k - 1];
  if (!words.wordTail || !tokens[k]?.word || tokens[k]!.capitalized || !head?.capitalized) return false;
  const lone = k - 1 === from || (k - 2 >= at && isLowerWord(tokens[k - 2]));
  return lone && words.wordTail(head.key, tokens[k]!.key);
}

/**
 * "Hội đồng An ninh quốc gia tối cao Iran": a body's name goes on in lower-case name words (pack data, so no verb
 * or linking word) and capitalized ones, up to a country or a known body that closes it ("Ủy ban Công tác đối
 * ngoại Đảng X"); the office is that country's or body's, as a ministry's is. Only when a lower-case word stands
 * between: "Hội đồng Bảo an Iran" keeps its own name.
 */
function bodyClosingName(context: Context, { to: k, lower }: BodyNameWalk): NameMention | undefined {
  const { tokens, spans, words } = context;
  // "Lực lượng Hàng không vũ trụ của Vệ binh X": a body's possessive names whose body it is, whether or not its name ran on.
  const owned = !!words.affiliationAfter && tokens[k]?.key === words.affiliationAfter;
  const span = spans[owned ? k + 1 : k];
  return (lower || owned) &&
    span?.kind === "entity" &&
    span.from === (owned ? k + 1 : k) &&
    (span.entry.type === "COUNTRY" || span.entry.type === "ORGANIZATION")
    ? entityMention(span, tokens)
    : undefined;
}

/**
 * An honorific and a person at `at` who may hold an office of `affiliation`: not one the lexicon places in
 * another country ("Theo Ngoại trưởng Mỹ, ông Putin ..." is Putin, not an American minister).
 */
function honoredAt(context: Context, at: number, affiliation: NameMention): boolean {
  const { tokens, spans, words } = context;
  if (!words.honorifics.has(tokens[at]?.key ?? "") || !isPersonStart(context, at + 1)) return false;
  const span = spans[at + 1];
  const person = span?.kind === "entity" ? span.entry : undefined;
  const body = affiliation.entry;
  // One the lexicon knows serves the body ("Đại diện cấp cao của EU, ông X", X a Spaniard): the body's, whatever their country.
  if (!person?.country || !body || person.org === body.name) return true;
  return person.country === (body.type === "COUNTRY" ? body.name : body.country);
}

/** The last country the sentence names before `at`. */
function countryBefore(context: Context, at: number): NameMention | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const span = context.spans[k];
    if (span?.kind === "entity" && span.from === k && span.entry.type === "COUNTRY") return entityMention(span, context.tokens);
  }
  return undefined;
}

/** "thăm Oman, gặp Thủ tướng nước chủ nhà": the last country named before `at` that ends no office's title. */
function hostBefore(context: Context, at: number): NameMention | undefined {
  const { spans } = context;
  for (let k = at - 1; k >= 0; k--) {
    const span = spans[k];
    if (span?.kind !== "entity" || span.from !== k || span.entry.type !== "COUNTRY") continue;
    const titled = spans.slice(Math.max(0, k - OWN_TITLE_WORDS), k).some((s) => s?.kind === "office" && s.to === k);
    if (!titled) return entityMention(span, context.tokens);
  }
  return undefined;
}

/** After an office's copula, its holder: an honorific and a person, another office, or a person's name. */
function copulaNamesHolder(context: Context, at: number, affiliation: NameMention): boolean {
  if (honoredAt(context, at, affiliation) || context.spans[at]?.kind === "office") return true;
  const span = context.spans[at];
  return span?.kind === "entity" ? span.entry.type === "PERSON" : !!nameAt(context, at) && nameAt(context, at)!.to - at >= 2;
}

/**
 * "Tổng thống Paraguay Santiago X", "Thủ tướng Chad Jordan Y": right after the office's country, a country's or capital's
 * name that more capitalized words follow is the holder's given name, not a second body.
 */
function givenNameAfterCountry(context: Context, at: number, title: Title, affiliationEnd: number): boolean {
  const span = context.spans[at];
  return (
    at === affiliationEnd &&
    title.affiliation?.type === "COUNTRY" &&
    span?.kind === "entity" &&
    span.entry.type === "COUNTRY" &&
    !!placeNamedPerson(context, at)
  );
}

/**
 * "Ngoại trưởng Y, A B C, ...": after the comma that closes an office's body, a full name the lexicon does not place
 * elsewhere, closed by a comma of its own, is the office's holder in apposition; a name the next comma does not close
 * may be the next clause's subject ("Khi gặp Thủ tướng Y, A B cho biết ..."). `from` is where the office starts.
 */
function closedFullName(context: Context, from: number, at: number): boolean {
  // "Tổng thống và Ngoại trưởng Y, A B,": offices joined before one name do not say which the name holds.
  if (context.spans[at] || context.tokens[from - 1]?.key === context.words.and) return false;
  const name = nameAt(context, at);
  return !!name && name.to - at >= PAIR && context.tokens[name.to]?.text === ",";
}

/**
 * After an office's comma at `at`, a capitalized calling that is no spouse's, then a name: "Tư lệnh Y, Tướng X". Only
 * the pack's callings of rank open a name so; "Thủ tướng, Phu nhân X" lists two people.
 */
function rankedAfterComma(context: Context, at: number): boolean {
  const cue = context.spans[at + 1];
  if (cue?.kind !== "cue" || cue.type !== "PERSON" || !context.tokens[at + 1]!.capitalized || isSpouseCue(context, cue)) return false;
  if (!context.words.rankCues?.has(textOf(context.tokens, cue.from, cue.to).toLowerCase())) return false;
  const name = nameAt(context, cue.to);
  // One word is a name when a comma closes the apposition after it: "Tư lệnh Y, Tướng Sudarmo, ...".
  const closed = context.tokens[name?.to ?? -1]?.text === ",";
  return !!name && (name.to - cue.to >= PAIR || context.spans[cue.to]?.kind === "entity" || closed);
}

/** Dashes that join two plain words inside a name: "kinh tế - thương mại". */
const DASHES = new Set(["-", "–"]);

/** A lower-case word. */
function isLowerWord(token: Token | undefined): boolean {
  return !!token?.word && !token.capitalized;
}

/** A country the lexicon knows, by name or by its capital. */
function isCountrySpan(span: Span | undefined): boolean {
  return span?.kind === "entity" && span.entry.type === "COUNTRY";
}

/** How far into its sentence the side's word may stand: "Phía Nhật Bản", "Về phía Nhật Bản", "Tham dự phía Nhật Bản". */
const SIDE_REACH = 3;
/** Marks after which a clause opens on a side: "Tham dự hội đàm, phía Chile có ...". */
const CLAUSE_MARKS = new Set([",", ":", ";"]);

/**
 * "Về phía Nhật Bản có Bộ trưởng Ngoại giao X, ...; phía Nga có ...": in a sentence that opens on a side, the
 * country of the nearest side before the name.
 */
function sideOf(context: Context, at: number): NameMention | undefined {
  const { tokens, spans, words } = context;
  if (!words.side) return undefined;
  const sideAt = (k: number) => {
    const span = spans[k + 1];
    const side = tokens[k]!.key === words.side || !!words.delegation?.has(tokens[k]!.key);
    return side && span?.kind === "entity" && span.entry.type === "COUNTRY" ? span : undefined;
  };
  // The side opens the sentence, or a clause after a leading phrase: "Tham dự hội đàm, phía Chile có ...".
  const opensAt = (k: number) => !!sideAt(k) && (k < SIDE_REACH || CLAUSE_MARKS.has(tokens[k - 1]!.text));
  let opens = false;
  for (let k = 0; k < at && !opens; k++) opens = opensAt(k);
  if (!opens) return undefined;
  for (let k = at - 1; k >= 0; k--) {
    const span = sideAt(k);
    if (span) return entityMention(span, tokens);
  }
  return undefined;
}

/** "ambassador to (the) Brazil", "ambassador in Windhoek": after a post word of an office posted abroad, the country or organization. */
function postedAt(context: Context, j: number, office: Office): Extract<Span, { kind: "entity" }> | undefined {
  const { tokens, spans, words } = context;
  if (!words.postedTo?.words.has(tokens[j]?.key ?? "") || !words.postedTo.roles.has(office.role)) return undefined;
  const next = spans[j + 1] ?? (words.articles.has(tokens[j + 1]?.key ?? "") ? spans[j + 2] : undefined);
  return next?.kind === "entity" && next.entry.type !== "PERSON" ? next : undefined;
}

/** A person's name may start at `at`: a lexicon person, or a capitalized word the lexicon does not claim. */
function isPersonStart(context: Context, at: number): boolean {
  const span = context.spans[at];
  const token = context.tokens[at];
  // "His Excellency X": a style of address opens the person's mention.
  if (span?.kind === "cue") return span.type === "PERSON" && token!.capitalized && !isSpouseCue(context, span);
  return span ? span.kind === "entity" && span.entry.type === "PERSON" : !!token?.word && token.capitalized;
}

/**
 * "Foreign Minister X of North Korea": the country or organization after "of", when the language says so; past an
 * article, a demonym that opens the body ("X of the Norwegian Ministry of Foreign Affairs", "of the Thai army").
 */
function affiliationAfterName(context: Context, at: number): NameMention | undefined {
  const { tokens, spans, words } = context;
  const article = words.articles.has(tokens[at + 1]?.key ?? "") && spans[at + 2]?.kind === "entity";
  const span = spans[article ? at + 2 : at + 1];
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
  // "the president said"; "vị ngoại trưởng này" (this foreign minister): a demonstrative after it determines it too.
  const before = tokens[at - 1]?.key ?? "";
  const determined =
    words.determiners.has(before) || !!words.anaphora?.demonstratives.has(tokens[end]?.key ?? "") || soleHolder(context, at, end, before);
  if (!(tokens[at]!.capitalized || determined) || title.former || tokens[end]?.capitalized) return undefined;
  return { kind: "descriptor", from: at, to: end, title };
}

/** "nhà vua sẽ tới X": a lower-case office only one person of the story holds, not made a predicate by the word before. */
function soleHolder(context: Context, at: number, end: number, before: string): boolean {
  const sole = context.words.soleHolderOffices;
  return !!sole?.cues.has(textOf(context.tokens, at, end).toLowerCase()) && !sole.notAfter.has(before);
}

/**
 * "Bộ Công Thương", "Bộ Công nghiệp": the ministry's word at `at` before a field the pack lists, which is read whole (a
 * pair of title words would cut the field and leave its last capitalized word to the holder's name).
 */
function listedMinistry(context: Context, at: number): boolean {
  const { keys, words } = context;
  return keys[at] === words.ministry && (words.titleFields?.lengthAt(keys, at + 1) ?? 0) > 0;
}

/** Two title words in a row ("Liên bang", "An ninh"), which a name never is. */
function isModifierPair(tokens: Token[], at: number, words: MentionWords): boolean {
  return words.titleModifiers.has(tokens[at]?.key ?? "") && words.titleModifiers.has(tokens[at + 1]?.key ?? "");
}

/** "khi đó" (then) at `at`: the office was held then. */
function isThen(tokens: Token[], at: number, words: MentionWords): boolean {
  return words.heldThen.length > 0 && words.heldThen.every((w, k) => tokens[at + k]?.key === w);
}

/**
 * "TP Hà Nội", "thành phố Lima": a cue for a place's kind at `at` right before a capital the lexicon knows (its country's
 * name); a province or city of its own ("tỉnh X") stays a mention of its own, which places it.
 */
function knownPlaceAfterKind(context: Context, at: number, office: Office): boolean {
  const { tokens, spans, words } = context;
  const kind = spans[at];
  if (kind?.kind !== "cue" || kind.type !== "LOCATION" || !words.placeKindCues?.has(textOf(tokens, at, kind.to).toLowerCase()))
    return false;
  const place = spans[kind.to];
  return place?.kind === "entity" && (place.entry.type === "COUNTRY" || (!!office.local && place.entry.type === "LOCATION"));
}

/** A ministry's field the pack does not list has this many words: "Quốc phòng", "Ngoại giao". */
const MINISTRY_FIELD_WORDS = 2;

/**
 * "Thứ trưởng Bộ Công an", "Người phát ngôn Bộ Quốc phòng": the ministry (as written) that the office at `at` names
 * inside its cue or right after it, when the office does not head it ("Bộ trưởng Bộ Công an" serves the country).
 */
function ministryOf(context: Context, at: number): string | undefined {
  const { tokens, keys, spans, words } = context;
  const office = spans[at];
  const bodies = words.ministryBodies;
  if (office?.kind !== "office" || !bodies) return undefined;
  let k = at + 1;
  while (k < office.to && keys[k] !== words.ministry) k++;
  const inside = k < office.to;
  if ((!inside && (keys[k] !== words.ministry || spans[k])) || bodies.heads.has(keys.slice(at, k).join(" "))) return undefined;
  const from = k + 1;
  const unlisted = () =>
    countPlainWords(context, from, MINISTRY_FIELD_WORDS) === MINISTRY_FIELD_WORDS &&
    tokens[from]!.capitalized &&
    !tokens[from + 1]!.capitalized
      ? MINISTRY_FIELD_WORDS
      : 0;
  const field = inside ? office.to - from : words.titleFields?.lengthAt(keys, from) || unlisted();
  if (!field || bodies.notFields.has(keys.slice(from, from + field).join(" "))) return undefined;
  return textOf(tokens, k, from + field);
}

function countPlainWords(context: Context, at: number, max: number): number {
  let n = 0;
  while (n < max && context.tokens[at + n]?.word && !context.spans[at + n]) n++;
  return n;
}

function isFormer(tokens: Token[], at: number, words: MentionWords): boolean {
  return words.formerMarkers.has(tokens[at - 1]?.key ?? "");
}

/** "A gặp B, trở thành nhà lãnh đạo Y đầu tiên ...": the comma at `comma` opens a clause of the main subject, no apposition of B. */
function opensMainClause(context: Context, comma: number): boolean {
  const verbs = context.words.clauseOfficeVerbs;
  return context.tokens[comma]?.text === "," && !!verbs && verbs.lengthAt(context.keys, comma + 1) > 0;
}

/** An age's or a birth year's number: "52 tuổi", "SN 1961". */
const AGE_NUMBER = /^\d{1,3}$/;
const BIRTH_YEAR = /^\d{4}$/;

/** Past "52 tuổi," or "SN 1961," at `at`: where the apposition goes on after the comma, else 0. */
function pastAge(context: Context, at: number): number {
  const { keys, words } = context;
  const age = words.appositionAge;
  if (!age) return 0;
  let k = at;
  if (AGE_NUMBER.test(keys[k] ?? "") && age.units.has(keys[k + 1] ?? "")) k += 2;
  else {
    const born = age.born.lengthAt(keys, k);
    if (!born || !BIRTH_YEAR.test(keys[k + born] ?? "")) return 0;
    k += born + 1;
  }
  return keys[k] === "," ? k + 1 : 0;
}

/**
 * An office after a person's name: "ông Yuri Ushakov – Trợ lý của Tổng thống Nga", "ông Sergei Shoigu khi đó
 * là Bộ trưởng Quốc phòng Nga", "Ông Yury Ushakov, cố vấn chính sách đối ngoại của Tổng thống Putin".
 */
function withApposition(context: Context, mention: NameMention): NameMention {
  // "Ambassador X, Peru's envoy to Japan,": an apposition may give a title its body, unless the lexicon knows the person's country.
  if (mention.type !== "PERSON") return mention;
  if (mention.title?.affiliation || (mention.title && mention.entry?.country)) return withFurtherOffice(context, mention);
  const { tokens, spans, words } = context;
  let j = mention.to;
  let former = false;
  if (isThen(tokens, j, words)) {
    j += words.heldThen.length;
    former = true;
  }
  // "X, hiện là Bộ trưởng ...": an apposition may open with the verb that holds the office.
  const mark = APPOSITION_MARKS.has(tokens[j]?.text ?? "") ? 1 : 0;
  if (mark && opensMainClause(context, j)) return mention;
  // "X (52 tuổi, cựu giám đốc Y)": past an age or a birth year and its comma, the apposition's office.
  const aged = mark ? pastAge(context, j + 1) : 0;
  if (aged) j = aged - 1;
  const headed = headedBody(context, j + mark, mark > 0);
  if (headed) return { ...mention, to: headed.to, title: headed.title };
  const heldBefore = words.formerOfficeVerbs?.lengthAt(context.keys, j + mark) ?? 0;
  const verb = heldBefore || (words.officeVerbs?.lengthAt(context.keys, j + mark) ?? 0);
  if (verb) {
    j += mark + verb; // "X hiện là Tổng thư ký NATO", "X từng là Thủ tướng"
    former ||= heldBefore > 0;
  } else if (tokens[j]?.key === words.copula || mark) j++;
  else return mention;
  // "X, cựu Thủ tướng Y,": a former-office marker opens the apposition; `appositiveOffice` reads it before the office.
  if (words.formerMarkers.has(tokens[j]?.key ?? "") && spans[j + 1]?.kind === "office") j++;
  if (words.articles.has(tokens[j]?.key ?? "")) {
    // "Putin, the Russian president,", "X, a close aide to ...": after an article, a few plain words may lead to the office.
    j++;
    while (j < mention.to + APPOSITION_REACH && !spans[j] && tokens[j]?.word && !tokens[j]!.capitalized) {
      if (words.kinWords?.has(tokens[j]!.key)) return mention; // "X, the daughter of President Y,": Y's office, not X's
      if (words.appositionStops?.has(tokens[j]!.key)) return mention; // "X, the first by a Chilean president": not X's
      j++;
    }
  }
  const held = appositiveOffice(context, j, former);
  if (!held || (mention.title && !held.title.affiliation) || closesLeadingPhrase(context, mention, held.to)) return mention;
  if (mark && j === mention.to + 1 && tokens[j]!.capitalized) held.title.appositive = true;
  // "X, general secretary of A and president of B,", "X, leader of A and Lao president,": offices joined by "and"
  // (or "kiêm", held at once: "X, Chủ tịch A kiêm Tổng giám đốc B,"), each with its own body.
  const and = held.to;
  const joined = spans[and + 1]?.kind === "office" || spans[and + 1]?.kind === "entity";
  const joiner = tokens[and]?.key === words.and || words.officeJoiners?.has(tokens[and]?.key ?? "");
  const also = joiner && joined ? appositiveOffice(context, and + 1, former) : undefined;
  if (also?.title.affiliation) return { ...mention, to: also.to, title: held.title, alsoTitles: [also.title] };
  const further = stackedMinistryOffice(context, held.to);
  if (further) return { ...mention, to: further.to, title: held.title, alsoTitles: [further.title] };
  return { ...mention, to: held.to, title: held.title };
}

/**
 * "X, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng,": an office in a ministry stacked past the comma after the
 * apposition's first office is the person's too, when the apposition closes after it (a comma or a lower-case word);
 * not when a name follows, the next titled person of a list ("..., Thứ trưởng Bộ Y Z").
 */
function stackedMinistryOffice(context: Context, at: number): { to: number; title: Title } | undefined {
  const { tokens, spans, words } = context;
  if (tokens[at]?.text !== "," || spans[at + 1]?.kind !== "office" || !tokens[at + 1]!.capitalized) return undefined;
  const held = appositiveOffice(context, at + 1, false);
  if (!held?.title.ministry || held.title.affiliation || held.title.principal) return undefined;
  // The ministry is inside the office's cue, or written right after it.
  const to = tokens[held.to]?.key === words.ministry ? held.to + held.title.ministry.split(" ").length : held.to;
  const after = tokens[to];
  return after?.text === "," || (after?.word && !after.capitalized && !spans[to]) ? { to, title: held.title } : undefined;
}

/**
 * "Lao President X, who is also general secretary of the Y Party,", "Malaysian Prime Minister X, who chairs ASEAN": a
 * titled person's clause that gives another office with its own body.
 */
function withFurtherOffice(context: Context, mention: NameMention): NameMention {
  const { tokens, keys, words } = context;
  if (tokens[mention.to]?.text !== "," || opensMainClause(context, mention.to)) return mention;
  const at = mention.to + 1;
  const headed = headedBody(context, at, true);
  const verb = headed ? 0 : (words.officeVerbs?.lengthAt(keys, at) ?? 0);
  const held =
    headed ??
    (verb ? appositiveOffice(context, at + verb + (words.articles.has(keys[at + verb] ?? "") ? 1 : 0), false) : undefined) ??
    describedOffice(context, at) ??
    bareFurtherOffice(context, at);
  if (!held?.title.affiliation) return mention;
  return { ...mention, to: held.to, alsoTitles: [...(mention.alsoTitles ?? []), held.title] };
}

/**
 * "Tổng thống Y X, Chủ tịch luân phiên AU, ...": an office with its own body set right after a titled name's comma, closed
 * by a comma or the clause's verb; not the next titled person of a list ("A, Thủ tướng Y B"), whose name follows the body.
 */
function bareFurtherOffice(context: Context, at: number): { to: number; title: Title } | undefined {
  const { tokens, spans } = context;
  if (spans[at]?.kind !== "office" || !tokens[at]!.capitalized) return undefined;
  const held = appositiveOffice(context, at, false);
  if (!held?.title.affiliation || held.title.principal || held.title.affiliation.type === "PERSON") return undefined;
  const after = tokens[held.to];
  return after?.text === "," || (after?.word && !after.capitalized && !spans[held.to]) ? held : undefined;
}

/**
 * "President X, the current chairman of the Y Authority,": after an article, a few plain words, then an office (the
 * same reach as an apposition of an untitled name); undefined when something else comes first.
 */
function describedOffice(context: Context, at: number): { to: number; title: Title } | undefined {
  const { tokens, spans, words } = context;
  if (!words.articles.has(tokens[at]?.key ?? "")) return undefined;
  let j = at + 1;
  while (j < at + APPOSITION_REACH && !spans[j] && tokens[j]?.word && !tokens[j]!.capitalized) {
    if (words.kinWords?.has(tokens[j]!.key) || words.appositionStops?.has(tokens[j]!.key)) return undefined;
    j++;
  }
  return appositiveOffice(context, j, false);
}

/**
 * "Theo ông X, nhà lãnh đạo Y đã ...": the name ends a leading phrase that opens the sentence, the comma after it is
 * the sentence's first, and no mark closes the office after it: the office is the next clause's subject.
 */
function closesLeadingPhrase(context: Context, mention: NameMention, officeEnd: number): boolean {
  const { tokens, words } = context;
  if (!words.leadingWords?.has(tokens[0]?.key ?? "") || tokens[mention.to]?.text !== ",") return false;
  if (tokens.slice(0, mention.from).some((t) => t.text === ",")) return false;
  const after = tokens[officeEnd];
  return !!after?.word;
}

/** How many plain words may follow a country's possessive in the body it heads ("Kenya's foreign ministry"). */
const HEADED_BODY_WORDS = 3;

/**
 * "who heads Kenya's foreign ministry", "who chairs the African Union Commission" at `at`, or after a comma ("afterMark")
 * the pack's nouns ("head of the Y Agency"): the body headed, as a title.
 */
function headedBody(context: Context, at: number, afterMark: boolean): { to: number; title: Title } | undefined {
  const { tokens, spans, words } = context;
  const verb =
    (words.headsBody?.verbs.lengthAt(context.keys, at) ?? 0) || (afterMark ? (words.headsBody?.nouns?.lengthAt(context.keys, at) ?? 0) : 0);
  if (!verb) return undefined;
  let k = at + verb;
  while (words.determiners.has(tokens[k]?.key ?? "")) k++;
  const body = spans[k];
  if (body?.kind !== "entity" || body.entry.type === "PERSON" || body.entry.type === "LOCATION") return undefined;
  let to = body.to;
  if (body.entry.type === "COUNTRY") {
    // "Kenya's foreign ministry": a country's body names the country; a country alone is no body headed.
    if (!words.possessiveClitics.has(tokens[to]?.key ?? "")) return undefined;
    const from = ++to;
    while (to - from < HEADED_BODY_WORDS && tokens[to]?.word && !spans[to]) to++;
    // Only a body's noun ends it: "Kenya's foreign ministry", "Chile's government", not "Chile's opposition".
    const head = tokens[to - 1]?.key ?? "";
    if (to === from || !(head === words.ministry || words.governmentNouns?.has(head) || words.organizationCues.includes(head)))
      return undefined;
  } else if (!spans[to]) to = capitalizedRun(context, to)?.to ?? to; // "the African Union Commission": the body's own name goes on
  return { to, title: { office: words.headsBody!.office, former: false, affiliation: entityMention(body, tokens) } };
}

/** The office an apposition starts with at `j` ("president of X", "the Russian president"), and where it ends. */
function appositiveOffice(context: Context, j: number, former: boolean): { to: number; title: Title } | undefined {
  const { tokens, spans, words } = context;
  const first = spans[j];
  const office = first?.kind === "entity" ? officeAfterAffiliation(context, first) : undefined;
  // "At the invitation of X, Mongolian President Y": an office its holder's name follows is no apposition of X's.
  if (first?.kind === "entity" && office && !namesNext(context, spans[office.from]!.to)) {
    const affiliation = entityMention(office.affiliation, tokens);
    const title: Title = { office: office.office, former: former || isFormer(tokens, j, words), affiliation };
    return { to: spans[office.from]!.to, title };
  }
  const span = spans[j];
  if (span?.kind !== "office") return undefined;
  const title: Title = { office: span.office, former: former || isFormer(tokens, j, words), ministry: ministryOf(context, j) };
  let k = span.to;
  let stacked = false;
  let beforeStack = k;
  for (let steps = 0; k < tokens.length && steps < 10; steps++) {
    const next = spans[k];
    const token = tokens[k]!;
    const field = fieldOverBody(context, k);
    if (field) {
      k += field; // "X, Bộ trưởng Lao động Y,": the office's field, not a body the lexicon names with the same words
      continue;
    }
    const owned = next?.kind === "entity" ? bodyOwnedBy(context, next) : undefined;
    const body =
      owned ?? (next?.kind === "entity" && next.entry.type !== "PERSON" ? entityMention(next, tokens) : cueOrganization(context, k));
    if (body) {
      // "Khi gặp ông X, Chủ tịch Trung Quốc Y": an office whose body a name follows is that name's title, no apposition;
      // not "president of the Cambodian Senate", where the body, past "of the", goes on into an institution's name.
      if (k === span.to && namesNext(context, body.to)) return undefined;
      // "X nhậm chức Thủ tướng, Tổng thống Y Z ...": past the comma the office is Z's, not stacked on X's.
      if (stacked && namesNext(context, body.to)) return { to: beforeStack, title };
      title.affiliation = body;
      // "X, Chủ tịch Hội đồng tỉnh Y thuộc Thái Lan,": the country a place lies in, after a linking word.
      const placeIn = body.type === "LOCATION" && words.linkingWords.has(tokens[body.to]?.key ?? "") ? spans[body.to + 1] : undefined;
      if (placeIn?.kind === "entity" && placeIn.entry.type === "COUNTRY") {
        title.placeIn = entityMention(placeIn, tokens);
        return { to: placeIn.to, title };
      }
      return { to: postedAt(context, body.to, span.office)?.to ?? body.to, title }; // "X, Đại sứ Italy tại Việt Nam,"
    }
    if (next?.kind === "entity" || (next?.kind === "office" && tokens[k - 1]?.key === words.possessive)) {
      const principal = next.kind === "entity" ? entityMention(next, tokens) : readTitled(context, k, next.office);
      if (!principal) break;
      title.principal = principal;
      return { to: principal.to, title };
    }
    if (next?.kind === "office") k = next.to;
    else if (token.text === "," && spans[k + 1]?.kind === "office") {
      // "X, Ủy viên Bộ Chính trị, Bí thư ... Đảng Cộng sản Cuba": offices stacked in apposition, the body last;
      // past a comma only title words lead on ("X, Ủy viên ..., Thường trực Ban Bí thư tiếp ..." ends there).
      if (!stacked) beforeStack = k;
      k++;
      stacked = true;
    } else if (words.tenseWords?.has(token.key))
      break; // "X, Thứ trưởng Bộ Y đã ký với ...": the clause's verb follows
    else if (token.word && !next && (words.titleModifiers.has(token.key) || (!token.capitalized && !stacked))) k++;
    else if (!next && words.titleFields?.lengthAt(context.keys, k))
      k += words.titleFields.lengthAt(context.keys, k); // "X, Tham mưu trưởng Hải quân Ấn Độ,": the office's field, then its body
    else if (!next && fieldAt(context, k)) k = fieldAt(context, k);
    else break;
  }
  return { to: span.to, title };
}

/** How many plain words may stand between a country's possessive and the body it owns ("Kenya's ruling X"). */
const OWNED_BODY_GAP = 2;

/**
 * "secretary-general of Kenya's ruling United Democratic Alliance", "leader of Sudan's Rapid Support Forces": the
 * body a country's possessive owns is the office's, a lexicon organization or an unknown run of a body's length.
 */
function bodyOwnedBy(context: Context, country: Extract<Span, { kind: "entity" }>): NameMention | undefined {
  const { tokens, spans, words } = context;
  if (country.entry.type !== "COUNTRY" || !words.possessiveClitics.has(tokens[country.to]?.key ?? "")) return undefined;
  let k = country.to + 1;
  while (k - country.to - 1 < OWNED_BODY_GAP && tokens[k]?.word && !tokens[k]!.capitalized && !spans[k]) k++;
  const span = spans[k];
  if (span?.kind === "entity") return span.entry.type === "ORGANIZATION" ? entityMention(span, tokens) : undefined;
  const run = span ? undefined : capitalizedRun(context, k);
  if (!run || run.to - k < BODY_RUN_WORDS || spans[run.to]) return undefined;
  return { kind: "name", from: k, to: run.to, surface: textOf(tokens, k, run.to), type: "ORGANIZATION", maybeShort: false };
}

/** A name starts at `at`: a lexicon person or a capitalized word of no other span. */
function namesNext(context: Context, at: number): boolean {
  const span = context.spans[at];
  const token = context.tokens[at];
  if (span?.kind === "entity") return span.entry.type === "PERSON";
  return !span && !!token?.word && token.capitalized;
}

function textOf(tokens: Token[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) text += (i > from && tokens[i]!.start > tokens[i - 1]!.end ? " " : "") + tokens[i]!.text;
  return text;
}
