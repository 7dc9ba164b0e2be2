import type { EntityType } from "@news-kg/schema";
import type { MentionWords, NativeNames } from "../lang/language-pack.ts";
import type { Lexicon, LexiconEntry } from "../lexicon/lexicon.ts";
import type { Gender, Mention, NameMention, PronounMention, Title } from "../recognize/mention.ts";
import { nameKey } from "../text/name-key.ts";
import { ArticleEntities, type ArticleEntity, type Role } from "./article-entities.ts";

export interface ResolvedMention {
  from: number;
  to: number;
  /** One entity, or the two a group stands for. */
  ids: string[];
  type: EntityType;
  kind: Mention["kind"];
  /**
   * A person pronoun ("him", "her"): who it stands for when what it was resolved to is the doer of the verb it is the
   * object of ("A met B. B thanked him"): an object pronoun never stands for its own clause's subject.
   */
  other?: string;
}

/** "X holds office Y in Z", read from a title: becomes an OFFICIAL_OF relation. */
export interface TitleFact {
  sentence: number;
  person: string;
  affiliation: string;
  role: string;
  former: boolean;
  /** Where an office held abroad is posted ("Đại sứ Nga tại Việt Nam X"): that entity's id. */
  postedIn?: string;
  /** The place, not a country, the title names the office of ("Chủ tịch UBND tỉnh Y X", "Thống đốc bang Y X"): its id. */
  seat?: string;
}

/** "Thống đốc tỉnh X của Y Z": a place an office is of, and the country named after it (a LOCATED_IN relation). */
export interface PlaceFact {
  sentence: number;
  place: string;
  country: string;
}

export interface ResolvedArticle {
  mentions: ResolvedMention[][];
  titles: TitleFact[];
  places: PlaceFact[];
  entities: ArticleEntities;
}

/**
 * Where the article is written from, for the offices of people the lexicon does not know, given without a country
 * ("Foreign Minister X" under a Stockholm dateline): the country, and the roles posted abroad it does not hold for.
 */
export interface Home {
  country: string;
  postedAbroad: ReadonlySet<string>;
  /** Guessed from what the article is about, not its dateline: held only by someone given no other country. */
  guessed?: boolean;
}

/** What resolution knows of the article besides its mentions. */
export interface ArticleSetting {
  /** The pack's native names: whose names look native, how the native country is written. */
  native?: NativeNames;
  home?: Home;
  words?: Pick<MentionWords, "nameSuffixes" | "ownOfficeWords">;
  /** The year the article was published: whose office a title names then. */
  year?: number;
  /** The one country the article is about, if any. */
  about?: string;
}

/** A leader of another country named this often makes the story theirs as much as the guessed home's. */
const MIN_LEADER_MENTIONS = 3;

/**
 * Coreference inside one article: full names first (lexicon or new), then short forms ("ông Kim") against
 * them, then descriptions ("Tổng thống Nga") against the offices the article gave, groups and pronouns
 * against what came just before.
 */
