// The language side of the extractor: one article in, its entities and relations out; then the corpus merge.
import { createHash } from "node:crypto";
import type { Article, Entity, EntityType, Evidence, Mention, Relation } from "@news-kg/schema";
import { cleanArticle } from "./clean.ts";
import { findDates, type FoundDate } from "./dates/find-dates.ts";
import type { LanguagePack } from "./lang/language-pack.ts";
import { NO_LANGUAGE } from "./lang/no-language.ts";
import { BUNDLED_PACKS, packFor, type LanguagePacks } from "./lang/pack-for.ts";
import { DEFAULT_LANGUAGE } from "./read/article-language.ts";
import type { Lexicon } from "./lexicon/lexicon.ts";
import { type ContextualNames, contextualNames, definedShortForms, mayNameContextually } from "./recognize/contextual-names.ts";
import { recognizeMentions, recognizeWithContext } from "./recognize/recognize-mentions.ts";
import { buildRelation, mergeRelations } from "./relate/build-relation.ts";
import { dropMisplaced } from "./relate/drop-misplaced.ts";
import { dropOwnSide } from "./relate/drop-own-side.ts";
import { countryOfVisits } from "./relate/country-of-visits.ts";
import { dropBuildingVisits, dropContainerVisits } from "./relate/drop-container-visits.ts";
import { dropRegionVisits } from "./relate/drop-region-visits.ts";
import { type Entourage, entourageIn, entourageVisits, spousesIn } from "./relate/entourage-visits.ts";
import { joinedBody } from "./relate/joined-body.ts";
import { relateSentence, type RelationCandidate } from "./relate/relate-sentence.ts";
import { relateStatic } from "./relate/relate-static.ts";
import { isPlace, SentenceView } from "./relate/sentence-view.ts";
import { standIn } from "./relate/stand-in.ts";
import { storyOf } from "./relate/story-of.ts";
import { struckIn } from "./relate/stricken.ts";
import { hostOffices } from "./relate/host-offices.ts";
import { ownedOfficers } from "./relate/owned-officers.ts";
import { placesNamedByKind } from "./relate/places-named-by-kind.ts";
import { placesNearCity } from "./relate/places-near-city.ts";
import { regionSeats } from "./relate/region-seats.ts";
import { BUILDING_AT_DATELINE_RULE, buildingsAtDateline } from "./relate/buildings-at-dateline.ts";
import { IN_PERSON_TYPES, venueOf } from "./relate/venue-of.ts";
import { ATTENDANCE_RULE, attendanceIn } from "./relate/attendance.ts";
import { eventStatus } from "./relate/status.ts";
import { ADMINISTRATION_DOER_RULE, signedByOfficers, speakersOwnJudgements, targetsAsCountry } from "./relate/targets-as-country.ts";
import { type VenueEvent, venueEventOf, visitsAtVenue } from "./relate/visits-at-venue.ts";
import { type Reception, receptionsAtHome } from "./relate/received-at-home.ts";
import { datelineCountry, datelinePlace } from "./resolve/dateline-country.ts";
import { focusCountry } from "./resolve/focus-country.ts";
import { type ResolvedMention, resolveArticle } from "./resolve/resolve-article.ts";
import { segmentSentences } from "./segment.ts";
import { tokenize } from "./text/tokenize.ts";
import type { ArticleExtraction, SourceArticle } from "./types.ts";

/**
 * Everything one article yields, read with the pack of its language (`article.lang`): a language without a
 * pack still has its lexicon names recognized, but no relation is read from cues. `packs`: the bundled ones, or
 * them extended with a user's rules. Pure; safe to run in a worker thread.
 */
