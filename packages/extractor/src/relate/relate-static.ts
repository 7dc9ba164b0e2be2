import type { RelationCandidate } from "./relate-sentence.ts";
import type { StaticWords } from "../lang/language-pack.ts";
import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { SentenceView } from "./sentence-view.ts";
import { slug } from "../text/slug.ts";
import { MAX_KIN_OWNER_DESCRIPTION } from "../recognize/recognize-mentions.ts";

const SEPARATORS = new Set([",", "-", "–", "—"]);
/** At most this many place words between a marker and the place ("thuộc bang Bayern", ", miền nam nước Mỹ"). */
const MAX_PLACE_WORDS = 3;
/** A person's age in an apposition: "X, 37, ...". */
const AGE = /^\d{1,3}$/;
/** Kinship words are one to three words long, longest tried first ("con trai cả"). */
const KIN_LENGTHS = [3, 2, 1];
/** "con trai ông là A và B", "cha bà: X": what leads from a kin word's owner to the kin named. */
const KIN_NAMED_BY = new Set([":", ","]);

/**
 * Standing facts read from the sentence's shape: "Kim Jong Il - cha của ông Kim Jong Un" (PARENT_OF),
 * "Trung tâm vũ trụ Vostochny ở tỉnh Amur", "Karuizawa, Nhật Bản" (LOCATED_IN).
 */