export function resolveArticle(sentences: Mention[][], lexicon: Lexicon, article: ArticleSetting = {}): ResolvedArticle {
  const { native, home, words, year, about } = article;
  const entities = new ArticleEntities(words?.nameSuffixes);
  const ownOfficeWords = words?.ownOfficeWords;
  const named = new Map<NameMention, ArticleEntity>();
  const all = sentences.flatMap((mentions) => mentions.filter((m): m is NameMention => m.kind === "name"));
  for (const mention of all) if (mention.entry) named.set(mention, entities.fromEntry(mention.entry, mention.surface));
  for (const mention of all) {
    if (mention.entry || mention.tentative || mention.surface.includes(" ") === false) continue;
    named.set(mention, shortReference(entities, mention) ?? entities.fromName(mention.type, mention.surface));
  }
  for (const mention of all) {
    const entity = named.get(mention);
    if (entity && mention.gender) entity.gender ??= mention.gender;
  }
  const offices = officesNamed(sentences);
  const titled = new Set<ArticleEntity>();
  for (const mention of all) if (mention.title && named.has(mention)) titled.add(named.get(mention)!);
  // "President Bush" told anywhere in the article: a bare "Bush", even before it, is that holder, not a namesake the
  // article names in full ("first lady Laura Bush").
  const holders = new Map<NameMention, ArticleEntity>();
  for (const mention of all) {
    if (named.has(mention) || !mention.title) continue;
    const holder = shortHolder(lexicon, entities, mention, titled, shortReference(entities, mention), year);
    if (holder) holders.set(mention, holder);
  }
  const held = new Set(holders.values());
  for (const mention of all) {
    if (named.has(mention)) continue;
    const article = shortReference(entities, mention);
    const holder = mention.title || !held.size ? undefined : entities.peopleNamed(mention.surface).find((e) => held.has(e));
    const known =
      holders.get(mention) ??
      holder ??
      shortHolder(lexicon, entities, mention, titled, article, year) ??
      article ??
      lexiconShortName(lexicon, entities, mention, offices, native, year);
    if (mention.tentative) {
      if (known) named.set(mention, known);
      continue;
    }
    const entity = known ?? entities.fromName(mention.type, mention.surface);
    if (mention.maybeShort) entity.aliases.add(mention.surface);
    named.set(mention, entity);
  }

  for (const mention of all) if (mention.written) named.get(mention)?.aliases.add(mention.written);

  const titles: TitleFact[] = [];
  const places: PlaceFact[] = [];
  // Offices placed in the home, kept once the article is read if their holder got no other country.
  const guessed: { fact: TitleFact; held: Role }[] = [];
  sentences.forEach((mentions, sentence) => {
    for (const mention of mentions) {
      if (mention.kind !== "name" || !mention.title) continue;
      const person = named.get(mention)!;
      for (const title of [mention.title, ...(mention.alsoTitles ?? [])]) {
        const told =
          affiliationOf(title, person, named, entities, lexicon, native, ownOfficeWords) ??
          listedBody(title, named, entities) ??
          senderCountry(title, named, entities, lexicon, native);
        const { office, former } = title;
        const atHome = told ? undefined : homeOf(title, person, home, entities, lexicon);
        const role = { role: office.role, leader: office.leader, former, cue: office.cue };
        const local = localBodyHeld(title, named, entities, lexicon);
        if (local) {
          // "Chủ tịch UBND tỉnh Y X": held in the province's body, not the country the province lies in.
          person.roles.push({ ...role, affiliation: (told ?? atHome)?.id });
          titles.push({ sentence, person: person.id, affiliation: local.id, role: office.role, former });
          continue;
        }
        const ministry = ministryHeld(title, told ?? atHome, entities, lexicon, native);
        if (ministry) titles.push({ sentence, person: person.id, affiliation: ministry.id, role: office.role, former });
        if (atHome) {
          const held = { ...role, affiliation: undefined as string | undefined };
          person.roles.push(held);
          guessed.push({ fact: { sentence, person: person.id, affiliation: atHome.id, role: office.role, former }, held });
          continue;
        }
        const affiliation = told ?? atHome;
        person.roles.push({ ...role, affiliation: affiliation?.id });
        const postedIn = title.postedIn && resolveName(title.postedIn, named, entities).id;
        const seat = title.affiliation?.type === "LOCATION" ? resolveName(title.affiliation, named, entities).id : undefined;
        if (affiliation)
          titles.push({
            sentence,
            person: person.id,
            affiliation: affiliation.id,
            role: office.role,
            former,
            ...(postedIn && { postedIn }),
            ...(seat && { seat }),
          });
        // "chairman of the State Affairs Commission of X": an office in a country's own body is held in the body too.
        const agency = told && title.affiliation ? resolveName(title.affiliation, named, entities) : undefined;
        if (agency?.type === "ORGANIZATION" && agency.entry?.country === told!.name && told!.type === "COUNTRY")
          titles.push({ sentence, person: person.id, affiliation: agency.id, role: office.role, former });
        // "Tổng Bí thư X" of a country its party rules: the office is the party's too.
        const party = office.party && affiliation?.type === "COUNTRY" ? lexicon.rulingParties.get(affiliation.name) : undefined;
        if (party) titles.push({ sentence, person: person.id, affiliation: entities.fromEntry(party).id, role: office.role, former });
        // "Thị trưởng thành phố X của Y": the place an office is of lies in the country named after it.
        const place = title.placeIn && title.affiliation ? resolveName(title.affiliation, named, entities) : undefined;
        if (place?.type === "LOCATION")
          places.push({ sentence, place: place.id, country: resolveName(title.placeIn!, named, entities).id });
      }
    }
  });
  shareCounterpartRoles(titles, entities);

  const context: Discourse = {
    recent: [],
    sentence: [],
    previous: [],
    earlier: [],
    at: 0,
    leaderGroups: new Map(),
    lists: new Map(),
    leading: new Set(),
    previousLeading: new Set(),
    about,
  };
  const seen = (entity: ArticleEntity) => {
    entity.mentions++;
    const at = context.recent.indexOf(entity);
    if (at >= 0) context.recent.splice(at, 1);
    context.recent.unshift(entity);
    context.sentence.push(entity);
  };
  const resolved = sentences.map((mentions, sentence) => {
    if (context.sentence.length) context.earlier.unshift(context.sentence);
    if (context.sentence.length) [context.previous, context.previousLeading] = [context.sentence, context.leading];
    context.sentence = [];
    context.at = sentence;
    context.leading = new Set();
    const endingAt = new Map<number, ArticleEntity>(); // this sentence's entities by where their mention ends
    return mentions.flatMap((mention): ResolvedMention[] => {
      const found = resolveMention(mention, named, entities, lexicon, context, native);
      const other = found[0] && isPlainPersonPronoun(mention) ? otherPerson(context, found[0], mention.gender) : undefined;
      if (mention.kind === "name" && mention.title?.ownedBy && found[0]) {
        const owner = ownerOf(mention.title.ownedBy, endingAt, context);
        const fact = owner && officeOfOwner(mention.title, found[0], owner, entities, lexicon, native, sentence);
        if (fact) titles.push(fact);
      }
      if (found[0]) endingAt.set(mention.to, found[0]);
      if (mention.kind === "group" && mention.of === "leaders" && !mention.local && found.length === mention.size)
        context.leaderGroups.set(mention.size, { members: found, at: sentence });
      if (mention.kind === "name" && found[0]) {
        // The lists this sentence told: a listed name goes on the list of the name before it.
        let lists = context.lists.get(context.sentence);
        if (!lists) context.lists.set(context.sentence, (lists = []));
        if (mention.listed && lists.length) lists.at(-1)!.push(found[0]);
        else lists.push([found[0]]);
      }
      if (mention.kind === "name" && mention.leadsDelegation && found[0]?.type === "PERSON") context.delegationHead ??= found[0];
      const leading = (mention.kind === "name" || mention.kind === "descriptor") && mention.leading;
      // Named in the leading phrase, and nowhere else in the sentence so far.
      for (const e of found)
        if (leading && !context.sentence.includes(e)) context.leading.add(e);
        else if (!leading) context.leading.delete(e);
      found.forEach(seen);
      if (mention.kind === "pronoun" && mention.title && found[0]?.type === "PERSON") {
        // "she was re-elected as chair of the X Party": the office of whom the pronoun stands for.
        const person = found[0];
        const affiliation = affiliationOf(mention.title, person, named, entities, lexicon, native, ownOfficeWords);
        const { office, former } = mention.title;
        person.roles.push({ role: office.role, leader: office.leader, former, affiliation: affiliation?.id, cue: office.cue });
        if (affiliation) titles.push({ sentence, person: person.id, affiliation: affiliation.id, role: office.role, former });
      }
      if (mention.kind === "descriptor" && found[0]) {
        const fact =
          bodyOfHeldOffice(mention.title, found[0], named, entities, sentence) ??
          officeOfDescribed(mention.title, found[0], named, entities, lexicon, native, sentence, context.sentence);
        if (fact) titles.push(fact);
      }
      if (found.length === 0) return [];
      const resolvedMention: ResolvedMention = {
        from: mention.from,
        to: mention.to,
        ids: found.map((e) => e.id),
        type: found[0]!.type,
        kind: mention.kind,
      };
      if (other) resolvedMention.other = other.id;
      return [resolvedMention];
    });
  });
  // A home, the dateline's or a guessed one, holds the office only of someone the article gives no other country or
  // body, and only when no leader of another country is as much the story ("President X", named again and again on a
  // visit there): a bare office may then be either side's.
  const guessHolds = (country: string) =>
    ![...entities.byId.values()].some(
      (e) =>
        e.mentions >= MIN_LEADER_MENTIONS &&
        e.roles.some(
          (r) => r.leader && !r.former && r.affiliation !== country && entities.byId.get(r.affiliation ?? "")?.type === "COUNTRY",
        ),
    );
  for (const { fact, held } of guessed) {
    if (!guessHolds(fact.affiliation)) continue;
    const person = entities.byId.get(fact.person)!;
    const elsewhere = (id?: string) => !!id && id !== fact.affiliation;
    if (person.roles.some((r) => elsewhere(r.affiliation)) || titles.some((t) => t.person === fact.person && elsewhere(t.affiliation)))
      continue;
    held.affiliation = fact.affiliation;
    titles.push(fact);
  }
  return { mentions: resolved, titles, places, entities };
}

