// Vietnamese modality: negation, hypotheses, denials, allegations, plans.
import { PhraseSet } from "../../relate/phrase-set.ts";
import type { ModalityWords } from "../language-pack.ts";

const words = (list: string[]) => new PhraseSet(list);

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
  "hứa",
  "hẹn",
  "đề nghị",
  "tiến tới",
  "hướng tới",
  "mục tiêu",
  "trước thềm",
  "có thể",
  // What is being considered has not happened: "đang xem xét việc hỗ trợ X".
  "xem xét",
  "cân nhắc",
]);

/**
 * A negated verb of holding back intensifies what follows instead of negating it: "không ngừng" (unceasingly),
 * "không tiếc lời khen" (unsparing praise), "không ngần ngại chỉ trích" (did not hesitate to criticize).
 */
const HOLDING_BACK = ["ngừng", "ngớt", "tiếc", "ngại", "ngần ngại", "ngần ngừ", "do dự", "quản"];
const INTENSIFIERS = ["không", "chẳng"].flatMap((negator) => HOLDING_BACK.map((verb) => `${negator} ${verb}`));

/**
 * Words that call an event off, before it: "hủy cuộc gặp với X", "hoãn chuyến thăm Y", "hủy bỏ lễ ký". A bare "hủy"
 * or "hoãn" is read only before an event's classifier, so that "phá hủy" (destroy) negates nothing.
 */
const CALLED_OFF = [
  ...["hủy", "hủy bỏ", "hoãn", "tạm hoãn", "trì hoãn"].flatMap((verb) => ["cuộc", "chuyến", "buổi", "lễ"].map((kind) => `${verb} ${kind}`)),
  "hủy bỏ",
  "tạm hoãn",
  "trì hoãn",
];

/** After a named event, words that call it off: "chuyến thăm của X tới Y đã bị hoãn", "cuộc gặp ... bị hủy". */
const CALLED_OFF_AFTER = words(["bị hủy", "bị hủy bỏ", "bị hoãn", "bị hoãn lại", "được hoãn lại", "không diễn ra"]);

/** Requests and calls: what is asked of someone has not happened ("kêu gọi X cung cấp ..."). */
const REQUESTS = words(["kêu gọi", "yêu cầu", "đề xuất", "thúc giục", "hối thúc", "đòi hỏi"]);

export const VI_MODALITY: ModalityWords = {
  // "sẽ tiếp tục cung cấp/thăm": an act done again lies ahead; "sẽ tiếp tục ủng hộ" (a stance) goes on already.
  continuedActs: {
    // A pledge, a promise or an intent to go on lies ahead too: "cam kết tiếp tục viện trợ", "dự định tiếp tục bay sang".
    words: words([
      "sẽ tiếp tục",
      "sẽ còn tiếp tục",
      "dự kiến tiếp tục",
      "dự kiến sẽ tiếp tục",
      "dự định tiếp tục",
      "dự định sẽ tiếp tục",
      "cam kết tiếp tục",
      "hứa tiếp tục",
    ]),
    types: new Set(["SUPPLIED", "VISITED", "MET", "SIGNED", "SANCTIONED"]),
  },
  negators: words(["không", "chưa", "chẳng", "không hề", "chưa hề", "bác bỏ", "phủ nhận", ...CALLED_OFF]),
  negatedAfter: CALLED_OFF_AFTER,
  denials: words(["bác bỏ", "phủ nhận"]),
  notNegation: words([...INTENSIFIERS, "không chỉ", "không những", "không loại trừ", "chưa từng có"]),
  hypothetical: words(["nếu", "giả sử", "giả như", "trong trường hợp"]),
  deniedReports: DENIED_REPORTS,
  alleged: words(["được cho là", "bị cho là", "bị nghi", "nghi ngờ", "theo tình báo", "bị cáo buộc"]),
  planned: PLANNED,
  requests: REQUESTS,
  // What goes on goes on already, even when said of the future: "sẽ tiếp tục hỗ trợ X", "sẽ vẫn ủng hộ X".
  occurred: words(["đã", "vừa", "từng", "mới đây", "tiếp tục", "vẫn"]),
  plannedAfter: words(["sẽ", "dự kiến", "sắp"]),
  embedders: new Set(["việc", "chuyện", "khả năng"]),
  // "thảo luận về vấn đề viện trợ"
  topic: words(["vấn đề", "về"]),
};