export function relateStatic(view: SentenceView): RelationCandidate[] {
  const words = view.pack.statics;
  const out: RelationCandidate[] = [];
  const add = (type: "PARENT_OF" | "LOCATED_IN", source: string, target: string, rule: string) => {
    if (source !== target) out.push({ type, source, target, status: "occurred", rule, confidence: 0.8 });
  };
  // `named` is `owner`'s kin as the kin word says: a parent word makes `named` the parent, a child word the child.
  const addKin = (kin: Kin, owner: ResolvedMention, named: ResolvedMention, shape: string) => {
    if (kin.parent) add("PARENT_OF", named.ids[0]!, owner.ids[0]!, `parent-of-${shape}`);
    else add("PARENT_OF", owner.ids[0]!, named.ids[0]!, `child-of-${shape}`);
  };
  view.mentions.forEach((m, index) => {
    // "the Peruvian company X", "Kenya's national power company, X": a company of the country before its kind.
    const home = m.type === "ORGANIZATION" ? companyCountry(view, m) : undefined;
    if (home) add("LOCATED_IN", m.ids[0]!, home.ids[0]!, "located-in:company-of");
    // "A ... cha mình (B)", "A ... con trai mình, B": B is A's kin, A the first person of the clause.
    let open = m.from - 1; // past an office or honorific not part of the mention: "(cố lãnh đạo X)"
    while (open > m.from - 4 && open > 0 && view.tokens[open]!.word && !view.tokens[open]!.capitalized && !view.mentionAt[open]) open--;
    if (m.type === "PERSON" && words.reflexive && (view.key(open) === "(" || view.key(open) === ",")) {
      const at = open - 1;
      if (words.reflexive.has(view.key(at))) {
        for (const length of KIN_LENGTHS) {
          const kin = kinship(view, at - length);
          if (!kin || at - length + kin.length !== at) continue;
          // The reflexive points to the sentence's subject, across the clauses of its predicate.
          const owner = view.mentions.find((o) => o.type === "PERSON" && o.to <= at - length && view.canBeSubject(o));
          if (owner) addKin(kin, owner, m, "reflexive");
          break;
        }
      }
    }
    const next = view.mentions[index + 1];
    if (!next) return;
    const ownedKin = m.type === "PERSON" ? kinBefore(view, m.from) : undefined;
    if (ownedKin && (KIN_NAMED_BY.has(view.key(m.to)) || view.key(m.to) === view.pack.mentions.copula)) {
      // "Hai con trai ông là A và B": the kin word comes first, its owner after it, then the kin by name.
      for (const kin of namedList(view, index + 1, m.to + 1)) addKin(ownedKin, m, kin, "owner");
    }
    const clitics = view.pack.mentions.possessiveClitics;
    // "X, whose father Y": the relative word after the owner's comma owns the kin as a possessive would.
    const relative = !!view.words.relativeWhose && view.key(m.to) === "," && view.key(m.to + 1) === view.words.relativeWhose;
    const owned =
      m.kind === "pronoun" ? view.pack.mentions.possessivePronouns.has(view.key(m.from)) : clitics.has(view.key(m.to)) || relative;
    // "his son X" is no apposition: the owner's kin is read below.
    if (m.type === "PERSON" && next.type === "PERSON" && !owned) {
      let j = m.to;
      if (SEPARATORS.has(view.key(j)) || view.key(j) === view.words.copula) j++; // "A, con trai của B", "A là con trai của B"
      if (AGE.test(view.key(j)) && SEPARATORS.has(view.key(j + 1))) j += 2; // "A, 37, the son of B": past an age
      // "A, 37 tuổi, con trai của B": an age with its unit.
      if (AGE.test(view.key(j)) && words.ageUnits?.has(view.key(j + 1)) && SEPARATORS.has(view.key(j + 2))) j += 3;
      // "A, 30 tuổi, là con gái của B": the copula may follow the age's apposition.
      if (j > m.to + 1 && view.key(j) === view.words.copula) j++;
      // "A và B, hai con gái của C": a counted kin word names every person of the list that ends at the apposition.
      const counted = !!view.pack.mentions.pluralMarkers?.has(view.key(j)) && !!kinship(view, j + 1);
      if (counted) j++;
      const kinOf = counted ? listedBefore(view, index) : [m];
      // "A, the (eldest) daughter of B": past an article, a few plain words may lead to the kin word.
      const described = view.pack.mentions.articles.has(view.key(j)) ? kinAfterModifiers(view, j + 1) : undefined;
      if (described) j = described.at;
      const kin = described ?? kinship(view, j);
      // "X, vợ ông, con trai B": after a kin word's owner, a listed kin word names that owner's kin, not the owner's parent.
      const listedKin = kin && m.kind === "pronoun" && ownedByCue(view, m.from) && next.from === j;
      if (listedKin) addKin(kin, m, next, "listed");
      // "A, con trai (của) cựu Thủ tướng B": the possessive may be left out; a former office does not break the apposition.
      // "A, con trai của B và C": each parent joined after the kin word.
      else if (kin && kinNamed(view, j, kin.length, next, true))
        for (const owner of parentsJoined(view, next))
          if (owner.type === "PERSON") for (const named of kinOf) addKin(kin, owner, named, "apposition");
      // "A và con gái B": whose kin B is, when no possessive names another owner, is A.
      // "A cùng con gái B", "A, cùng con gái B,": with a companion word as with "và", after a comma too.
      const joinAt = view.key(m.to) === "," ? m.to + 1 : m.to;
      const joining = view.key(joinAt) === view.pack.mentions.and || view.key(joinAt) === view.words.togetherWith[0];
      // "A cùng phu nhân B và hai con gái C và D": a counted kin word names the list after it.
      const kinAt = joining && view.pack.mentions.pluralMarkers?.has(view.key(joinAt + 1)) ? joinAt + 2 : joinAt + 1;
      const joinedKin = joining ? kinship(view, kinAt) : undefined;
      if (joinedKin && kinNamed(view, kinAt, joinedKin.length, next, false)) {
        const kin = kinAt > joinAt + 1 ? view.coordinatedAfter(next).filter((k) => k.type === "PERSON") : [next];
        // "A cùng phu nhân B và con gái C": the kin after a spouse joined to A are A's too.
        const head = spouseNamed(view, m) ? view.chainStart(m) : m;
        const parents = head !== m && head.type === "PERSON" ? [head, m] : [m];
        for (const parent of parents) for (const named of kin) addKin(joinedKin, parent, named, "joined");
      }
    }
    if (owned && m.type === "PERSON" && next.type === "PERSON") {
      // "Kim and his daughter Ju Ae", "his eldest son, X", "Paetongtarn's father Thaksin": the owner, then the kin by name.
      const kin = kinAfterModifiers(view, m.kind === "pronoun" ? m.to : m.to + (relative ? 2 : 1));
      const end = kin && kin.at + kin.length;
      if (kin && next.from <= end! + KIN_NAME_GAP && plainBetween(view, end!, next.from)) addKin(kin, m, next, "possessive");
    }
    if (
      m.type === "PERSON" &&
      next.type === "PERSON" &&
      SEPARATORS.has(view.key(m.to)) &&
      next.from === m.to + 1 &&
      clitics.has(view.key(next.to))
    ) {
      // "Thaksin, Paetongtarn's father,": the kin word after the second name's possessive says who is whose.
      const kin = kinAfterModifiers(view, next.to + 1);
      if (kin) addKin(kin, next, m, "possessive-apposition");
    }
    if (m.type === "PERSON" && next.type === "PERSON") {
      // "Hun Sen, the Senate president and father of Hun Manet,": a kin word joined onto an apposition's office,
      // which the name's mention may hold already.
      // "..., Phó Tổng thống Y và là con gái của B": the copula may join it, and the kin word have more words.
      const possessiveAt = next.from - (view.pack.mentions.formerMarkers.has(view.key(next.from - 1)) ? 2 : 1); // "của cựu Tổng thống B"
      const { kin, kinAt } = kinEndingAt(view, possessiveAt);
      const and = view.key(kinAt - 1) === view.pack.mentions.copula ? kinAt - 2 : kinAt - 1;
      const holdsApposition = and >= m.to && view.tokens.slice(m.from, m.to).some((t) => SEPARATORS.has(t.key)) && apposed(view, m.to, and);
      const apposition = SEPARATORS.has(view.key(m.to)) && and > m.to + 1 && apposed(view, m.to + 1, and);
      const joined = view.key(and) === view.pack.mentions.and && (holdsApposition || apposition);
      if (kin && view.key(possessiveAt) === view.pack.mentions.possessive && joined) addKin(kin, next, m, "joined-apposition");
    }
    if (
      m.type === "LOCATION" &&
      (next.type === "LOCATION" || next.type === "COUNTRY") &&
      next.from <= m.to + 1 + placeWordsAt(view, m.to + 1)
    ) {
      const marker = view.key(m.to);
      // "tỉnh A, tỉnh B và tỉnh C" is a list; "thôn A, xã B, huyện C" an address, each place of another kind in the next.
      const address = marker === "," && !!kindHead(view, m) && !!kindHead(view, next) && kindHead(view, m) !== kindHead(view, next);
      // "bang A, phía nam B": place words between the two make it no list either.
      // "các tỉnh A, B": after a plural word and the kind, the comma joins a list of places of that kind.
      const listed =
        marker === "," &&
        !address &&
        next.from === m.to + 1 &&
        (view.key(next.to) === view.pack.mentions.and || view.key(m.from - 1) === "," || pluralKindBefore(view, m));
      // "tỉnh X của Y": a place named by its kind belongs to whose it is.
      const kindOf = marker === view.pack.mentions.possessive && namedByKind(view, m);
      // "thành phố Huế (Việt Nam)": a bracket holds the whole of where the place is.
      const closed = marker !== "(" || view.key(next.to) === ")";
      // "Kazan in Russia's Tatarstan republic": the place is in the place the possessive leads to.
      if ((words.insideMarkers.has(marker) || kindOf) && !listed && closed)
        for (const place of joinedPlaces(view, index))
          add("LOCATED_IN", place.ids[0]!, (ownedPlace(view, next) ?? next).ids[0]!, `located-in:${marker}`);
    }
    // "Tarnow, in southern Poland", "Las Palmas, in Spain's Canary Islands": an apposition of where the place lies.
    const within = m.type === "LOCATION" ? placeInApposition(view, m) : undefined;
    if (within) add("LOCATED_IN", m.ids[0]!, (ownedPlace(view, within) ?? within).ids[0]!, "located-in:comma-in");
    // "Nagorno-Karabakh, which lies within Azerbaijan,", "căn cứ X nằm ở tỉnh Y": a clause of where the place lies,
    // after the place's comma or right after it, past place words.
    // "X có trụ sở tại Y", "X, tập đoàn có trụ sở tại Y": where a body or a place has its seat.
    const seat = m.type === "ORGANIZATION" || m.type === "LOCATION" ? seatOf(view, m) : undefined;
    if (seat) add("LOCATED_IN", m.ids[0]!, (ownedPlace(view, seat) ?? seat).ids[0]!, "located-in:seat");
    const clauseAt = view.key(m.to) === "," ? m.to + 1 : m.to;
    // Right after the place, an inside marker ("X ở Y") is read above.
    const marked = clauseAt === m.to && words.insideMarkers.has(view.key(clauseAt));
    const located = words.locatedPhrases && !marked ? view.phraseAt(clauseAt, words.locatedPhrases) : 0;
    if (located && m.type === "LOCATION") {
      const at = clauseAt + located;
      const from = at + placeWordsAt(view, at);
      const place = view.mentionAt[from];
      if (place && (place.type === "LOCATION" || place.type === "COUNTRY") && place.from === from)
        add("LOCATED_IN", m.ids[0]!, (ownedPlace(view, place) ?? place).ids[0]!, "located-in:located-clause");
    }
    const kinds = words.placeKinds;
    if (placeOfKind(view, m) === next) add("LOCATED_IN", next.ids[0]!, m.ids[0]!, "located-in:kind-of");
    // "the Kidal region of Mali", "the Kursk and Belgorod regions of Russia": a place named with its kind, then "of"
    // the place it is in.
    const whose = m.type === "LOCATION" ? placeOfNamedKind(view, view.coordinatedAfter(m).at(-1)!) : undefined;
    if (whose) add("LOCATED_IN", m.ids[0]!, (ownedPlace(view, whose) ?? whose).ids[0]!, "located-in:kind-named-of");
    // "Russia's Kursk region", "China's Yunnan Province", "Russia's western Bryansk region", "Vietnam's northern
    // provinces of A and B": the places owned by the country or place before them.
    for (const owned of ownedPlaces(view, m)) add("LOCATED_IN", owned.ids[0]!, m.ids[0]!, "located-in:possessive");
    // "Kazan, the capital of Russia's Tatarstan republic", "Kunming, capital of southwest China's Yunnan": a place
    // put in apposition as the kind of place of another.
    const placeComma = m.type === "LOCATION" && view.key(m.to) === ",";
    const whole = placeComma ? (kinds ? kindOfPlace(view, m.to + 1, index) : kindFirstPlace(view, m.to + 1)) : undefined;
    if (whole) add("LOCATED_IN", m.ids[0]!, whole.ids[0]!, "located-in:kind-of-apposition");
    if (
      kinds &&
      m.type === "LOCATION" &&
      (next.type === "LOCATION" || next.type === "COUNTRY") &&
      view.key(m.to) === "," &&
      kinds.articles.has(view.key(m.to + 1)) &&
      namedKind(view, m.to + 2, insideMarkerBefore(view, next.from), kinds)
    )
      // "X, a town in the Nigerian state of Y": in the place the country's kind leads to; "X, a city in east China's
      // Shandong": in the place the country's possessive owns.
      add("LOCATED_IN", m.ids[0]!, (placeOfKind(view, next) ?? ownedPlace(view, next) ?? next).ids[0]!, "located-in:kind-apposition");
  });
  return out;
}