/**
 * "Ngoại trưởng Sergio Ramos ... Ngoại trưởng Chile cho biết": a description with its country that stands for a
 * person who holds that office with no country named gives the office its country.
 */
function bodyOfHeldOffice(
  title: Title,
  holder: ArticleEntity,
  named: Map<NameMention, ArticleEntity>,
  entities: ArticleEntities,
  sentence: number,
): TitleFact | undefined {
  if (!title.affiliation || title.former || holder.type !== "PERSON") return undefined;
  const role = holder.roles.find((r) => r.role === title.office.role && !r.affiliation && !r.former);
  if (!role) return undefined;
  const body = resolveName(title.affiliation, named, entities);
  if (body.type !== "COUNTRY") return undefined;
  role.affiliation = body.id;
  return { sentence, person: holder.id, affiliation: body.id, role: role.role, former: false };
}

/**
 * "Ana Ruiz landed in Lima ... the Chilean president said": a description with its country or body that stands for a
 * person the article gave no office of that body, whom the lexicon (or the name) says serves it, tells that office.
 */
function officeOfDescribed(
  title: Title,
  holder: ArticleEntity,
  named: Map<NameMention, ArticleEntity>,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
  sentence: number,
  before: ArticleEntity[],
): TitleFact | undefined {
  if (!title.affiliation || title.former || holder.type !== "PERSON") return undefined;
  const body = resolveName(title.affiliation, named, entities);
  if (holder.roles.some((r) => r.affiliation === body.id)) return undefined;
  const serves = (e: ArticleEntity) => (body.type === "COUNTRY" ? countryOf(e, lexicon, native) : e.entry?.org) === body.name;
  if (!serves(holder) || (body.type !== "COUNTRY" && body.type !== "ORGANIZATION")) return undefined;
  // "A met Mr. Jiang ... pressed the Chinese leader": another of that body's people named before it in the sentence may be
  // whom it stands for.
  if (before.some((e) => e !== holder && e.type === "PERSON" && serves(e))) return undefined;
  return { sentence, person: holder.id, affiliation: body.id, role: title.office.role, former: false };
}

/**
 * Who owns an office by a possessive: the person whose name ends at the possessive ("Boric's press secretary"), or
 * whom the possessive pronoun stands for, as a pronoun is resolved ("his spokesman").
 */
function ownerOf(
  owned: NonNullable<Title["ownedBy"]>,
  endingAt: Map<number, ArticleEntity>,
  context: Discourse,
): ArticleEntity | undefined {
  if (!owned.pronoun) return endingAt.get(owned.at);
  const fits = (e: ArticleEntity) => e.type === "PERSON" && (!owned.gender || !e.gender || e.gender === owned.gender);
  return context.sentence.find(fits) ?? context.previous.find(fits) ?? context.recent.find(fits);
}

/** "his spokesman X": an office owned by a person, told with no body of its own, serves the owner's country or body. */
function officeOfOwner(
  title: Title,
  holder: ArticleEntity,
  owner: ArticleEntity,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
  sentence: number,
): TitleFact | undefined {
  // A counterpart serves another country: its office is read from the other titled person.
  if (owner.type !== "PERSON" || owner === holder || title.office.role === COUNTERPART) return undefined;
  const role = holder.roles.find((r) => r.role === title.office.role && !r.affiliation);
  const body =
    owner.roles.find((r) => r.affiliation && !r.former)?.affiliation ??
    countryEntity(countryOf(owner, lexicon, native), entities, lexicon)?.id;
  if (!role || !body) return undefined;
  role.affiliation = body;
  return { sentence, person: holder.id, affiliation: body, role: role.role, former: role.former };
}

/** What the text has named so far: every entity most recent first, this sentence and the one before, in order. */
interface Discourse {
  recent: ArticleEntity[];
  sentence: ArticleEntity[];
  previous: ArticleEntity[];
  /** Who was named only in the leading phrase of this sentence, and of the one before. */
  leading: Set<ArticleEntity>;
  previousLeading: Set<ArticleEntity>;
  /** The entities of each earlier sentence that named any, most recent first. */
  earlier: ArticleEntity[][];
  /** Which sentence is read, and the last group of leaders of each size, with the sentence that told it. */
  at: number;
  leaderGroups: Map<number, { members: ArticleEntity[]; at: number }>;
  /** The lists of names ("A và B") each sentence told, in order, by the sentence's entities (`sentence`, `earlier`). */
  lists: Map<ArticleEntity[], ArticleEntity[][]>;
  /** "X cùng Đoàn đại biểu Y": who leads the delegation the article first named with its leader. */
  delegationHead?: ArticleEntity;
  /** The one country the article is about, if any (its focus): whom "the junta" stands for. */
  about?: string;
}

