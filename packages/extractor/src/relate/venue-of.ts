import type { RelationWords } from "../lang/language-pack.ts";
import type { ResolvedMention } from "../resolve/resolve-article.ts";
import { isPlace, type SentenceView } from "./sentence-view.ts";

/** A dot inside a sentence ends an abbreviation that may close a name ("Jr."). */
const ABBREVIATION_DOT = ".";

/** Events whose taking place somewhere puts whoever takes part there. */
export const IN_PERSON_TYPES = new Set(["MET", "SIGNED"]);

/** The last words of a pack's meeting and signing cues ("held talks", "signed"): a setting right after one is the event's. */
const EVENT_ENDS = new WeakMap<RelationWords, Set<string>>();
function eventEnds(words: RelationWords): Set<string> {
  let ends = EVENT_ENDS.get(words);
  if (!ends) {
    ends = new Set(words.cues.filter((c) => IN_PERSON_TYPES.has(c.type)).map((c) => c.words.at(-1)!));
    EVENT_ENDS.set(words, ends);
  }
  return ends;
}

/** How many words a pack's held-at phrase may take ("được tổ chức"). */
const HELD_WORDS = 2;

/** Whether a phrase saying an event is held ends right before the setting at `at` ("diễn ra tại X"). */
function heldBefore(view: SentenceView, at: number): boolean {
  const held = view.pack.relations.heldAt;
  for (let k = at - 1; held && k >= Math.max(0, at - HELD_WORDS); k--)
    if (!view.mentionAt[k] && k + view.phraseAt(k, held) === at) return true;
  return false;
}

/** How many lower-case words may name the spot of an event before its place: "at a lakeside villa in X". */
const SPOT_WORDS = 4;
const LOWER_CASE = /^\p{Ll}/u;

/**
 * The place named right after the spot a setting word names: "at State House, Nairobi", "at the Blue Palace in X",
 * "at a lakeside villa in X" give the city or country, where the spot alone says nothing of it. Only a place the
 * lexicon or article names after the spot's own name, or a few lower-case words; after a comma, only after a name and
 * not an owner ("at the palace, Chile's ministry said").
 */
function placeBeyond(view: SentenceView, at: number): ResolvedMention | undefined {
  const spot = view.mentionAt[at];
  let end = at;
  if (spot) {
    if (spot.from !== at || spot.type !== "LOCATION") return undefined;
    end = spot.to;
  } else
    while (
      end - at < SPOT_WORDS &&
      !view.mentionAt[end] &&
      LOWER_CASE.test(view.tokens[end]?.text ?? "") &&
      !view.pack.relations.setting.has(view.key(end))
    )
      end++;
  if (end === at) return undefined;
  const comma = view.key(end) === ",";
  if (comma ? !spot : !view.pack.relations.setting.has(view.key(end))) return undefined;
  const m = view.mentionAt[end + 1];
  if (!m || m.from !== end + 1 || !isPlace(m) || view.pack.mentions.possessiveClitics.has(view.key(m.to))) return undefined;
  return m;
}

/**
 * Whether the word at `previous` ends a person or a meeting or signing word, maybe before a date ("met X on Monday in
 * Lima", "signed the pact on March 3 at Y"): the dates are asked for only when the word before the setting is neither.
 */
function followsEvent(view: SentenceView, previous: number): boolean {
  const ends = (k: number) => view.mentionAt[k]?.type === "PERSON" || eventEnds(view.pack.relations).has(view.key(k));
  if (ends(previous)) return true;
  if (!view.inDate(previous)) return false;
  let k = previous;
  while (k > 0 && view.inDate(k)) k--;
  // "on" of "on Monday", when the date expression does not hold it.
  if (k > 0 && view.words.notSubjectAfter.has(view.key(k)) && !view.mentionAt[k]) k--;
  return ends(k);
}

/** A sentence's setting; `countryOnly`: a place after the event that `located` puts in a country, whose country is the visit. */
export interface Venue extends ResolvedMention {
  countryOnly?: boolean;
}

/**
 * The country or place where the sentence's meeting or signing takes place: one named after a setting word right after a
 * person, a meeting or signing word, or at the sentence's start ("met Xi in Beijing", "was signed in Hanoi",
 * "In Paris, ...", "in the capital Suva", "Kyiv, where"); a capital stands for its country. Not "investment in Vietnam": the setting must follow the
 * event or its people. Undefined when the sentence names no such setting, or two.
 */
export function venueOf(view: SentenceView, located?: (id: string) => boolean): Venue | undefined {
  const words = view.pack.relations;
  const venues = new Set<string>();
  let venue: Venue | undefined;
  for (let at = 0; at < view.tokens.length; at++) {
    // A setting inside a title is where its holder is posted ("Đại sứ X tại Y"), not where the event is.
    if (!words.setting.has(view.key(at)) || view.mentionAt[at]) continue;
    // "at the capital Suva", "tại thủ đô X": the place's head word stands between the setting and the place.
    const place = at + 1 + (view.mentionAt[at + 1] ? 0 : view.phraseAt(at + 1, words.placeHeads));
    const beyond = placeBeyond(view, place);
    const m = beyond ?? view.mentionAt[place];
    if (!m || (!beyond && m.from !== place) || !isPlace(m)) continue;
    // A place below a country sets the scene only when the sentence opens on it ("Tại X, A và B đã ký ..."): after
    // the event it may be the host's own city ("hosted X in San Francisco"). A building is where in a city the event
    // is: its city or country is the visit, told elsewhere if at all.
    // "Ngày 13/3, tại X, ...": after a fronted time that names no one, the setting still opens the sentence.
    const opens = at === 0 || (view.key(at - 1) === "," && !view.mentions.some((n) => n.from < at));
    // After the event, a place the lexicon puts in a country sets the scene in that country ("held talks with X in
    // Geneva", "a ceremony in Y Square"): whose home it is, the visitors' sides tell (visitsAtVenue); an unknown town
    // may be the host's own.
    const inCountry = m.type === "LOCATION" && !opens && (located?.(m.ids[0]!) ?? false);
    const below = m.type === "LOCATION" && ((!opens && !inCountry) || (words.buildings && view.phraseAt(m.from, words.buildings)));
    const previous = view.key(at - 1) === ABBREVIATION_DOT ? at - 2 : at - 1; // "Marcos Jr. in Manila"
    if (!opens && !heldBefore(view, at) && !followsEvent(view, previous)) continue;
    venues.add(m.ids[0]!);
    if (!below) venue = inCountry ? { ...m, countryOnly: true } : m; // such a place still makes a second setting
  }
  // "trip to Kyiv, where he met X": a place the relative word follows is the setting of what that clause tells.
  if (words.relativePlace)
    for (const m of view.mentions) {
      const after = view.key(m.to) === "," ? m.to + 1 : m.to;
      if (isPlace(m) && view.key(after) === words.relativePlace) venues.add(m.ids[0]!);
    }
  // "met Kim in the Far East ... talks in Moscow": two settings, and which event took place where is not said.
  return venues.size === 1 && venue && venues.has(venue.ids[0]!) ? venue : undefined;
}