/**
 * "huyện A và huyện B thuộc tỉnh C", "A, B và C ở Y": the place at `index` and the places joined before it by the
 * conjunction (and the list's commas before it), which all lie where it lies.
 */
function joinedPlaces(view: SentenceView, index: number): ResolvedMention[] {
  const places = [view.mentions[index]!];
  let joined = false;
  for (let k = index - 1; k >= 0; k--) {
    const place = view.mentions[k]!;
    const joiner = view.key(places[0]!.from - 1);
    const and = joiner === view.pack.mentions.and;
    if (place.type !== "LOCATION" || place.to !== places[0]!.from - 1 || !(and || (joiner === "," && joined))) break;
    joined ||= and;
    places.unshift(place);
  }
  return places;
}

/** "the Vietnamese coastal city of Danang": the place a country's adjective, its kind and `of` lead to. */
export function placeOfKind(view: SentenceView, m: ResolvedMention): ResolvedMention | undefined {
  const kinds = view.pack.statics.placeKinds;
  const next = view.mentions[view.mentions.indexOf(m) + 1];
  if (!kinds || m.type !== "COUNTRY" || next?.type !== "LOCATION") return undefined;
  if (view.key(next.from - 1) === kinds.of) return namedKind(view, m.to, next.from - 1, kinds) ? next : undefined;
  // "the Greek (coastal) island of Crete": the kind and its "of" open the place's mention, only listed words of a
  // kind before them ("Syria into the city of X" is no kind of Syria's).
  for (let i = m.to; i < next.from; i++) if (!kinds.words.has(view.key(i))) return undefined;
  return next.from - m.to < MAX_KIND_WORDS && opensOnKind(view, next) ? next : undefined;
}