/** How many earlier sentences a group may reach back to: for the people it was named with, a list, a group told before. */
const GROUP_LOOKBACK = 6;
/** How many a group named without a count is: "the two countries", "both leaders". */
const PAIR = 2;

// Module-level rather than a closure per mention: under tsx (esbuild keepNames) each closure made costs a defineProperty.
const isPerson = (e: ArticleEntity) => e.type === "PERSON";

function resolveMention(
  mention: Mention,
  named: Map<NameMention, ArticleEntity>,
  entities: ArticleEntities,
  lexicon: Lexicon,
  context: Discourse,
  native: NativeNames | undefined,
): ArticleEntity[] {
  const { recent } = context;
  switch (mention.kind) {
    case "name": {
      const entity = named.get(mention);
      return entity ? [entity] : []; // a tentative surname of no one named
    }
    case "pronoun": {
      if (mention.focus) {
        // "the junta": the one country the article is about, else no one.
        const entry = context.about ? lexicon.byName.get(context.about) : undefined;
        return entry ? [entities.fromEntry(entry)] : [];
      }
      if (mention.of) {
        const body = topicOfType(
          context,
          mention.of,
          entities,
          lexicon,
          native,
          mention.partner ? native?.country : undefined,
          mention.international,
        );
        return body ? [body] : [];
      }
      if (mention.guest || mention.delegation) {
        // "Đoàn sẽ thăm X": the head of the delegation the article named, else the guest.
        if (mention.delegation && context.delegationHead) return [context.delegationHead];
        if (mention.headOnly) return [];
        // "vị khách": the person last talked of who is not of the writer's own country.
        const foreign = (e: ArticleEntity) =>
          e.type === "PERSON" && countryFor(e, entities, lexicon, native, true)?.name !== native?.country;
        const guest = native
          ? (context.sentence.find(foreign) ?? context.previous.find(foreign) ?? context.recent.find(foreign))
          : undefined;
        return guest ? [guest] : [];
      }
      const person = (mention.nearest ? nearestPerson(context, mention.gender) : undefined) ?? topicPerson(context, mention.gender);
      if (person && mention.gender) person.gender ??= mention.gender;
      return person ? [person] : [];
    }
    case "descriptor": {
      const holder =
        holderOf(mention.title, named, entities, lexicon, recent, native) ?? (mention.demonstrative ? topicPerson(context) : undefined);
      return holder ? [holder] : [];
    }
    case "group": {
      // A pronoun group stands for the people just named only when it opens its sentence (or the clause after a leading
      // phrase: "After the talks, they ..."): "Analysts said they ..." does not.
      if (mention.local && !mention.opens) return [];
      if (mention.of === "countries") {
        const together = countriesTogether(context, mention.size, entities, lexicon, native);
        if (together) return together;
      }
      // A counted group ("the three countries") is not the two nearest: it falls to the countries talked about most.
      if (mention.of === "countries" && mention.size <= PAIR) {
        const local = nearbyCountries(context, entities, lexicon, native);
        if (local.length >= PAIR) return local.slice(0, PAIR);
      }
      if (mention.of === "leaders") {
        // "A visited Tokyo to meet B. The meeting between the two leaders ...": the people just named.
        const local = [...new Set([...context.sentence, ...context.previous].filter(isPerson))];
        // "A met B. A spokesman, C, ... D, the EU's envoy, invited both leaders": those who may lead first, so that an
        // aide or an envoy named since does not stand in for a leader named earlier.
        const leading = local.filter(mayLead);
        if (leading.length === mention.size) return leading;
        // "A gặp B. ... A và cha ông, cựu Tổng thống C ... hai nhà lãnh đạo": with one of them no leader now, the last
        // sentence that named two who lead.
        if (local.length === mention.size && leading.length < local.length && !mention.local) {
          const earlier = togetherBefore(context, mention.size);
          if (earlier) return earlier;
        }
        if (local.length === mention.size) return local;
        if (mention.local) return [];
        // "A gặp B ... hai nhà lãnh đạo ký ... Em gái ông A, C, ... hai nhà lãnh đạo": the group told again is the one
        // told last, not two people named together since.
        const told = context.leaderGroups.get(mention.size);
        if (told && context.at - told.at <= GROUP_LOOKBACK) return told.members;
        // "A praised B and C. ... The three leaders said": the last sentence that named just that many people
        // together, leaving out those the article gave only offices that lead nothing (an aide quoting his president).
        const together = togetherBefore(context, mention.size);
        if (together) return together;
      }
      const pool =
        mention.of === "countries"
          ? recent.filter((e) => e.type === "COUNTRY")
          : mention.of === "role"
            ? recent.filter((e) => e.roles.some((r) => r.role === mention.role || r.role.endsWith(` ${mention.role}`))) // "minister" takes "foreign minister"
            : preferLeaders(recent.filter((e) => e.type === "PERSON"));
      // The two the article has talked about most so far; recency breaks ties (the pool is most recent first).
      const salient = pool.map((e, rank) => ({ e, rank })).sort((a, b) => b.e.mentions - a.e.mentions || a.rank - b.rank);
      return salient.length >= mention.size ? salient.slice(0, mention.size).map((x) => x.e) : [];
    }
  }
}

/**
 * Whom "ông" stands for: the topic, the first person of this sentence, else of the one before, else the last one
 * named; "he" is not a person the article called "spokeswoman" or "she".
 */
