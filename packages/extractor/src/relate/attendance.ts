import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { SentenceView } from "./sentence-view.ts";

/** The rule of the statement an attendance visit is read from. */
export const ATTENDANCE_RULE = "attendance";

/** How far after "có sự tham dự của" the first attendee may be named: "của nhiều lãnh đạo nước ngoài, trong đó có A". */
const ATTENDEE_REACH = 10;

/** Who a sentence says attended the event the article sets somewhere, and where it says so. */
export interface Attendance {
  people: string[];
  from: number;
  to: number;
}

const named = (m: ResolvedMention) => m.type === "PERSON" && m.kind !== "pronoun";

/**
 * "Lễ ký có sự chứng kiến của A, B và C", "A và B cũng có mặt tại buổi lễ": the people a sentence names as present at
 * an event it does not place itself. Undefined when the sentence says no such thing or names no one by name.
 */
export function attendanceIn(view: SentenceView): Attendance | undefined {
  const words = view.pack.relations.attendance;
  if (!words) return undefined;
  for (let at = 0; at < view.tokens.length; at++) {
    const after = view.mentionAt[at] ? 0 : view.phraseAt(at, words.listedAfter);
    if (after) {
      const end = Math.min(view.tokens.length, at + after + ATTENDEE_REACH);
      for (let k = at + after; k < end; k++) {
        const first = view.mentionAt[k];
        if (!first || first.from !== k || !named(first)) continue;
        return {
          people: view
            .coordinatedAfter(first)
            .filter(named)
            .flatMap((m) => m.ids),
          from: at,
          to: at + after,
        };
      }
      return undefined;
    }
    const said = view.mentionAt[at] ? 0 : view.phraseAt(at, words.saidOfSubject);
    if (!said) continue;
    // The subject is the list that ends last before the phrase, within its clause ("A và B cũng có mặt ...").
    const start = view.clauseStart(at);
    const last = view.mentions.filter((m) => m.to <= at && m.from >= start).at(-1);
    if (!last) return undefined;
    const people = view.coordinatedAfter(view.chainStart(last)).filter(named);
    return people.length ? { people: people.flatMap((m) => m.ids), from: at, to: at + said } : undefined;
  }
  return undefined;
}