/** At most this many lower-case words between "capital of" and the place: "of southwest China's Yunnan". */
const MAX_OF_WORDS = 2;

/**
 * After a place's comma, "(the) capital of Y", "a port city of Y": the place Y, where a possessive leads on to the
 * place owned ("Russia's Tatarstan republic" is Tatarstan).
 */
function kindOfPlace(view: SentenceView, at: number, index: number): ResolvedMention | undefined {
  const kinds = view.pack.statics.placeKinds!;
  const from = kinds.articles.has(view.key(at)) ? at + 1 : at;
  let of = from;
  while (of < from + MAX_KIND_WORDS && view.key(of) !== kinds.of) of++;
  if (view.key(of) !== kinds.of || !namedKind(view, from, of, kinds)) return undefined;
  let j = of + 1;
  while (j <= of + MAX_OF_WORDS && !view.mentionAt[j] && view.tokens[j]?.word && !view.tokens[j]!.capitalized) j++;
  const place = view.mentionAt[j];
  if (!place || place.from !== j || (place.type !== "LOCATION" && place.type !== "COUNTRY")) return undefined;
  return view.mentions.indexOf(place) > index ? (ownedPlace(view, place) ?? place) : undefined;
}

/** At most this many plain words describe a kind of place after it: "thành phố lớn thứ hai của Y". */
const MAX_KIND_MODIFIERS = 3;