function topicPerson(context: Discourse, gender?: Gender): ArticleEntity | undefined {
  const fits = (e: ArticleEntity) => isPersonOf(e, gender);
  // A subject, not someone a leading phrase named ("Theo lời mời của X, Y ... của ông", "... . Ông ...").
  const subject = (sentence: ArticleEntity[], leading: Set<ArticleEntity>) => sentence.find((e) => fits(e) && !leading.has(e));
  // "A raised it with B during her visit": in its own sentence, one known to be of the pronoun's gender first.
  const told = gender ? context.sentence.find((e) => e.type === "PERSON" && e.gender === gender && !context.leading.has(e)) : undefined;
  return (
    told ??
    subject(context.sentence, context.leading) ??
    subject(context.previous, context.previousLeading) ??
    context.sentence.find(fits) ??
    context.previous.find(fits) ??
    context.recent.find(fits)
  );
}

const isPlainPersonPronoun = (mention: Mention): mention is PronounMention =>
  mention.kind === "pronoun" && !mention.of && !mention.guest && !mention.delegation && !mention.title;

/**
 * The next person a pronoun may stand for after `first`: one named earlier in its sentence, else in the sentence
 * before, else the last one named ("A met B in X. B thanked him": A).
 */
function otherPerson(context: Discourse, first: ArticleEntity, gender?: Gender): ArticleEntity | undefined {
  if (first.type !== "PERSON") return undefined;
  const fits = (e: ArticleEntity) => e !== first && isPersonOf(e, gender);
  return context.sentence.findLast(fits) ?? context.previous.find(fits) ?? context.recent.find(fits);
}

/** "A tiếp B nhân dịp ông ...": the person named last before the pronoun in its sentence. */
function nearestPerson(context: Discourse, gender?: Gender): ArticleEntity | undefined {
  return context.sentence.findLast((e) => isPersonOf(e, gender));
}

/** A person a pronoun of `gender` may stand for: one of that gender, or of none the article told. */
function isPersonOf(e: ArticleEntity, gender: Gender | undefined): boolean {
  return e.type === "PERSON" && (!gender || !e.gender || e.gender === gender);
}

/**
 * Whom "nước này" (this country) or "công ty này" stands for: the nearest of that type before it in its sentence,
 * else the subject of the sentence before (for a country, a person's country counts as theirs).
 */
function topicOfType(
  context: Discourse,
  type: "COUNTRY" | "ORGANIZATION",
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
  not?: string,
  international = false,
): ArticleEntity | undefined {
  // "the bloc": only a body the lexicon knows with no country of its own.
  const fits = (e: ArticleEntity) => e.type === type && e.name !== not && (!international || (!!e.entry && !e.entry.country));
  const asType = (e: ArticleEntity) => {
    if (e.type === type) return fits(e) ? e : undefined;
    if (type !== "COUNTRY" || e.type !== "PERSON") return undefined;
    const country = countryFor(e, entities, lexicon, native, true);
    return country && country.name !== not ? country : undefined;
  };
  const first = (list: ArticleEntity[]) => list.map(asType).find((e) => e !== undefined);
  return (
    first([...context.sentence].reverse()) ??
    first(context.previous.filter((e) => !context.previousLeading.has(e))) ??
    context.recent.find(fits)
  );
}

/**
 * "hai nước", "hai bên": the countries of this sentence, then of the one before, latest first. Within a
 * sentence the countries of the people named come first: in "A gặp B tại San Francisco, Mỹ", the two sides
 * are A's and B's.
 */
function nearbyCountries(
  context: Discourse,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
): ArticleEntity[] {
  return [
    ...new Set([...countriesIn(context.sentence, entities, lexicon, native), ...countriesIn(context.previous, entities, lexicon, native)]),
  ];
}

/** The countries a sentence's entities name or belong to, latest first, the people's before the others'. */
function countriesIn(
  sentence: ArticleEntity[],
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
): ArticleEntity[] {
  const ofPeople: ArticleEntity[] = [];
  const named: ArticleEntity[] = [];
  for (const e of [...sentence].reverse()) {
    const country = countryFor(e, entities, lexicon, native);
    if (country) (e.type === "PERSON" ? ofPeople : named).push(country);
  }
  return [...ofPeople, ...named];
}

/**
 * A country, or a person's country: of the office the article gave (with `currentOnly`, one still held), else the one
 * the lexicon or the name's look gives.
 */
function countryFor(
  e: ArticleEntity,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
  currentOnly = false,
): ArticleEntity | undefined {
  if (e.type === "COUNTRY") return e;
  const affiliation = e.type === "PERSON" ? e.roles.find((r) => r.affiliation && !(currentOnly && r.former))?.affiliation : undefined;
  const country = affiliation ? entities.byId.get(affiliation) : countryEntity(countryOf(e, lexicon, native), entities, lexicon);
  return country?.type === "COUNTRY" ? country : undefined;
}

/**
 * "hai nước", "the three countries": the countries last listed together, as many as the group counts. Back from the
 * group, sentence by sentence, the last list of just that many countries or their people ("Lào và Mianma", "A, B and
 * C"). "X hoan nghênh hai nước" told after "Lào và Mianma gia nhập ..." and a sentence on a third country is Laos and
 * Myanmar, not X's country and the third. The group's own sentence, when it has named just that many countries
 * before the group, comes first: "Russian officials visited North Korea, and the West says the two sides ..." is
 * Russia and North Korea, not a pair listed sentences before. Without such a list, the nearest countries (a pair) or
 * the most talked-of.
 */
function countriesTogether(
  context: Discourse,
  size: number,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
): ArticleEntity[] | undefined {
  const countries = (list: ArticleEntity[]) => {
    // Countries or people only: "Iran's National Security Council and X" lists no country of the council.
    const found = list.map((e) => (e.type === "COUNTRY" || e.type === "PERSON" ? countryFor(e, entities, lexicon, native) : undefined));
    return found.every((c) => c !== undefined) ? [...new Set(found)] : [];
  };
  const own = [...new Set(countriesIn(context.sentence, entities, lexicon, native))];
  if (own.length === size) return own;
  const sentences = [context.sentence, ...context.earlier.slice(0, GROUP_LOOKBACK)];
  for (const sentence of sentences) {
    const lists = context.lists.get(sentence) ?? [];
    for (let k = lists.length - 1; k >= 0; k--) {
      const list = lists[k]!;
      if (list.length < 2) continue;
      const named = countries(list);
      if (named.length === size) return named;
    }
  }
  return undefined;
}

