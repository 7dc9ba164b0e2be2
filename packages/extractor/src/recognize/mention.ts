import type { EntityType } from "@news-kg/schema";
import type { LexiconEntry, Office } from "../lexicon/lexicon.ts";

/** A name as written, before coreference: a lexicon entry, or a new name found from context. */
export interface NameMention {
  kind: "name";
  /** Token range [from, to) of the whole mention, titles included. */
  from: number;
  to: number;
  /** The name itself, without honorific or title. */
  surface: string;
  /** The name as written with a lower-case head that is no part of it ("tỉnh Aichi"): kept as an alias. */
  written?: string;
  type: EntityType;
  entry?: LexiconEntry;
  /** Came after an honorific or an office without matching a full lexicon name: may be a short form ("ông Kim"). */
  maybeShort: boolean;
  /** A bare capitalized word that names someone only if the article named them in full ("Kim", "Xi"). */
  tentative?: boolean;
  title?: Title;
  /** Said by a word of the mention ("spokeswoman", "Mrs"): pronouns of the other gender do not stand for it. */
  gender?: Gender;
  /** Offices stacked before the title, each with its body: "Tổng Bí thư Đảng X, Chủ tịch nước Y Z" holds both. */
  alsoTitles?: Title[];
  /** Inside the phrase that leads the sentence to its first comma ("Theo lời mời của X, ..."): not its subject. */
  leading?: boolean;
  /** "X cùng Đoàn đại biểu cấp cao Y": the person named first before a delegation, who leads it. */
  leadsDelegation?: boolean;
  /** "A và B", "A, B and C": joined to the name right before it by only commas and the conjunction (one list). */
  listed?: boolean;
}

export type Gender = "female" | "male";

/** An office with its country or organization: "Tổng thống Nga", "Người phát ngôn Điện Kremlin". */
export interface Title {
  office: Office;
  former: boolean;
  /** The country or organization the office belongs to, as a name mention. */
  affiliation?: NameMention;
  /** The office belongs to (works for) this person: "cố vấn của Tổng thống Putin". */
  principal?: Mention;
  /** The name follows the office, written as a formal title, at once ("Foreign Minister X", not "opposition leader X"). */
  nameNext?: boolean;
  /** Set right after the name's comma or dash, written as a formal title: "X, Bộ trưởng Y tế, cho biết". */
  appositive?: boolean;
  /**
   * The titled name this one is listed right after, whose country an office told without one shares: "Thủ tướng Y A
   * và Ngoại trưởng B" (B is Y's foreign minister).
   */
  listedAfter?: NameMention;
  /** Who sent the holder, the sentence's first actor before a sending verb: "Tổng thống Y A cử Đặc phái viên B". */
  sentBy?: NameMention;
  /** Where an office held abroad is posted, as a name mention: "Đại sứ Nga tại Việt Nam X", "the Chilean ambassador to Brazil, X". */
  postedIn?: NameMention;
  /** "Thứ trưởng Bộ Công an X": the ministry, as written, that an office below its head is held in. */
  ministry?: string;
  /**
   * "Chủ tịch UBND tỉnh Y X": the office is held in the place's own body, named after the place (`name`, from the
   * pack) and as written ("UBND tỉnh Y").
   */
  localBody?: { name: string; written: string };
  /** The country a place affiliation lies in, named after it: "Thống đốc tỉnh Gyeonggi của Hàn Quốc X". */
  placeIn?: NameMention;
  /**
   * "his spokesman X", "Boric's press secretary X": the office is owned by the person a possessive pronoun stands for
   * or whose name ends right before this token (the possessive's), and serves that person's country.
   */
  ownedBy?: { at: number; pronoun: boolean; gender?: Gender };
}

/** An office without a name, standing for its holder: "nhà lãnh đạo Triều Tiên", "Ngoại trưởng Nga". */
export interface DescriptorMention {
  kind: "descriptor";
  from: number;
  to: number;
  title: Title;
  leading?: boolean;
  /** "Thủ tướng này": a demonstrative took it up; with no holder of the office, it is the person last talked of. */
  demonstrative?: boolean;
}

/** "hai nhà lãnh đạo", "hai nước": two entities named earlier. */
export interface GroupMention {
  kind: "group";
  from: number;
  to: number;
  of: "leaders" | "countries" | "role";
  role?: string;
  /** How many they are. */
  size: number;
  /** A pronoun: only the people just named stand for it, and only when it opens its sentence. */
  local?: boolean;
  /** It opens its sentence, or the clause after a leading phrase that names no one ("After the talks, they ..."). */
  opens?: boolean;
}

/** "ông", "bà" standing alone for the last person named. */
export interface PronounMention {
  kind: "pronoun";
  from: number;
  to: number;
  gender?: Gender;
  /** "nước này" (this country), "công ty này": it stands for a country or a body, not a person. */
  of?: "COUNTRY" | "ORGANIZATION";
  /** "phía bạn": the country stood for is the partner's, never the writer's own. */
  partner?: boolean;
  /** "the bloc": the body stood for is an international one (no country of its own in the lexicon). */
  international?: boolean;
  /** "the junta": the country stood for is the one the article is about, not the one named last. */
  focus?: boolean;
  /** "vị khách": the person stood for is a guest, never of the writer's own country. */
  guest?: boolean;
  /** "Đoàn sẽ thăm X": the person stood for is the head of the delegation the article follows (else the guest). */
  delegation?: boolean;
  /** "tiễn đoàn" (saw the delegation off): a delegation not opening its clause stands only for a head the article named. */
  headOnly?: boolean;
  /** "A tiếp B nhân dịp ông ...": after an occasion's words, the person named last before it, not the subject. */
  nearest?: boolean;
  /** "she was re-elected as chair of the X Party": the office the clause gives whoever the pronoun stands for. */
  title?: Title;
}

export type Mention = NameMention | DescriptorMention | GroupMention | PronounMention;