/** After a place's comma, "thủ phủ tỉnh Y", "vùng lãnh thổ tự trị thuộc Y": the place Y its kind belongs to. */
function kindFirstPlace(view: SentenceView, at: number): ResolvedMention | undefined {
  const kinds = view.pack.statics.kindFirst;
  const kind = kinds ? view.phraseAt(at, kinds.nouns) : 0;
  if (!kind) return undefined;
  let j = at + kind;
  for (const end = j + MAX_KIND_MODIFIERS; j < end && !kinds!.of.has(view.key(j)) && plainWord(view, j); ) j++;
  if (kinds!.of.has(view.key(j))) j++;
  j += placeWordsAt(view, j);
  const place = view.mentionAt[j];
  return place && place.from === j && (place.type === "LOCATION" || place.type === "COUNTRY") ? place : undefined;
}

/**
 * After a place named with its kind ("the Navoi region"), "of" and the place it lies in, past a few lower-case words
 * ("of central Uzbekistan", "of neighbouring Guyana").
 */
function placeOfNamedKind(view: SentenceView, named: ResolvedMention): ResolvedMention | undefined {
  const kinds = view.pack.mentions.placeKindsAfter;
  const of = view.pack.statics.placeKinds?.of;
  if (!kinds?.lower.has(view.key(named.to)) || view.key(named.to + 1) !== of) return undefined;
  let at = named.to + 2;
  while (at < named.to + 2 + MAX_PLACE_WORDS && plainWord(view, at)) at++;
  const place = view.mentionAt[at];
  return place && place.from === at && (place.type === "COUNTRY" || place.type === "LOCATION") ? place : undefined;
}

/** After a place's comma, "in" and the place it lies in, past a few lower-case words ("in the south-eastern region of"). */
function placeInApposition(view: SentenceView, m: ResolvedMention): ResolvedMention | undefined {
  const placeIn = view.pack.mentions.placeIn;
  if (!placeIn || view.key(m.to) !== "," || view.key(m.to + 1) !== placeIn.word) return undefined;
  let at = m.to + 2;
  while (at < m.to + 2 + MAX_PLACE_WORDS && !view.mentionAt[at] && placeIn.modifiers.has(view.key(at))) at++;
  const place = view.mentionAt[at];
  return place && place.from === at && (place.type === "COUNTRY" || place.type === "LOCATION") ? place : undefined;
}

/** "Russia's Tatarstan republic", "China's eastern province of X": the place a place's possessive owns. */
function ownedPlace(view: SentenceView, place: ResolvedMention): ResolvedMention | undefined {
  return ownedPlaces(view, place)[0];
}

/**
 * The places a place's possessive owns: the place after it, past a few words of direction or kind ("Russia's western
 * Bryansk region"), and the places joined to that one ("Vietnam's provinces of A and B").
 */
function ownedPlaces(view: SentenceView, place: ResolvedMention): ResolvedMention[] {
  const { placeWords, placeKinds } = view.pack.statics;
  if ((place.type !== "COUNTRY" && place.type !== "LOCATION") || !view.pack.mentions.possessiveClitics.has(view.key(place.to))) return [];
  let at = place.to + 1;
  // "eastern province of": the kind's "of" leads on to the place.
  const ofKind = (i: number) => view.key(i) === placeKinds?.of && !!placeKinds?.nouns.has(view.key(i - 1));
  while (
    at <= place.to + MAX_PLACE_WORDS + 1 &&
    !view.mentionAt[at] &&
    (placeWords.has(view.key(at)) || placeKinds?.words.has(view.key(at)) || ofKind(at))
  )
    at++;
  const owned = view.mentionAt[at];
  if (owned?.type !== "LOCATION" || owned.from !== at) return [];
  return view.coordinatedAfter(owned).filter((m) => m.type === "LOCATION");
}

/** "tỉnh Aichi", "huyện X": the word for a place's kind its mention opens on, or that stands right before it. */
function kindHead(view: SentenceView, m: { from: number; to: number }): string | undefined {
  const kinds = view.pack.mentions.placeKindCues;
  for (const at of [m.from, m.from - 1]) if (kinds?.has(view.key(at)) && !view.tokens[at]!.capitalized) return view.key(at);
  return undefined;
}

/** "các tỉnh A", "những thành phố B": a plural word, then the lower-case place words of a kind, open the place. */
function pluralKindBefore(view: SentenceView, m: { from: number; to: number }): boolean {
  const plural = view.pack.mentions.pluralMarkers;
  if (!plural) return false;
  const placeWords = view.pack.statics.placeWords;
  // The kind may open the mention ("tỉnh X" as one alias) or stand right before it.
  const kindInside = placeWords.has(view.key(m.from)) && !view.tokens[m.from]!.capitalized;
  let j = m.from - 1;
  while (j >= m.from - MAX_PLACE_WORDS && placeWords.has(view.key(j)) && !view.tokens[j]!.capitalized && !view.mentionAt[j]) j--;
  return (kindInside || j < m.from - 1) && plural.has(view.key(j));
}