/** The people of the last earlier sentence that named just `size` people who may lead, together. */
function togetherBefore(context: Discourse, size: number): ArticleEntity[] | undefined {
  return context.earlier
    .slice(0, GROUP_LOOKBACK)
    .map((entities) => [...new Set(entities.filter((e) => e.type === "PERSON" && mayLead(e)))])
    .find((people) => people.length === size);
}

/** A person of no known office, or one who holds a leading one now (a former president leads no side). */
function mayLead(person: ArticleEntity): boolean {
  return person.roles.length === 0 || person.roles.some((r) => r.leader && !r.former);
}

function preferLeaders(people: ArticleEntity[]): ArticleEntity[] {
  const leaders = people.filter((p) => p.roles.some((r) => r.leader));
  return leaders.length >= 2 ? leaders : people;
}

/** The person an office-without-a-name stands for: who holds that office for that country in this article. */
function holderOf(
  title: Title,
  named: Map<NameMention, ArticleEntity>,
  entities: ArticleEntities,
  lexicon: Lexicon,
  recent: ArticleEntity[],
  native: NativeNames | undefined,
): ArticleEntity | undefined {
  const people = [...recent, ...entities.byId.values()].filter((e) => e.type === "PERSON");
  // A bare office ("Chủ tịch nước"): the person most recently named with exactly that role, named with the same words
  // if one was ("Chủ tịch nước" is not "Tổng thống"), and of the pack's own country if one is: a Vietnamese outlet's
  // bare "Thủ tướng" is Vietnam's.
  if (!title.affiliation) {
    const holders = recent.filter((e) => e.type === "PERSON" && e.roles.some((r) => r.role === title.office.role && !r.former));
    const sameWords = holders.filter((e) => e.roles.some((r) => r.cue === title.office.cue && !r.former));
    const pool = sameWords.length ? sameWords : holders.length ? holders : narrowerHolders(title, recent);
    return (native && pool.find((e) => countryOf(e, lexicon, native) === native.country)) ?? pool[0];
  }
  const affiliation = resolveName(title.affiliation, named, entities);
  if (!affiliation) return undefined;
  const holds = (e: ArticleEntity, test: (r: ArticleEntity["roles"][number]) => boolean) =>
    e.roles.some((r) => r.affiliation === affiliation.id && test(r));
  return (
    people.find((e) => holds(e, (r) => r.role === title.office.role)) ??
    people.find((e) => e.entry?.office === title.office.role && e.entry.country === affiliation.name) ??
    (title.office.leader ? people.find((e) => holds(e, (r) => r.leader)) : undefined) ??
    // "Ngoại trưởng Cuba ... Ngoại trưởng Rodriguez": the one holder of that office the article names without a country.
    unique(people.filter((e) => e.roles.some((r) => r.role === title.office.role && !r.affiliation && !r.former))) ??
    unique(
      people.filter(
        (e) =>
          // Not a foreign minister for "the president of X": a leader's office needs someone who leads, or a role not told.
          e.roles.some((r) => r.affiliation === affiliation.id && (!title.office.leader || r.leader || r.role === title.office.role)) ||
          (e.roles.length === 0 && countryOf(e, lexicon, native) === affiliation.name),
      ),
    )
  );
}

/**
 * "Foreign Minister X ... the minister said": with no holder of the bare office itself, the people recently named
 * with an office whose words contain its words, leading as it leads (not a vice president for "the president").
 */
function narrowerHolders(title: Title, recent: ArticleEntity[]): ArticleEntity[] {
  const words = title.office.cue.toLowerCase().split(" ");
  const contains = (cue: string | undefined) => {
    const held = cue?.toLowerCase().split(" ") ?? [];
    return held.length > words.length && held.some((_, k) => words.every((w, i) => held[k + i] === w));
  };
  return recent.filter((e) => e.type === "PERSON" && e.roles.some((r) => !r.former && r.leader === title.office.leader && contains(r.cue)));
}

function unique<T>(items: T[]): T | undefined {
  return new Set(items).size === 1 ? items[0] : undefined;
}

function resolveName(mention: NameMention, named: Map<NameMention, ArticleEntity>, entities: ArticleEntities): ArticleEntity {
  return (
    named.get(mention) ??
    (mention.entry ? entities.fromEntry(mention.entry, mention.surface) : entities.fromName(mention.type, mention.surface))
  );
}

/** Where an office belongs: the country or organization named with it, else the principal's, else the person's own. */
function affiliationOf(
  title: Title,
  person: ArticleEntity,
  named: Map<NameMention, ArticleEntity>,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
  ownOfficeWords: ReadonlySet<string> | undefined,
): ArticleEntity | undefined {
  if (title.affiliation) {
    const body = resolveName(title.affiliation, named, entities);
    // "Thống đốc bang California Y", "Thủ hiến bang X Z": the office of a place serves no country; it is held in the
    // place itself. A capital ("Thị trưởng Kiev X") is read as its country, which the mayor does not serve.
    if (title.office.local && lexicon.capitals.has(nameKey(title.affiliation.surface))) return undefined;
    if (title.office.local && body.type === "LOCATION") return body;
    // A place named by its kind ("tỉnh X", "bang Y"), which the lexicon does not know: its offices are local ones.
    if (body.type === "LOCATION" && !title.affiliation.entry) return undefined;
    // "Gazprom chief executive X": a company's office is held in the company, whatever country owns it; so is a party's
    // or a movement's ("ANC president X").
    const own =
      body.type === "ORGANIZATION" && (title.office.corporate || !!body.entry?.ownOffices || namesOwnOffices(body.name, ownOfficeWords));
    // "National Assembly Chairman X", "the State Council's Y" of someone the lexicon knows: a body the lexicon does not
    // know, told with no country, is of the country (or body) the lexicon says the person serves.
    if (body.type === "ORGANIZATION" && !body.entry && !own && (person.entry?.country || person.entry?.org))
      return knownSide(person, entities, lexicon, native);
    return own ? body : actingBody(body, entities, lexicon);
  }
  const body = title.office.org ? lexicon.names.get(nameKey(title.office.org))?.entry : undefined;
  if (body) return actingBody(entities.fromEntry(body), entities, lexicon);
  const principal = title.principal;
  if (principal?.kind === "descriptor" && principal.title.affiliation)
    return affiliationOf(principal.title, person, named, entities, lexicon, native, ownOfficeWords);
  if (principal?.kind === "name") {
    const boss = resolveName(principal, named, entities);
    return boss.type === "PERSON"
      ? countryEntity(countryOf(boss, lexicon, native), entities, lexicon)
      : actingBody(boss, entities, lexicon);
  }
  // "Giám đốc điều hành X" with no company named: a company's office says nothing of the country its holder is from.
  return title.office.corporate ? undefined : knownSide(person, entities, lexicon, native);
}

