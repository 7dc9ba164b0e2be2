import type { RelationStatus } from "@news-kg/schema";
import type { SentenceView } from "./sentence-view.ts";
import { PhraseSet } from "./phrase-set.ts";

const words = (list: string[]) => new PhraseSet(list);

const NEGATORS = words(["không", "chưa", "chẳng", "không hề", "chưa hề", "bác bỏ", "phủ nhận"]);
/** Negation words that negate nothing: "không tiếc lời ca ngợi" (praised unsparingly). */
/** Denying a charge ("bác bỏ cáo buộc của X") does not undo that X made it. */
const DENIALS = words(["bác bỏ", "phủ nhận"]);
const NOT_NEGATION = words(["không tiếc lời", "không ngừng", "không ngớt", "không chỉ", "không những", "không loại trừ", "chưa từng có"]);
const HYPOTHETICAL = words(["nếu", "giả sử", "giả như", "trong trường hợp"]);
/** Denying reports ("bác bỏ thông tin ông X sẽ thăm ...") states nothing of what they report. */
const DENIED_REPORTS = words([
  "bác bỏ thông tin",
  "phủ nhận thông tin",
  "bác bỏ các thông tin",
  "phủ nhận các thông tin",
  "bác bỏ tin",
  "phủ nhận tin",
  "bác bỏ tin đồn",
  "phủ nhận tin đồn",
  "bác bỏ báo cáo",
  "phủ nhận báo cáo",
  "bác bỏ các báo cáo",
  "phủ nhận các báo cáo",
]);
const ALLEGED = words(["được cho là", "bị cho là", "bị nghi", "nghi ngờ", "theo tình báo", "bị cáo buộc"]);
const PLANNED = words([
  "sẽ",
  "dự kiến",
  "sắp",
  "có kế hoạch",
  "kế hoạch",
  "sẵn sàng",
  "hy vọng",
  "mong muốn",
  "mong",
  "muốn",
  "lời mời",
  "mời",
  "kỳ vọng",
  "dự định",
  "chuẩn bị",
  "cam kết",
  "hẹn",
  "đề nghị",
  "tiến tới",
  "trước thềm",
  "có thể",
  "dự định",
]);
const OCCURRED = words(["đã", "vừa", "từng", "mới đây"]);
const PLANNED_AFTER = words(["sẽ", "dự kiến", "sắp"]);
const STOPS = new Set([";", ":", "."]);
/** How far back a future or past marker may stand from its event, in tokens: keeps run-on sentences linear. */
const MODALITY_REACH = 40;
/** Words that make an event the object of another verb: "việc gửi quân", "chuyện ký kết". */
const EMBEDDERS = new Set(["việc", "chuyện", "khả năng"]);
/** "thảo luận về vấn đề viện trợ": an event named as a topic is not stated to happen. */
const TOPIC = words(["vấn đề", "về"]);

/**
 * The status of the event stated at tokens [from, to): undefined when negated or hypothetical, "alleged" inside
 * a charge, "planned" when a future or intention word comes before it (and no past marker nearer).
 */
export function eventStatus(view: SentenceView, from: number, to: number, noun: boolean, alleged: boolean): RelationStatus | undefined {
  // A negator up to five words back, in the same verb chain: "không thăm", "chưa nhận lời mời thăm".
  for (let i = from - 1; i >= Math.max(0, from - 5) && !view.mentionAt[i] && !view.isBreak(i); i--) {
    if (view.phraseAt(i, NEGATORS) && !view.phraseAt(i, NOT_NEGATION) && !(noun && view.phraseAt(i, DENIALS))) return undefined;
  }
  if (view.firstPhrase(HYPOTHETICAL) < from || view.firstPhrase(DENIED_REPORTS) < from) return undefined;
  // "không ủng hộ việc gửi quân": an event named under a negated verb is not stated either.
  if (EMBEDDERS.has(view.key(from - 1))) {
    for (let i = Math.max(0, from - 6); i < from - 1; i++)
      if (!view.mentionAt[i] && view.phraseAt(i, NEGATORS) && !view.phraseAt(i, NOT_NEGATION)) return undefined;
  }
  for (let i = Math.max(0, from - 2); i < from; i++) if (view.phraseAt(i, TOPIC)) return undefined;
  if (alleged) return "alleged";
  const start = view.clauseStart(from);
  for (let i = start; i < from; i++) if (view.phraseAt(i, ALLEGED)) return "alleged";
  for (let i = from - 1; i >= Math.max(0, from - MODALITY_REACH) && !STOPS.has(view.key(i)); i--) {
    if (view.mentionAt[i]) continue;
    if (view.phraseAt(i, OCCURRED)) return "occurred";
    const planned = view.phraseAt(i, PLANNED);
    if (planned && i + planned <= from) return "planned";
  }
  if (noun) {
    for (let i = to; i < to + 8 && i < view.tokens.length && !view.isBreak(i); i++) if (view.phraseAt(i, PLANNED_AFTER)) return "planned";
  }
  return "occurred";
}