/** "tỉnh Aichi", "sông X": a place mention that opens on a word for its kind, or follows one ("tỉnh" + a lexicon name). */
function namedByKind(view: SentenceView, m: { from: number; to: number }): boolean {
  const kinds = view.pack.mentions.placeKindCues;
  if (!kinds) return false;
  const before = (n: number) => view.keysOf(Math.max(0, m.from - n), m.from);
  // "tỉnh X", "thành phố cảng X": a kind, or a place word that ends one, right before the name.
  if (kinds.has(before(1)) || kinds.has(before(2)) || view.pack.statics.placeWords.has(before(1))) return true;
  return opensOnKind(view, m);
}

/** "city of X", "tỉnh X": the mention opens on a word for a kind of place, as the language's cues give them. */
function opensOnKind(view: SentenceView, m: { from: number; to: number }): boolean {
  const kinds = view.pack.mentions.placeKindCues;
  if (!kinds) return false;
  for (let to = m.from + 1; to < m.to; to++) if (kinds.has(view.keysOf(m.from, to))) return true;
  return false;
}

/** At most this many words name a place's kind ("coastal resort city"). */
const MAX_KIND_WORDS = 3;

/** Tokens [from, to) are a place's kind: words of the kind, ending in a place noun. */
function namedKind(view: SentenceView, from: number, to: number, kinds: NonNullable<StaticWords["placeKinds"]>): boolean {
  if (to <= from || to - from > MAX_KIND_WORDS || !kinds.nouns.has(view.key(to - 1))) return false;
  // "a historic city", "the largest port city": any lower-case words before the kind (not a clause's words).
  for (let i = from; i < to; i++) if (view.mentionAt[i] || !isModifier(view, i, kinds)) return false;
  return true;
}

/** At most this many words describe kin before the kin word: "his eldest son", "her late beloved father". */
const MAX_KIN_MODIFIERS = 2;

/** The kin word after `at`, and where it starts, past a few lower-case words that describe it ("eldest", "late"). */
function kinAfterModifiers(view: SentenceView, at: number): (Kin & { at: number }) | undefined {
  for (let k = at; k <= at + MAX_KIN_MODIFIERS; k++) {
    const kin = kinship(view, k);
    if (kin) return { ...kin, at: k };
    const token = view.tokens[k];
    if (!token?.word || token.capitalized || view.mentionAt[k] || view.isBreak(k)) return undefined;
  }
  return undefined;
}

/** The mention opens on a spouse's cue: "phu nhân B". */
function spouseNamed(view: SentenceView, m: ResolvedMention): boolean {
  return [...(view.pack.mentions.spouseCues ?? [])].some((cue) => cue.split(" ").every((word, k) => view.key(m.from + k) === word));
}

/** Tokens [from, to) are one apposition: no mark that closes it, only words and the mentions of an office. */
function apposed(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SEPARATORS.has(view.key(i)) || (view.isBreak(i) && !view.mentionAt[i])) return false;
  return true;
}

/** A word that may describe a kind of place: a listed one, or any lower-case word that opens no clause. */
function isModifier(view: SentenceView, i: number, kinds: NonNullable<StaticWords["placeKinds"]>): boolean {
  const token = view.tokens[i]!;
  if (kinds.words.has(token.key) || kinds.nouns.has(token.key)) return true;
  return token.word && !token.capitalized && !view.isBreak(i) && !view.pack.mentions.linkingWords.has(token.key);
}

/**
 * The kin word at `kin` names `next`: right after it, or past a possessive (when allowed), a former marker, an
 * honorific; or the kin word opens the mention as a person cue ("con gái Ana").
 */
function kinNamed(view: SentenceView, kin: number, length: number, next: ResolvedMention, possessive: boolean): boolean {
  if (next.from === kin) return true;
  const words = view.pack.mentions;
  let k = kin + length;
  if (possessive && view.key(k) === words.possessive) k++;
  // "cha của đương kim Thủ tướng B", "the son of banana magnate B": a few lower-case words of the office's time or
  // of what the kin is, then maybe a former marker.
  // "con gái của người anh hùng độc lập B": a description opened by a noun for a person may be longer.
  const described = possessive && k > kin + length && !!words.kinOwnerNouns?.has(view.key(k));
  const modifiers = described ? MAX_KIN_OWNER_DESCRIPTION + 1 : MAX_KIN_MODIFIERS;
  for (const end = k + modifiers; k < end && k < next.from && plainWord(view, k) && !words.honorifics.has(view.key(k)); ) k++;
  // "hai con gái trưởng thành của B": the kin's own modifiers may come before the possessive.
  if (possessive && view.key(k) === words.possessive) k++;
  if (words.formerMarkers.has(view.key(k))) k++;
  if (words.honorifics.has(view.key(k)) && next.from > k) k++;
  return next.from === k;
}