export function extractArticle(source: SourceArticle, lexicon: Lexicon, packs: LanguagePacks = BUNDLED_PACKS): ArticleExtraction {
  const article = articleRecord(source);
  const pack: LanguagePack = packFor(article.lang, packs) ?? NO_LANGUAGE;
  const dateline = article.published ? undefined : pack.dates.dateline?.(source.text);
  if (dateline) article.published = dateline;
  const cleaned = cleanArticle(source.text, pack);
  const sentences = segmentSentences(cleaned.text, pack.abbreviations);
  const tokens = sentences.map((s) => tokenize(s.text, pack.clitics));
  const plain = tokens.map((t) => recognizeMentions(t, lexicon, pack.mentions));
  // "the North" stands for North Korea once the article names a Korea: read again with it the sentences it may change.
  // "Tổng công ty X (ABC)": the short form names the body for the rest of the article.
  const defined = definedShortForms(tokens, plain, lexicon, pack.mentions.bodyKindHeads);
  const contextual = contextualNames(plain, lexicon, pack.mentions.contextualNames, pack.mentions.possessiveClitics, defined);
  const recognize = (contextual: ContextualNames) =>
    tokens.map((t, i) =>
      mayNameContextually(t, contextual, pack.mentions.possessiveClitics)
        ? recognizeWithContext(t, lexicon, pack.mentions, contextual, plain[i]!)
        : plain[i]!,
    );
  // "Foreign Minister X" under a dateline: the office of someone the lexicon does not know is held there.
  const filedAt = datelinePlace(cleaned.dateline, lexicon);
  const homeCountry = datelineCountry(filedAt);
  // Offices held abroad ("Ambassador X") say nothing of the country a person serves at home or is met in.
  const postedAbroad: ReadonlySet<string> = pack.mentions.postedTo?.roles ?? new Set<string>();
  const home = homeCountry ? { country: homeCountry, postedAbroad } : undefined;
  const recognized = contextual ? recognize(contextual) : plain;
  // No dateline: the one foreign country the article is about stands in for it, for offices only.
  const about =
    pack.relations.focusIsHome || pack.relations.actsOfRulers
      ? focusCountry(recognized, pack.nativeNames?.country, pack.relations.focusOpens)
      : undefined;
  const focus = !home && pack.relations.focusIsHome ? about : undefined;
  const officeHome = home ?? (focus ? { country: focus, postedAbroad, guessed: true } : undefined);
  const year = Number.parseInt(article.published?.slice(0, 4) ?? "", 10);
  const resolved = resolveArticle(recognized, lexicon, {
    native: pack.nativeNames,
    home: officeHome,
    words: pack.mentions,
    year: Number.isNaN(year) ? undefined : year,
    about,
  });
  const homeEntry = homeCountry ? lexicon.byName.get(homeCountry) : undefined;
  const here = homeEntry && resolved.entities.fromEntry(homeEntry).id;
  // "Pháp lên án cuộc đảo chính": the country the article is about, where its rulers acted.
  const aboutEntry = about && pack.relations.actsOfRulers ? lexicon.byName.get(about) : undefined;
  const aboutId = aboutEntry && resolved.entities.fromEntry(aboutEntry).id;
  const ruled = aboutId ? standIn([aboutId], "COUNTRY") : undefined;
  // A place the lexicon puts in a country: a meeting set in it after the event is a visit to that country (venueOf).
  const locatedByLexicon = (id: string) => {
    const place = resolved.entities.byId.get(id);
    return place?.type === "LOCATION" && !!place.entry?.country;
  };
  const relations: Relation[] = [];
  const venueEvents: VenueEvent[] = [];
  // Meetings told as a host receiving a guest, with no place named: set where the host holds office.
  const receptions: Reception[] = [];
  const entourages: Entourage[] = [];
  let previous: SentenceView | undefined;
  // Who did each kind of event told so far: "condemned the sanctions" judges whoever imposed the ones told before.
  const told = new Map<string, Map<string, EntityType>>();
  // Where the sentence before set its event: where a ceremony's attendees, told next, were. Only the sentence before:
  // a setting told earlier may be another time's ("last year's trip to X").
  let scene: string | undefined;
  // The recipient of the supply told last, and in which sentence: goods sent next with no recipient named go there.
  let aid: { recipient: ResolvedMention; sentence: number } | undefined;
  // The body the article said last that someone joins: whom an accession document signed later is with.
  let joined: ResolvedMention | undefined;
  // Whose act the article reports, from its first sentence that names anyone: "condemned the move" judges them.
  let story: ResolvedMention[] | undefined;
  // The state or province the article named last ("bang Y"): where a seat named with no place of its own lies.
  let region: string | undefined;
  // The countries the article told so far a disaster struck (see RelationWords.stricken).
  const struck = new Set<string>();
  sentences.forEach((sentence, i) => {
    const before = previous;
    previous = undefined;
    const sceneBefore = scene;
    scene = undefined;
    if (resolved.mentions[i]!.length === 0) return; // no one named, nothing to relate
    const aidRecipient = aid && i - aid.sentence <= AID_CONTEXT_SENTENCES ? aid.recipient : undefined;
    const stricken = struck.size === 1 ? standIn([...struck], "COUNTRY") : undefined;
    const context = { here, previous: before, told, aidRecipient, stricken, focus: ruled, joined, story };
    const view = new SentenceView(tokens[i]!, resolved.mentions[i]!, pack, context);
    previous = view;
    const body = joinedBody(view);
    if (body) joined = standIn(body.ids, body.type);
    let dates: FoundDate[] | undefined;
    const datesOf = () => (dates ??= findDates(sentence.text, pack.dates, article.published));
    const statics = relateStatic(view);
    const seats = regionSeats(view, statics, region);
    region = seats.region;
    const candidates: RelationCandidate[] = [
      ...relateSentence(view, datesOf),
      ...statics,
      ...seats.candidates,
      ...placesNamedByKind(view, resolved, lexicon, statics),
      ...placesNearCity(view, resolved, lexicon),
      ...ownedOfficers(view, resolved),
    ];
    story ??= pack.relations.storyActs ? storyOf(view, candidates) : undefined;
    const supplied = candidates.findLast((c) => c.type === "SUPPLIED");
    const recipient = supplied && resolved.entities.byId.get(supplied.target);
    if (recipient) aid = { recipient: standIn([recipient.id], recipient.type), sentence: i };
    for (const id of struckIn(view, candidates)) struck.add(id);
    const entourage = entourageIn(view);
    if (entourage) entourages.push({ ...entourage, evidence: evidenceOf(article.id, sentence, "entourage-visit") });
    for (const spouse of spousesIn(view)) entourages.push({ ...spouse, evidence: evidenceOf(article.id, sentence, "entourage-visit") });
    const venue = candidates.some((c) => IN_PERSON_TYPES.has(c.type)) ? venueOf(view.withDates(datesOf), locatedByLexicon) : undefined;
    const filedHere = !venue && here && !filedAt?.selfGoverning && !setElsewhere(view) ? here : undefined;
    for (const c of candidates) {
      const doer = resolved.entities.byId.get(c.source);
      // An administration's act is its country's, read only later (targetsAsCountry): its leader is no doer to judge.
      if (doer && c.rule !== ADMINISTRATION_DOER_RULE) told.set(c.type, (told.get(c.type) ?? new Map()).set(c.source, doer.type));
      const relation = buildRelation(c, evidenceOf(article.id, sentence, c.rule));
      relations.push(relation);
      // A self-governing place ("in Hong Kong") is a destination of its own, not its country's city.
      const selfGoverning = venue && resolved.entities.byId.get(venue.ids[0]!)?.entry?.selfGoverning;
      if (venue && IN_PERSON_TYPES.has(c.type))
        venueEvents.push(venueEventOf(relation, venue.ids[0]!, venue.countryOnly && !selfGoverning));
      else if (filedHere && c.type === "MET") venueEvents.push({ ...venueEventOf(relation, filedHere), hostedHere: true });
      // "A tiếp B" with no place told nor dateline (which sets it, above): B was received where A holds office.
      if (!venue && !filedAt && c.received) receptions.push({ host: c.source, meeting: relation });
    }
    // Only a pack that reads attendance needs where each event was set: this sentence's setting, else the one before.
    const setting = pack.relations.attendance ? (venue ?? venueOf(view))?.ids[0] : undefined;
    const where = setting ?? sceneBefore;
    const attendance = where ? attendanceIn(view) : undefined;
    const status = attendance && eventStatus(view, attendance.from, attendance.to, false, false);
    if (attendance && status && where) {
      const evidence = evidenceOf(article.id, sentence, ATTENDANCE_RULE);
      venueEvents.push({ people: attendance.people, venue: where, status, evidence, countryToo: true });
    }
    scene = setting;
  });
  for (const title of resolved.titles) {
    const sentence = sentences[title.sentence]!;
    const candidate: RelationCandidate = {
      type: "OFFICIAL_OF",
      source: title.person,
      target: title.affiliation,
      status: "occurred",
      rule: "office-title",
      confidence: 0.9,
    };
    const relation = buildRelation(candidate, evidenceOf(article.id, sentence, "office-title"));
    relation.properties.role = title.role;
    if (title.former) relation.properties.former = true;
    relations.push(relation);
  }
  for (const fact of resolved.places) {
    const sentence = sentences[fact.sentence]!;
    const rule = "place-of-office";
    const candidate: RelationCandidate = {
      type: "LOCATED_IN",
      source: fact.place,
      target: fact.country,
      status: "occurred",
      rule,
      confidence: 0.8,
    };
    relations.push(buildRelation(candidate, evidenceOf(article.id, sentence, rule)));
  }
  // "HAVANA — ... talks at the Revolution Palace": a building no sentence places lies where the article was filed.
  const filed = filedAt && resolved.entities.fromEntry(filedAt).id;
  for (const [i, candidates] of buildingsAtDateline(
    resolved,
    { tails: pack.mentions.venues?.tails, heads: pack.relations.buildings },
    filed,
    relations,
  ))
    for (const c of candidates) relations.push(buildRelation(c, evidenceOf(article.id, sentences[i]!, BUILDING_AT_DATELINE_RULE)));
  relations.push(...visitsAtVenue(venueEvents, resolved, relations, postedAbroad));
  // After the visits read from venues: a host they place abroad was not at home.
  relations.push(...visitsAtVenue(receptionsAtHome(receptions, resolved, relations), resolved, relations, postedAbroad));
  if (pack.relations.countryOfVisits) relations.push(...countryOfVisits(relations, resolved));
  if (pack.relations.signedByOfficers) relations.push(...signedByOfficers(relations, resolved));
  const supplied = targetsAsCountry(speakersOwnJudgements(relations, resolved), resolved, pack.relations.suppliesByState);
  const settled = dropOwnSide(supplied, resolved, pack.relations.noVisitHome);
  // A companion's visits follow the leader's once the leader's visits home are gone; their own home is dropped too.
  const accompanied = dropOwnSide([...settled, ...entourageVisits(entourages, resolved, settled)], resolved, pack.relations.noVisitHome);
  const placesKept = dropContainerVisits(dropRegionVisits(dropMisplaced(accompanied, resolved), resolved), resolved);
  const visitsKept = dropBuildingVisits(placesKept, resolved, pack.relations.buildings);
  const kept = [...visitsKept, ...hostOffices(visitsKept, resolved, lexicon, postedAbroad)];
  const used = new Set(kept.flatMap((r) => [r.source, r.target]));
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const e of resolved.entities.byId.values()) {
    if (e.mentions === 0 && !used.has(e.id)) continue;
    entities.push({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases].sort() });
    if (e.mentions > 0) mentions.push({ articleId: article.id, entityId: e.id, count: e.mentions });
  }
  return { article, entities, relations: mergeRelations(kept, { joinUndatedTwins: true }), mentions };
}

