/** Canonical entities for scoring: `entities.json`. */
export interface EntitiesDoc {
  entities?: Record<string, { type?: string; aliases?: string[] }>;
}

/** `[subject, PREDICATE, object]` or `[subject, PREDICATE, object, status]`, names as in entities.json. */
export type GoldTriple = [string, string, string, string?];

/** Gold triples per article (keyed by article id without extension): `seeds-gold.json`, the dev corpus's `dev-gold.json`. */
export interface GoldDoc {
  articles: Record<string, { published?: string; triples: GoldTriple[]; optional?: GoldTriple[] }>;
}

/** The parts of a graph document that scoring reads (the older subject/predicate/object spelling is accepted). */
export interface ScoredGraph {
  /** Read for the language of each article: `lang`, and `title` as a sample of its text. */
  articles?: { id: string; lang?: string; title?: string }[];
  entities?: { id: string; name: string; aliases?: string[] }[];
  relations?: {
    source?: string;
    subject?: string;
    type?: string;
    predicate?: string;
    target?: string;
    object?: string;
    status?: string;
    evidence?: { articleId?: string; article?: string; sentence?: string }[];
  }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreResult {
  micro: Counts & PRF & { statusRight: number; statusAsked: number; statusAccuracy: number };
  perPredicate: Record<string, Counts & PRF>;
  /** `article\tsubject\tPREDICATE\tobject` for every gold triple not predicted. */
  misses: string[];
  /** The same for every prediction that is neither gold nor optional. */
  extras: string[];
}