/**
 * "(đối với) A, B và C, ba con gái của D": the people listed right before the mention at `index`, joined by commas
 * or the conjunction, and it; not past a preposition ("với") that a chain of companions would cross.
 */
function listedBefore(view: SentenceView, index: number): ResolvedMention[] {
  let first = index;
  for (let k = index - 1; k >= 0; k--) {
    const m = view.mentions[k]!;
    const joiner = view.key(m.to);
    if (m.type !== "PERSON" || view.mentions[k + 1]!.from !== m.to + 1 || (joiner !== "," && joiner !== view.pack.mentions.and)) break;
    first = k;
  }
  return view.mentions.slice(first, index + 1);
}

/**
 * "con trai của B và C": the parents joined by the conjunction right after each name; a companion after the
 * apposition's comma ("A, con gái của B, cùng C") is no parent.
 */
function parentsJoined(view: SentenceView, first: ResolvedMention): ResolvedMention[] {
  const chain = view.coordinatedAfter(first);
  const end = chain.findIndex((_, k) => k > 0 && view.key(chain[k - 1]!.to) !== view.pack.mentions.and);
  return end < 0 ? chain : chain.slice(0, end);
}

/** How many words may part a kin word from the name ("his daughter and heir apparent X"). */
const KIN_NAME_GAP = 4;

/** At most this many words of a body's kind between its comma and where it has its seat: "doanh nghiệp vận tải biển". */
const MAX_SEAT_KIND_WORDS = 4;

/** The place of a seat phrase after `m`, its comma, or its comma and a few words of its kind: "X, tập đoàn có trụ sở tại Y". */
function seatOf(view: SentenceView, m: ResolvedMention): ResolvedMention | undefined {
  const phrases = view.pack.statics.seatPhrases;
  if (!phrases) return undefined;
  let at = view.key(m.to) === "," ? m.to + 1 : m.to;
  if (at > m.to) for (const end = at + MAX_SEAT_KIND_WORDS; at < end && !view.phraseAt(at, phrases) && plainWord(view, at); ) at++;
  const length = view.phraseAt(at, phrases);
  const from = at + length + placeWordsAt(view, at + length);
  const place = length ? view.mentionAt[from] : undefined;
  return place?.from === from && (place.type === "LOCATION" || place.type === "COUNTRY") ? place : undefined;
}

/** A lower-case word of no mention that opens no clause. */
function plainWord(view: SentenceView, i: number): boolean {
  const token = view.tokens[i]!;
  return token.word && !token.capitalized && !view.mentionAt[i] && !view.isBreak(i) && !view.pack.mentions.linkingWords.has(token.key);
}

/** Only lower-case words and commas between: an apposition, not another clause. */
function plainBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = view.tokens[i]!;
    if (token.capitalized || (view.isBreak(i) && token.key !== ",")) return false;
  }
  return true;
}

/** "thuộc bang Bayern", ", phía bắc Y": place words between the marker and the name the lexicon knows. */
export function placeWordsAt(view: SentenceView, at: number): number {
  const { placeWords, placeWordLeads } = view.pack.statics;
  const isPlaceWord = (k: number) =>
    placeWords.has(view.key(k)) || (!!placeWordLeads?.has(view.key(k)) && !view.mentionAt[k + 1] && placeWords.has(view.key(k + 1)));
  let n = 0;
  while (n < MAX_PLACE_WORDS && !view.mentionAt[at + n] && isPlaceWord(at + n)) n++;
  return n;
}

/**
 * Where the inside marker before a place stands, past the place words between ("a town in northern X", "a city in
 * the southern province of X"): -1 if there is none.
 */
function insideMarkerBefore(view: SentenceView, place: number): number {
  // "a city in the southern province of X": the place words may end in a kind and its "of".
  const of = view.pack.statics.placeKinds?.of;
  const end = of !== undefined && view.key(place - 1) === of ? place - 1 : place;
  for (let k = end - 1; k >= end - 1 - MAX_PLACE_WORDS && k >= 0; k--)
    if (view.pack.statics.insideMarkers.has(view.key(k)) && k + 1 + placeWordsAt(view, k + 1) >= end) return k;
  return -1;
}

/** A kin word that ends right before its owner, or before the possessive that leads to it: "con gái (của) ông". */
function kinBefore(view: SentenceView, owner: number): Kin | undefined {
  const end = view.key(owner - 1) === view.pack.mentions.possessive ? owner - 1 : owner;
  for (const length of KIN_LENGTHS.filter((n) => n <= end)) {
    const kin = kinship(view, end - length);
    if (kin?.length === length && !view.mentionAt[end - length]) return kin;
  }
  return undefined;
}