/**
 * How many sentences back a supply's recipient is still the one of goods sent with none named: an aid story keeps its
 * recipient over a few paragraphs ("B cũng viện trợ 500.000 euro" after other talk), until another recipient is told.
 */
const AID_CONTEXT_SENTENCES = 10;

/** What supports a relation read from `sentence`. Module-level, not a closure per sentence: under tsx (esbuild keepNames) each closure made costs a defineProperty. */
function evidenceOf(articleId: string, sentence: { text: string; start: number; end: number }, rule: string): Evidence {
  return { articleId, sentence: sentence.text, start: sentence.start, end: sentence.end, rule };
}

function articleRecord(source: SourceArticle): Article {
  const article: Article = {
    id: source.id,
    lang: source.lang ?? DEFAULT_LANGUAGE,
    sha256: createHash("sha256").update(source.text).digest("hex"),
  };
  if (source.title) article.title = source.title;
  if (source.url) article.url = source.url;
  if (source.published) article.published = source.published;
  if (source.source) article.source = source.source;
  return article;
}

/** Merges per-article results into one document: entities unified by id, one relation per fact with all its evidence. */
export function mergeExtractions(extractions: ArticleExtraction[]) {
  // Each entity's aliases are gathered as a set and sorted once, not re-sorted at every article that names it.
  const entities = new Map<string, { entity: Entity; aliases: Set<string> }>();
  for (const x of extractions) {
    for (const e of x.entities) {
      const known = entities.get(e.id);
      if (known) for (const alias of e.aliases) known.aliases.add(alias);
      else entities.set(e.id, { entity: e, aliases: new Set(e.aliases) });
    }
  }
  return {
    articles: extractions.map((x) => x.article),
    entities: [...entities.values()]
      .map(({ entity, aliases }) => ({ ...entity, aliases: [...aliases].sort() }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    relations: mergeRelations(
      extractions.flatMap((x) => x.relations),
      { joinUndatedTwins: false },
    ),
    mentions: extractions.flatMap((x) => x.mentions),
  };
}

/**
 * "OSLO (TTXVN) - Thủ tướng Na Uy X đã tiếp Bộ trưởng Y": a meeting told under a dateline (not a self-governing
 * place's, "HỒNG KÔNG") was held in the dateline's country, when one of its sides is of that country (see
 * visitsAtVenue), unless its sentence sets the scene at a place. A building ("tại Phủ Chủ tịch") sets no scene: it
 * stands where the article was filed (buildingsAtDateline).
 */
function setElsewhere(view: SentenceView): boolean {
  const buildings = view.pack.relations.buildings;
  return view.mentions.some((m) => isPlace(m) && !(buildings && view.phraseAt(m.from, buildings)));
}