/**
 * Whom a person serves, by the lexicon (or a native name's look): "the bloc's foreign policy chief Kaja Kallas", "Hamas
 * leader X": a person the lexicon knows as an officer of a body other than their country's ruling party serves that
 * body, not their country.
 */
function knownSide(
  person: ArticleEntity,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
): ArticleEntity | undefined {
  const org = person.entry?.org ? lexicon.byName.get(person.entry.org) : undefined;
  const ruling = person.entry?.country ? lexicon.rulingParties.get(person.entry.country) : undefined;
  // A company's officer ("ông Lee, chủ tịch" of a group the lexicon knows) holds the office in the company.
  if (org && org !== ruling) return org.ownOffices ? entities.fromEntry(org) : actingBody(entities.fromEntry(org), entities, lexicon);
  return countryEntity(countryOf(person, lexicon, native) ?? person.entry?.org, entities, lexicon);
}

/** "Thủ tướng Y A và Ngoại trưởng B": the country the titled name listed just before holds its office in. */
function listedBody(title: Title, named: Map<NameMention, ArticleEntity>, entities: ArticleEntities): ArticleEntity | undefined {
  const before = title.listedAfter && named.get(title.listedAfter);
  const body = before?.roles.find((r) => r.affiliation && !r.former)?.affiliation;
  const country = body ? entities.byId.get(body) : undefined;
  return country?.type === "COUNTRY" ? country : undefined;
}

/** "Tổng thống Y A cử Đặc phái viên B": the country of who sent the holder, a country itself or a person's. */
function senderCountry(
  title: Title,
  named: Map<NameMention, ArticleEntity>,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
): ArticleEntity | undefined {
  const sender = title.sentBy && resolveName(title.sentBy, named, entities);
  if (sender?.type === "COUNTRY") return sender;
  if (sender?.type !== "PERSON") return undefined;
  const held = sender.roles.find((r) => r.affiliation && !r.former)?.affiliation;
  const country = held ? entities.byId.get(held) : countryEntity(countryOf(sender, lexicon, native), entities, lexicon);
  return country?.type === "COUNTRY" ? country : undefined;
}

/**
 * A bare office right before the name of someone the lexicon does not know ("Defence Minister X") is held in the
 * dateline's country, unless it is posted abroad.
 */
function homeOf(title: Title, person: ArticleEntity, home: Home | undefined, entities: ArticleEntities, lexicon: Lexicon) {
  if (!home || !(title.nameNext || title.appositive) || person.entry || title.affiliation || title.principal) return undefined;
  // A company's officer ("Giám đốc điều hành X") holds no office of the country the article is filed in.
  if (title.office.corporate) return undefined;
  if (home.postedAbroad.has(title.office.role)) return undefined;
  return countryEntity(home.country, entities, lexicon);
}

/**
 * "Thứ trưởng Bộ Công an X", "Người phát ngôn Bộ Quốc phòng Nhật Bản Y": the country's ministry an office below its head
 * is held in, named with the country as the text writes it ("Bộ Quốc phòng Nhật Bản"; a ministry told without a
 * country is the native one, "Bộ Công an Việt Nam"), the ministry as written an alias. A ministry set in a capital
 * ("Bộ Ngoại giao ở Tokyo") is not named after it.
 */
function ministryHeld(
  title: Title,
  country: ArticleEntity | undefined,
  entities: ArticleEntities,
  lexicon: Lexicon,
  native: NativeNames | undefined,
): ArticleEntity | undefined {
  if (!title.ministry || country?.type !== "COUNTRY") return undefined;
  const told = title.affiliation?.surface;
  const written = country.name === native?.country ? native.written : told && !lexicon.capitals.has(nameKey(told)) && told;
  if (!written) return undefined;
  const ministry = entities.fromName("ORGANIZATION", `${title.ministry} ${written}`);
  ministry.aliases.add(title.ministry);
  return ministry;
}

/**
 * "Chủ tịch UBND tỉnh Y X", "Phó Chủ tịch UBND TP Z X": the body of the province or city the office names, called after
 * the place as the lexicon calls it (a capital as its city, not its country), with the body as written for an alias.
 */
function localBodyHeld(
  title: Title,
  named: Map<NameMention, ArticleEntity>,
  entities: ArticleEntities,
  lexicon: Lexicon,
): ArticleEntity | undefined {
  if (!title.localBody || !title.affiliation) return undefined;
  const place = resolveName(title.affiliation, named, entities);
  const name = place.type === "LOCATION" ? place.name : lexicon.capitals.get(nameKey(title.affiliation.surface))?.name;
  if (!name) return undefined;
  const body = entities.fromName("ORGANIZATION", `${name} ${title.localBody.name}`);
  body.aliases.add(title.localBody.written);
  return body;
}