/** At most this many words in a cue for a person: "con trai út". */
const MAX_CUE_WORDS = 3;

/** "vợ ông", "con trai bà": a word for a person (kin, spouse) ends right before the owner at `owner`. */
function ownedByCue(view: SentenceView, owner: number): boolean {
  const cues = view.pack.mentions.personCues ?? [];
  for (let n = 1; n <= MAX_CUE_WORDS && n <= owner; n++) if (cues.includes(view.keysOf(owner - n, owner))) return true;
  return !!kinBefore(view, owner);
}

/** The people named one after another from token `at`, joined by commas or "và": "A, B và C". */
function namedList(view: SentenceView, index: number, at: number): ResolvedMention[] {
  const list: ResolvedMention[] = [];
  for (let i = index; i < view.mentions.length; i++) {
    const m = view.mentions[i]!;
    if (view.pack.mentions.formerMarkers.has(view.key(at)) && m.from === at + 1) at++; // "cha ông, cựu Tổng thống X"
    if (m.from !== at || m.type !== "PERSON") break;
    list.push(m);
    if (view.key(m.to) !== "," && view.key(m.to) !== view.pack.mentions.and) break;
    at = m.to + 1;
  }
  return list;
}

/** A kin word: how many words it has, and whether it names a parent (else a child). */
interface Kin {
  length: number;
  parent: boolean;
}

/** The kin word that ends right before `end`, longest first, and where it starts. */
function kinEndingAt(view: SentenceView, end: number): { kin?: Kin; kinAt: number } {
  for (const length of KIN_LENGTHS) {
    const kin = kinship(view, end - length);
    if (kin?.length === length) return { kin, kinAt: end - length };
  }
  return { kinAt: end - 1 };
}

function kinship(view: SentenceView, at: number): Kin | undefined {
  const { parentWords, childWords } = view.pack.statics;
  // Every word sequence tried below starts at the token `slice` starts at: if that token starts no kin word, none is.
  const first = view.tokens[at < 0 ? Math.max(view.tokens.length + at, 0) : at];
  const starts = kinStarts(view.pack.statics);
  if (first && !starts.has(first.key) && !starts.has("")) return undefined;
  for (const length of KIN_LENGTHS) {
    const words = view.keysOf(at, at + length);
    if (parentWords.has(words)) return { length, parent: true };
    if (childWords.has(words)) return { length, parent: false };
  }
  return undefined;
}

/** The first words of each pack's kin words, built once per pack: most tokens start none. */
const KIN_STARTS = new WeakMap<StaticWords, ReadonlySet<string>>();
function kinStarts(words: StaticWords): ReadonlySet<string> {
  let starts = KIN_STARTS.get(words);
  if (!starts) KIN_STARTS.set(words, (starts = new Set([...words.parentWords, ...words.childWords].map((w) => w.split(" ")[0]!))));
  return starts;
}

/** At most this many plain words describe a company between its country and its kind: "state-owned mining". */
const COMPANY_WORDS = 4;

/**
 * "the Bolivian state-owned mining company X", "a Chilean firm, X", "Kenya's national power company, X": the
 * country right before the plain words that end in a kind of company (`companyKinds`), itself right before the body
 * (or its comma).
 */
function companyCountry(view: SentenceView, m: ResolvedMention): ResolvedMention | undefined {
  const kinds = view.pack.statics.companyKinds;
  if (!kinds) return undefined;
  // The kind may open the body's mention ("company X" read from its cue) or stand before it, with or without a comma.
  const end = kinds.has(view.key(m.from)) ? m.from : view.key(m.from - 1) === "," ? m.from - 2 : m.from - 1;
  if (!kinds.has(view.key(end))) return undefined;
  let k = end - 1;
  // "state-owned": the hyphen's parts are plain words too.
  while (
    k > end - 1 - COMPANY_WORDS &&
    k >= 0 &&
    !view.mentionAt[k] &&
    !view.tokens[k]!.capitalized &&
    (view.tokens[k]!.word || view.key(k) === "-")
  )
    k--;
  const owned = view.pack.mentions.possessiveClitics.has(view.key(k));
  if (owned) k--; // "Kenya's"
  const country = view.mentionAt[k];
  if (country?.type !== "COUNTRY" || country.to !== k + 1) return undefined;
  // Not the country's own name, which may be a clause's subject ("Japan imposed sanctions on company X"): its
  // adjective ("Bolivian") or its possessive.
  const written = slug(view.writtenOf(country.from, country.to));
  return owned || `${country.type.toLowerCase()}:${written}` !== country.ids[0] ? country : undefined;
}
