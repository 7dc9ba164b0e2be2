// Vietnamese words that shape clauses: openers, prepositions that govern a name, list joiners.
import { PhraseSet } from "../../relate/phrase-set.ts";
import type { ClauseWords } from "../language-pack.ts";

/** Words that open reported speech. */
const REPORTING = [
  "rằng",
  "cho biết",
  "cho hay",
  "nói",
  "khẳng định",
  "tuyên bố",
  "xác nhận",
  "thông báo",
  "nhấn mạnh",
  "cho rằng",
  "dẫn lời",
  "đưa tin",
  "tiết lộ",
];

/** Words that open a new clause: reported speech, subordinate clauses, contrast. */
const OPENERS = new PhraseSet([
  ...REPORTING,
  "cáo buộc",
  "tố cáo",
  "bác bỏ",
  "phủ nhận",
  "khi",
  "sau khi",
  "trước khi",
  "nhưng",
  "song",
  "trong khi",
  "mà",
  "nếu",
  "đồng thời",
  "trong lúc",
  "vì",
]);

/** Opener words that open nothing when followed by these: "khi đó", "song phương", "mà còn". */
const NOT_OPENING = new Map<string, string[]>([
  ["khi", ["đó", "ấy", "nào"]],
  ["song", ["phương", "song", "hành", "ngữ"]],
  ["mà", ["còn"]],
  ["nói", ["chung", "riêng"]],
  ["vì", ["vậy", "thế", "sao"]],
]);

/** Words after which a name is not the doer of what follows: "của Nga", "tại Bình Nhưỡng", "người dân Triều Tiên". */
const NOT_SUBJECT_AFTER = new Set([
  "của",
  "với",
  "tại",
  "ở",
  "tới",
  "đến",
  "cho",
  "từ",
  "về",
  "theo",
  "trước",
  "sau",
  "thuộc",
  "giữa",
  "sang",
  "dân",
  "vào",
  "nhằm",
  "đối",

  "cùng",
  "và",
  "quanh",
  "trên",
  "khỏi",
  "rời",
  "chống",
  "lên",
  // A place one comes back to or visits is where one goes, not who does the next verb: "sau đó sẽ trở lại X hội đàm
  // với Y", "quay lại X gặp Y", "thăm X làm việc với Y".
  "lại",
  "thăm",
]);

/** Words for a country's people and institutions, skipped inside lists: "Chính phủ và nhân dân Hàn Quốc". */
const COLLECTIVES = new Set([
  "chính",
  "phủ",
  "người",
  "nhân",
  "dân",
  "quân",
  "đội",
  "phu",
  "phái",
  "đoàn",
  "quyền",
  "đại",
  "biểu",
  "cấp",
  "cao",
]);

export const VI_CLAUSES: ClauseWords = {
  openers: OPENERS,
  notOpening: NOT_OPENING,
  openerAsNoun: "của",
  notSubjectAfter: NOT_SUBJECT_AFTER,
  collectives: COLLECTIVES,
  joiners: new Set([",", "và", "cùng"]),
  listEndsWithConjunction: false,
  togetherWith: ["cùng", "với"],
  sequencers: new PhraseSet(["rồi", "sau đó", "tiếp đó", "rồi sau đó"]),
  departure: new Set(["rời", "khỏi"]),
  takenBy: new PhraseSet(["dẫn độ", "trục xuất", "áp giải", "trao trả", "giao nộp"]),
  according: "theo",
  // "theo đó" (under which), and what one acts under: "Theo hợp đồng/thỏa thuận/kế hoạch, X sẽ ...".
  accordingNot: new PhraseSet([
    "đó",
    "thỏa thuận",
    "hợp đồng",
    "hiệp ước",
    "hiệp định",
    "kế hoạch",
    "lịch trình",
    "chương trình",
    "cam kết",
    "văn kiện",
    "tuyên bố chung",
    "quyết định",
  ]),
  complementizer: "rằng",
  when: "khi",
  // "Trong chuyến thăm X, Y ...", "Nhân chuyến thăm X, Y ...", "Phát biểu tại cuộc gặp với X, Y ...": the leading
  // phrase's event is the main clause doer's.
  // "Tại buổi tiếp X, Y ...": a setting that opens on an event is a leading phrase too.
  leadingPhrase: new Set(["trong", "nhân", "phát", "sau", "tại"]),
  because: "vì",
  relativeWho: "người",
  progressiveAside: "đang",
  ledBy: {
    opener: "do",
    closers: [
      ["dẫn", "đầu"],
      ["đứng", "đầu"],
      ["làm", "trưởng", "đoàn"],
    ],
  },
  including: "gồm",
  amongThem: new PhraseSet(["trong đó có", "trong số đó có", "trong số này có", "bao gồm", "gồm", "đặc biệt là", "nhất là"]),
  copula: "là",
  relativeThat: "mà",
  reporting: new PhraseSet(REPORTING),
  cueGoverning: new Set(["với"]),
};
