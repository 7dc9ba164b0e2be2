import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { SentenceView } from "./sentence-view.ts";

/** How many words may part a verb of joining from the body joined: "trở thành thành viên thứ 150 của X". */
const JOINED_GAP = 4;

/**
 * The body a sentence says someone joins: an organization named right after a verb of joining (RelationWords.joining),
 * past at most a few plain words ("gia nhập X", "trở thành thành viên thứ 9 của X"); the last one when several are.
 * What an accession document signed later in the article is with (see RelationWords.accessionDocuments).
 */
export function joinedBody(view: SentenceView): ResolvedMention | undefined {
  const { joining, accessionDocuments } = view.pack.relations;
  if (!joining || !accessionDocuments) return undefined;
  let body: ResolvedMention | undefined;
  for (const k of view.phraseStarts(joining)) {
    if (view.mentionAt[k]) continue;
    const length = view.phraseAt(k, joining);
    for (let j = k + length; j < Math.min(view.tokens.length, k + length + JOINED_GAP + 1) && !view.isBreak(j); j++) {
      const m = view.mentionAt[j];
      if (!m) continue;
      if (m.from === j && m.type === "ORGANIZATION") body = m;
      break;
    }
  }
  return body;
}