/** A national body (the Pentagon, a ministry) answers for its country; places for the country they are in. */
function actingBody(entity: ArticleEntity, entities: ArticleEntities, lexicon: Lexicon): ArticleEntity | undefined {
  if (entity.type === "COUNTRY" || entity.entry?.selfGoverning) return entity;
  if (entity.entry?.country) return countryEntity(entity.entry.country, entities, lexicon);
  return entity.type === "ORGANIZATION" ? entity : undefined;
}

/** The country an entity belongs to: the lexicon's, else the pack's for a name that looks native ("Nguyễn ..."). */
function countryOf(entity: ArticleEntity, lexicon: Lexicon, native: NativeNames | undefined): string | undefined {
  if (entity.entry?.country) return entity.entry.country;
  if (native && entity.type === "PERSON" && native.looksNative(entity.name) && lexicon.byName.has(native.country)) return native.country;
  return undefined;
}

function countryEntity(name: string | undefined, entities: ArticleEntities, lexicon: Lexicon): ArticleEntity | undefined {
  const entry: LexiconEntry | undefined = name ? lexicon.byName.get(name) : undefined;
  return entry ? entities.fromEntry(entry) : undefined;
}

/** A short form after an honorific or office: the article's person whose name starts or ends with it, the most mentioned first. */
function shortReference(entities: ArticleEntities, mention: NameMention): ArticleEntity | undefined {
  if (mention.type !== "PERSON") return undefined;
  const candidates = entities.peopleNamed(mention.surface);
  return candidates.sort((a, b) => b.aliases.size - a.aliases.size)[0];
}

/**
 * A short form the article never spelled out, looked up in the lexicon. Two well-known people may share it
 * ("bà Choe"): the one whose office the article names ("Ngoại trưởng Triều Tiên") is meant.
 */
function lexiconShortName(
  lexicon: Lexicon,
  entities: ArticleEntities,
  mention: NameMention,
  offices: Set<string>,
  native: NativeNames | undefined,
  year: number | undefined,
): ArticleEntity | undefined {
  if (mention.type !== "PERSON") return undefined;
  const entries = lexicon.shortNames.get(mention.surface.toLowerCase()) ?? [];
  const fitting = inOffice(entries.length > 1 ? entries.filter((e) => offices.has(officeKey(e.office, e.country))) : entries, year);
  const known = fitting.length === 1 ? fitting[0]! : undefined;
  // "Bà Hoa" of a story that never names China is not China's spokeswoman: in a language with native names (which
  // writes foreign ones in its own syllables), a one-word short form, which many ordinary people bear, stands for a
  // well-known foreigner only in an article that names the person's country.
  const ordinary = !!native && !mention.surface.includes(" ");
  if (known?.country && ordinary && known.country !== native?.country && !offices.has(officeKey("", known.country))) return undefined;
  return known && entities.fromEntry(known, mention.surface);
}

/**
 * "President Bush" in an article that named only "first lady Laura Bush", "President Clinton" with no Clinton named: a
 * short form after an office stands for the lexicon's one person known by it for that office, unless the article's
 * namesake was given an office or is known for that one.
 */
function shortHolder(
  lexicon: Lexicon,
  entities: ArticleEntities,
  mention: NameMention,
  titled: Set<ArticleEntity>,
  article: ArticleEntity | undefined,
  year: number | undefined,
): ArticleEntity | undefined {
  if (!mention.title || mention.type !== "PERSON") return undefined;
  const role = mention.title.office.role;
  if (article && (titled.has(article) || article.entry?.office === role)) return undefined;
  const entries = inOffice(
    (lexicon.shortNames.get(mention.surface.toLowerCase()) ?? []).filter((e) => e.office === role),
    year,
  );
  return entries.length === 1 ? entities.fromEntry(entries[0]!, mention.surface) : undefined;
}

/**
 * "President Park" in 1975 and in 2015: of several well-known people one short name fits, those the lexicon says held
 * their office in the article's year (or does not say when); all of them when none did.
 */
function inOffice(entries: LexiconEntry[], year: number | undefined): LexiconEntry[] {
  if (entries.length < 2 || year === undefined) return entries;
  const held = entries.filter((e) => !e.tenure || e.tenure.some(([first, last]) => first <= year && year <= (last ?? year)));
  return held.length ? held : entries;
}

const officeKey = (role?: string, country?: string) => `${role}|${country}`;

/** Offices with their country named anywhere in the article, as "role|country"; and the countries named, as "|country". */
function officesNamed(sentences: Mention[][]): Set<string> {
  const keys = new Set<string>();
  for (const m of sentences.flat()) {
    const title = m.kind === "descriptor" || m.kind === "name" ? m.title : undefined;
    if (title?.affiliation?.entry) keys.add(officeKey(title.office.role, title.affiliation.entry.name));
    if (m.kind === "name" && m.type === "COUNTRY" && m.entry) keys.add(officeKey("", m.entry.name));
  }
  return keys;
}

/** The role of a counterpart, which holds the office of whoever it is the counterpart of. */
const COUNTERPART = "counterpart";

/** "người đồng cấp Nga Sergei Lavrov": a counterpart holds the same office as the other titled person of the sentence. */
function shareCounterpartRoles(titles: TitleFact[], entities: ArticleEntities): void {
  for (const fact of titles) {
    if (fact.role !== COUNTERPART) continue;
    const other = titles.find((t) => t.sentence === fact.sentence && t !== fact && t.role !== COUNTERPART);
    if (!other) continue;
    fact.role = other.role;
    // A leader's counterpart leads too: "Tổng thống X và người đồng cấp Y Z ... Nhà lãnh đạo Y".
    const leads = entities.byId.get(other.person)!.roles.find((r) => r.role === other.role)?.leader;
    for (const role of entities.byId.get(fact.person)!.roles)
      if (role.role === COUNTERPART) Object.assign(role, { role: other.role, leader: leads ?? role.leader });
  }
}

/** "the Action Party": a body whose name has a word of the pack's that makes it hold its own offices. */
function namesOwnOffices(name: string, words: ReadonlySet<string> | undefined): boolean {
  return !!words && name.split(" ").some((word) => words.has(word.toLowerCase()));
}
