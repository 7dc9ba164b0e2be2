// Vietnamese words that introduce, surround or continue names. Lower case; matched against lower-cased tokens.
import { PhraseSet } from "../../relate/phrase-set.ts";
import type { GroupCue, MentionWords } from "../language-pack.ts";
import { VI_CLAUSES } from "./clause-words.ts";
import { CUES } from "./relation-words.ts";
import { VI_KIND_FIRST, VI_STATICS } from "./static-words.ts";
import { FAMILY_NAMES, looksForeign, looksLikeVietnameseName } from "./looks-vietnamese.ts";
import { VI_LOCAL_BODIES, VI_TITLE_FIELDS } from "./title-fields.ts";
import { isVietnameseSyllable } from "./vietnamese-syllable.ts";

/** "ông Kim", "bà Choe", "ngài Putin". */
const HONORIFICS = new Set(["ông", "bà", "ngài"]);

/** Nouns for the heads of the two sides: "hai nhà lãnh đạo", "nguyên thủ hai nước". */
const LEADER_NOUNS = ["nhà lãnh đạo", "vị lãnh đạo", "lãnh đạo", "nguyên thủ", "nguyên thủ quốc gia", "người đứng đầu"];

/** Office nouns that make a group of that office: "hai ngoại trưởng", "thủ tướng hai nước". */
const ROLE_NOUNS: [string, string][] = [
  ["ngoại trưởng", "foreign minister"],
  ["bộ trưởng", "minister"],
  ["thủ tướng", "prime minister"],
  ["tổng thống", "president"],
  ["bộ trưởng quốc phòng", "defence minister"],
];

/** Words after a noun that make it the two sides' pair: "lãnh đạo hai nước", "nguyên thủ quốc gia hai bên". */
const OF_BOTH_SIDES = ["hai nước", "hai bên", "hai quốc gia"];

/** A noun heads a group of two either way: "hai N" or "N hai nước". */
const pairsOf = (noun: string) => [`hai ${noun}`, ...OF_BOTH_SIDES.map((side) => `${noun} ${side}`)];

/** Plural descriptions: who they stand for is resolved from the article. */
const GROUP_CUES: GroupCue[] = [
  ...LEADER_NOUNS.flatMap((noun) => pairsOf(noun).map((words): GroupCue => ({ words, of: "leaders" }))),
  // A counted honorific with no name after it is the pair last named: "Sau hội đàm, hai ông đã ký ..."; one that heads
  // names ("gặp cả hai ông A và B") is no group.
  ...[...HONORIFICS].map((honorific): GroupCue => ({ words: `hai ${honorific}`, of: "leaders", bare: true })),
  ...ROLE_NOUNS.flatMap(([noun, role]) => pairsOf(noun).map((words): GroupCue => ({ words, of: "role", role }))),
  ...OF_BOTH_SIDES.map((words): GroupCue => ({ words, of: "countries" })),
];

/**
 * Words for a place's kind that are not part of its canonical name: "tỉnh Aichi" is Aichi, "sông X" is X (the
 * written form stays an alias).
 */
const PLACE_KIND_HEADS = [
  "tỉnh",
  "thành phố",
  "tp",
  "vùng",
  "bang",
  "quận",
  "huyện",
  "thị trấn",
  "thị xã",
  "làng",
  // Communes, wards and hamlets of an address: "thôn X, xã Y, huyện Z".
  "xã",
  "phường",
  "thôn",
  "ấp",
  "hạt", // a county: "hạt Berkshire"
  "thủ phủ", // a province's or state's seat: "thủ phủ X (của Y)"
  "bãi cạn",
  "bãi đá ngầm",
  "đảo",
  "quần đảo",
  "sông",
  "núi",
  "khu tự trị",
  // A kind with its qualifier before the name: "Sân bay quốc tế X", "Khu công nghệ cao X" (X, written so as an alias).
  // A port city is the city, not its port: "thành phố cảng X" is X.
  "thành phố cảng",
  "sân bay quốc tế",
  "cảng hàng không quốc tế",
  "khu công nghiệp",
  "khu công nghệ cao",
  "khu kinh tế",
];

/** Words before a capitalized run that make it a place: "tỉnh Amur", "Cung điện Mặt trời Kumsusan". */
const LOCATION_CUES = [
  ...PLACE_KIND_HEADS,
  "sân bay",
  "cung điện",
  "trung tâm vũ trụ",
  "sân bay vũ trụ",
  "quảng trường",
  "phố", // a street by its kind and name: "phố Hàng Mã", "phố Lý Nam Đế" (not "thành phố", "đường phố", "phố cổ X")
  "lâu đài",
  "eo biển",
  "biển",
  "vịnh",
  "nhà khách",
  "ga",
  "cảng",
  "vùng lãnh thổ",
  "dinh thự",
  "khu nghỉ dưỡng",
  "đại lễ đường",
  "hội trường", // "Hội trường X": a hall, named after its kind as a palace is
  // Bases, plants and palaces, named after their kind: "căn cứ không quân X", "nhà máy điện X", "Dinh X".
  "căn cứ",
  "căn cứ không quân",
  "căn cứ hải quân",
  "căn cứ quân sự",
  "căn cứ vũ trụ",
  "quân cảng",
  "nhà máy",
  "nhà máy điện",
  "nhà máy thủy điện",
  "nhà máy điện hạt nhân",
  "trung tâm hội nghị",
  "sân vận động",
  "dinh",
  // A kind with its qualifier before the name: "làng gốm X", "mỏ khí X".
  "làng gốm",
  "làng nghề",
  "làng chài",
  "mỏ",
  "mỏ dầu",
  "mỏ khí",
  "tháp",
  // A head's residence named after the office, then its own name: "Dinh Tổng thống X" is a palace, X no president.
  // Buildings by their kind, then their own name: "khách sạn Marina", "nhà hát Opera", "nhà máy đóng tàu X".
  "khách sạn",
  "nhà hát",
  "bảo tàng",
  "nhà máy đóng tàu",
  "xưởng đóng tàu",
  "dinh tổng thống",
  "phủ tổng thống",
  "cung điện tổng thống",
  "dinh thủ tướng",
  "phủ thủ tướng",
];

/** Lower-case nouns for a firm by what it does, before its name: the kind, no part of the name ("nhà sản xuất X" is X). */
const FIRM_KINDS = ["nhà sản xuất", "nhà phân phối", "nhà chế tạo", "nhà thầu"];

/** Words before a capitalized run that make it an organization: "hãng thông tấn KCNA", "báo Rodong Sinmun". */
const ORGANIZATION_CUES = [
  "hãng thông tấn",
  "hãng tin",
  "thông tấn xã",
  "báo",
  "tờ",
  "tờ báo",
  "đảng",
  "tập đoàn",
  "công ty",
  "tổng công ty", // "Tổng công ty X": the head is the name's, as "Tập đoàn" is
  "đài",
  "kênh",
  "tổ chức",
  "liên minh",
  "phong trào",
  "lực lượng",
  "nhóm",
  "ngân hàng",
  "đại học",
  "viện",
  "hội đồng",
  "tổng cục",
  "cục",
  "cơ quan",
  "quỹ",
  "hãng",
  "ủy ban",
  "cảnh sát", // "Cảnh sát Quốc gia X": a police force, its first syllable no short name ("Cảnh")
  // A firm named by its trade: "nhà sản xuất X" (a maker), "nhà phân phối Y" (a distributor), "nhà thầu Z".
  ...FIRM_KINDS,
];

/**
 * Lower-case syllables of a body's name after its capitalized head ("Hội đồng An ninh quốc gia tối cao", "Đài
 * Truyền hình quốc gia", "Lực lượng Bảo vệ bờ biển"): fields and qualifiers of state bodies, never a verb or a
 * linking word, so "Ủy ban X cho biết ..." and "Hội đồng X của Y" end where they did.
 */
const BODY_NAME_WORDS = new Set([
  ...["quốc", "gia", "tối", "cao", "an", "ninh", "phòng", "bờ", "biển", "truyền", "hình", "thanh", "trung", "ương"],
  ...["nhân", "dân", "đối", "ngoại", "giao", "thông", "tấn", "khoa", "học", "kinh", "tế", "tài", "chính", "thương"],
  ...["mại", "công", "nghiệp", "nông", "y", "giáo", "dục", "quân", "sự", "hải", "không", "vũ", "trang", "liên", "hợp"],
  ...[
    "đặc",
    "biệt",
    "điều",
    "tra",
    "tư",
    "pháp",
    "bảo",
    "vệ",
    "môi",
    "trường",
    "năng",
    "lượng",
    "hạt",
    "nguyên",
    "tử",
    "tác",
    "trụ",
    "tượng",
  ],
  ...["tình", "báo", "cảnh", "sát", "biên", "lục", "địa", "chiến", "lược", "phát", "triển", "dầu", "khí", "hàng"],
  // Research, administration, munitions, transition: "Viện Nghiên cứu X", "Hội đồng Quản trị Nhà nước X", "Tổng cục
  // Công nghiệp Đạn dược", "Hội đồng Tổng thống chuyển tiếp X", "Chính quyền lâm thời X".
  ...["cứu", "quản", "trị", "đạn", "dược", "chuyển", "tiếp", "lâm", "thời", "nước"],
  // A party's: "Đảng Đoàn kết X", "Đảng Lao động tiến bộ X".
  ...["đoàn", "kết", "sản", "cách", "mạng", "tự", "do", "lao", "động", "tiến", "bộ"],
  // A company's or a government's: "Công ty Cổ phần Xây dựng X", "Tập đoàn Điện lực X", "Nhà khách Chính phủ".
  ...["phần", "xây", "dựng", "trách", "hữu", "hạn", "nhiệm", "lực", "phủ", "xuất", "nhập", "khẩu", "vận", "tải", "dịch", "vụ"],
  // Technical: "Cơ quan Hợp tác quân sự - kỹ thuật X"; democratic: "Liên minh Dân chủ", "Liên đoàn vì Dân chủ".
  ...["kỹ", "thuật", "chủ"],
]);

/** "A gặp B, trở thành ...": verbs of becoming that after a comma go on with the main clause's subject (see MentionWords.clauseOfficeVerbs). */
const BECOMING = ["trở thành", "vừa trở thành", "đã trở thành"];

/** Longer ways from a name to its office: "X, hiện là ...", "X được bầu làm ...". */
const OFFICE_VERBS = [
  "hiện là",
  "hiện giữ chức",
  "giữ chức",
  "giữ cương vị",
  "đảm nhiệm chức",
  "đảm nhiệm cương vị",
  "được bầu làm",
  "được bầu giữ chức",
  "được bổ nhiệm làm",
  "được bổ nhiệm giữ chức",
  ...BECOMING,
  "nay là",
  // "X nhậm chức Tổng thống Y": takes the office.
  "nhậm chức",
  "tuyên thệ nhậm chức",
  "chính thức nhậm chức",
];

/** "X, người vừa được bầu làm Chủ tịch Y,": a relative clause of the person that leads to the verb of office. */
const RELATIVE_LEADS = ["người", "người vừa", "người mới", "người đã", "người hiện"];

/** A spouse's title before a name: "Phu nhân Ngô Thị A" is a person, and holds no office it is followed by. */
// A queen consort ("Hoàng hậu X") is a king's spouse: no office of the country.
const SPOUSE_CUES = ["phu nhân", "phu quân", "đệ nhất phu nhân", "đệ nhất phu quân", "hoàng hậu"];

/** Kin before a name the lexicon does not know: "con gái Ana", "vợ ông", "em gái X". */
const KIN_CUES = ["con trai", "con gái", "em trai", "em gái", "anh trai", "chị gái", "cháu trai", "cháu gái", "vợ", "chồng"];

/** Military ranks before a name: "Đại tá X"; after an office's comma they open its holder's name ("Tư lệnh Y, Tướng X"). */
const RANK_CUES = [
  "tướng",
  "đại tướng",
  "thượng tướng",
  "trung tướng",
  "thiếu tướng",
  "đại tá",
  "thượng tá",
  "trung tá",
  "thiếu tá",
  "đô đốc",
  "phó đô đốc",
  "chuẩn đô đốc",
];

/** Callings, degrees and ranks before a name, which are no office: "nhà ngoại giao X", "Tiến sĩ X", "Đại tá X". */
const CALLINGS = [
  "đồng chí",
  "nhà ngoại giao",
  "nhà báo",
  "nhà văn",
  "nhà thơ",
  "nhà sử học",
  "nhà nghiên cứu",
  "nhà phân tích",
  "nhà khoa học",
  "nhà kinh tế học",
  "nhà hoạt động",
  "nhà sáng lập",
  "nhà tài phiệt",
  "chính trị gia",
  "chính khách",
  "doanh nhân",
  "tỷ phú",
  "tỉ phú",
  "luật sư",
  "giáo sư",
  "phó giáo sư",
  "tiến sĩ",
  "bác sĩ",
  "kỹ sư",
  "học giả",
  "chuyên gia",
  "phóng viên",
  "nhà bình luận",
  "thẩm phán",
  "ca sĩ",
  "nghệ sĩ",
  "diễn viên",
  "cầu thủ",
  "vận động viên",
  "hòa thượng",
  "thượng tọa",
  // Cambodian title of honour before a name: "Samdech X" is X.
  "samdech",
  // Royal kin, who hold no office by the style: "Hoàng thân X" (a prince of the blood), "Công chúa Y".
  "hoàng thân",
  "công chúa",
  "công nương",
  ...RANK_CUES,
];

const PERSON_CUES = [...SPOUSE_CUES, ...KIN_CUES, ...CALLINGS];

/** Kin in apposition after a name, maybe counted: "X, con gái của Y", "A và B, hai con trai của Y". */
const KIN_APPOSITIONS = [...VI_STATICS.parentWords, ...VI_STATICS.childWords].flatMap((kin) =>
  ["", "hai ", "ba ", "các "].map((count) => `${count}${kin}`),
);

/**
 * "Nhà ngoại giao này", "vị khách này", "Thủ tướng này": a calling, an office or a noun for a person, then a
 * demonstrative, stands for a person named before. Nouns that are no cue before a name: the guest, the official.
 */
const ANAPHORA = {
  demonstratives: new Set(["này", "ấy"]),
  nouns: new PhraseSet([...CALLINGS, "vị", "vị khách", "quan chức", "vị quan chức", "nhân vật"]),
  classifiers: new Set(["vị", "nhà"]),
  bodies: new Map<string, "COUNTRY" | "ORGANIZATION">([
    ...["nước", "quốc gia", "đất nước", "đảo quốc"].map((noun) => [noun, "COUNTRY"] as const),
    ...["công ty", "tập đoàn", "hãng", "tổ chức", "khối", "liên minh", "nhóm", "lực lượng", "phong trào", "cơ quan"].map(
      (noun) => [noun, "ORGANIZATION"] as const,
    ),
  ]),
  after: VI_CLAUSES.openers,
  guests: new PhraseSet(["vị khách", "vị khách quý"]),
  delegations: {
    nouns: new PhraseSet(["đoàn", "phái đoàn", "đoàn đại biểu", "đoàn đại biểu cấp cao", "đoàn công tác"]),
    followers: new PhraseSet([
      ...["đã", "sẽ", "cũng", "vừa", "đang", "tiếp tục", "còn", "dự kiến", "sau đó"],
      ...["thăm", "đến", "tới", "sang", "rời", "tham quan", "tại", ",", "."],
    ]),
    // "cử một phái đoàn", "các đoàn", "tập đoàn", "công đoàn", "quân đoàn", "binh đoàn": not the visiting delegation.
    notAfter: new Set(["một", "các", "hai", "ba", "những", "mỗi", "cử", "phái", "tập", "công", "quân", "binh", "sư", "đại"]),
    heads: new PhraseSet(["đoàn đại biểu", "phái đoàn", "đoàn công tác"]),
    joinedBy: new PhraseSet(["và", "cùng", "cùng với", "dẫn đầu"]),
    ledBy: VI_CLAUSES.ledBy,
  },
};

/** Lower-case words that may stand between an office and the name: "Phó đại sứ thường trực Nga tại Liên Hợp Quốc X". */
const TITLE_MODIFIERS = new Set([
  // A state's long name between office and country: "Chủ tịch nước Cộng hòa Dân chủ Nhân dân X".
  "cộng",
  "hòa",
  "dân",
  "chủ",
  "nhân",
  "xã",
  "hội",
  "nghĩa",
  "thường",
  "trực",
  "trú", // "Điều phối viên thường trú" (resident coordinator)
  // A chair held in turn: "Chủ tịch luân phiên X".
  "luân",
  "phiên",
  "khi",
  "đó",
  "tại",
  "của",
  "về",
  "các",
  "vấn",
  "đề",
  "quốc",
  "tế",
  "báo",
  "chí",
  "chính",
  "sách",
  "đối",
  "ngoại",
  "giao",
  "phòng",
  "an",
  "ninh",
  "gia",
  "cấp",
  "cao",
  "đặc",
  "biệt",
  "nhà",
  "nước",
  "phủ",
  "thứ",
  "nhất",
  "hiện",
  "nay",
  "tại",
  "mới",
  "cũ",
  "tiền",
  "nhiệm",
  "kiêm",
  "phó",
  "tổng",
  "bộ",
  "liên",
  "bang",
  "đương",
  "nhiệm",
  "thuộc",
  "văn",
  "phòng",
  "lâm",
  "thời",
  "người",
  "đồng",
  "cấp",
  "sắp",
  "mãn",
  // A committee's or office's name inside a stacked title: "Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương".
  "ủy",
  "ban",
  "công",
  "tác",
  "trung",
  "ương",
  "chấp",
  "hành",
]);

/** Offices held abroad, whose "tại Y" is the posting. */
const POSTED_ROLES = [
  "ambassador",
  "deputy ambassador",
  "envoy",
  "special envoy",
  "consul",
  "consul general",
  "chargé d'affaires",
  "permanent representative",
  "deputy permanent representative",
  "chief representative",
  "counsellor",
  "minister-counsellor",
  "defence attaché",
  "high commissioner",
];

/** Before an office: the person held it before, or has died ("cố lãnh đạo", "cựu Tổng thống"). */
const FORMER_MARKERS = new Set(["cố", "cựu", "nguyên", "khi đó"]);

/**
 * Lower-case particles inside foreign names: "Albert del Rosario", "Lula da Silva", two together ("de los"), and
 * those elided before an apostrophe ("d'Aubigny").
 */
const NAME_PARTICLES = new Set([
  ...["del", "da", "de", "di", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "los", "las", "dos", "das", "du", "wa"],
  "d",
]);

/** A country word at a sentence start that is really a common word ("Ý kiến", "Anh ấy"). */
const COMMON_COMPOUNDS = new Set([
  "ý kiến",
  "ý nghĩa",
  "ý định",
  "ý tưởng",
  "ý thức",
  "ý chí",
  "ý muốn",
  "anh ấy",
  "anh ta",
  "anh em",
  "đức tin",
  "pháp luật",
  "pháp lý",
  "mỹ phẩm",
  "mỹ thuật",
  "mỹ mãn",
  "úc",
  "lào cai",
  "chi lê",
  // The first word of a state's or party's long name, capitalized on its own: "Cộng hòa ...", "Cách mạng ...".
  "cộng hòa",
  "cộng sản",
  "cách mạng",
  "dân chủ",
  "nhân dân",
  "xã hội",
  "liên bang",
  "vương quốc",
]);

/**
 * Words that, right before a lower-case lexicon name, make its first word part of another compound:
 * "bờ biển Philippines" is the Philippine coast, not the Philippine Sea; "bên bờ Tây" is not the West Bank.
 */
const COMPOUND_BEFORE = new Map<string, Set<string>>([
  ["biển", new Set(["bờ", "vùng", "ven", "trên", "dưới", "ngoài"])],
  ["bờ", new Set(["bên", "phía"])],
  ["phố", new Set(["thành", "đường", "khu"])],
]);

/**
 * What may stand before a bare foreign name: a clause's start, "theo" (according to), "và". Not a noun or a
 * preposition: "trang Facebook, Bộ trưởng ..." and "tại Kazan, Tổng thống ..." name no person.
 */
const BARE_NAME_AFTER = new Set([",", ";", ":", "(", '"', "“", "'", "‘", "-", "–", "—", "theo", "và"]);

/** Words that join a name to what follows rather than continue it: "Tập đoàn Foxconn của Đài Loan". */
const LINKING_WORDS = new Set(["của", "tại", "ở", "và", "với", "cho", "từ", "thuộc", "là", "đã", "sẽ", "đang", "vừa", "cũng"]);

/** "cử Đặc phái viên X" (sent the special envoy X); "bầu cử", "đắc cử", "ứng cử", "tái cử" are elections. */
const SENDING_VERBS = new Set(["cử", "phái"]);
const NOT_SENDING_AFTER = new Set(["bầu", "đắc", "ứng", "tái", "tranh", "đề", "tiến"]);

/** Speech verbs after a name: "C cho biết", "C khẳng định". */
const SPEECH_VERBS = ["cho biết", "cho hay", "nói", "khẳng định", "tuyên bố", "xác nhận", "nhấn mạnh", "cho rằng"];

/**
 * Words that follow a name rather than end its first word: what it does, when, or which one ("đảng Xanh nói ...",
 * "Công ty Sao ngày 5/3", "đảng Xanh này"). A one-word relation cue is added below.
 */
const NOT_WORD_TAILS = new Set([
  ...SPEECH_VERBS.map((verb) => verb.split(" ")[0]!),
  ...["ký", "gặp", "thăm", "kêu", "lên", "phản", "bác", "yêu", "đề", "ra", "vào", "đến", "tới", "sang", "về"],
  ...["hôm", "ngày", "tuần", "tháng", "năm", "sáng", "chiều", "tối", "trưa", "đêm", "này", "đó", "ấy", "nay", "mới"],
  ...["không", "chưa", "còn", "được", "bị", "có", "đều", "nên", "phải", "mà", "thì", "rằng", "hay", "hoặc", "nhưng"],
]);

/** One-word relation cues ("Tập đoàn Sao mua ..."), each with the syllables that make it a word's end ("Hiệp ký"). */
const ONE_WORD_CUES = new Map(CUES.filter((c) => c.words.length === 1).map((c) => [c.words[0]!, new Set(c.notBefore ?? [])]));

/**
 * "đảng Cộng hòa", "Cơ quan Quản lý ...": a syllable that ends the word a lone capitalized syllable of a name opens;
 * not a linking word, a verb of speech, a time word or a one-word relation cue (as a word's end, "Bầu cử", it is one).
 */
const wordTail = (head: string, tail: string) =>
  isVietnameseSyllable(head) &&
  isVietnameseSyllable(tail) &&
  !LINKING_WORDS.has(tail) &&
  !NOT_WORD_TAILS.has(tail) &&
  (!ONE_WORD_CUES.has(tail) || ONE_WORD_CUES.get(tail)!.has(head)) &&
  !(SENDING_VERBS.has(tail) && !NOT_SENDING_AFTER.has(head));

/** Words of a punitive measure whose target follows: "trừng phạt X", "lệnh cấm vận đối với X", "nhắm vào X". */
const MEASURE_TARGET_AFTER = ["đối với", "trừng phạt", "cấm vận", "nhắm vào", "nhằm vào"];

export const VI_MENTIONS: MentionWords = {
  // "áp đặt lệnh trừng phạt đối với Korvanex": a foreign-looking name no lexicon knows, targeted by a measure.
  targetAfter: { phrases: new PhraseSet(MEASURE_TARGET_AFTER), looksLikeName: looksForeign },
  honorifics: HONORIFICS,
  // "Dato' X", "Datuk Seri Y": Malaysian styles before a full name, no part of it (nor a name when alone); so is the
  // Arab "Sheikh X" ("ông X" later names him), unless the lexicon knows the name with it ("Sheikh Hasina").
  ranks: new Set(["dato", "datuk", "seri", "sheikh"]),
  rankedNameLooks: (surface) => looksLikeVietnameseName(surface) || looksForeign(surface),
  honorificIsPronoun: true,
  // "A tiếp B nhân dịp ông sang thăm X": the occasion is B's, so "ông" after it is B, not the subject A.
  occasionOpeners: new PhraseSet(["nhân dịp", "nhân chuyến"]),
  // "C cho biết ông sẽ ...": he is C, who says it ("rằng" may follow another's name: "nói với D rằng ông").
  speechVerbs: new PhraseSet(SPEECH_VERBS),
  indefinite: new Set(),
  // "đội tuyển Việt Nam", "tuyển Nhật Bản", "đội bóng Brazil": a team.
  teamWords: new Set(["tuyển", "bóng"]),
  // "tàu Hải Dương 8", "giàn khoan X 981": a ship's or a rig's noun ("khoan" of "giàn khoan") before its name.
  craft: {
    nouns: new Set(["tàu", "thuyền", "xuồng", "khoan"]),
    modifiers: new PhraseSet(["khảo sát", "cá", "hàng", "chở hàng", "hải cảnh", "hải giám", "cảnh sát biển", "tuần tra", "nghiên cứu"]),
  },
  articles: new Set(),
  // "Ramos cho biết", "Sergio Ramos, Ngoại trưởng Chile,": foreign-looking names that open a clause.
  bareSurnames: (surface, before) => looksForeign(surface) && (before === undefined || BARE_NAME_AFTER.has(before)),
  pronouns: new Set(),
  possessivePronouns: new Set(),
  determiners: new Set(),
  // A king or queen regnant is the one of the story: "nhà vua sẽ tới X" is the king named before. Not "vua" alone
  // ("vua dầu mỏ"), nor after the copula or a verb of becoming ("là nhà vua", "trở thành nữ hoàng", "làm quốc vương").
  soleHolderOffices: {
    cues: new Set(["nhà vua", "quốc vương", "nữ hoàng", "nhật hoàng"]),
    notAfter: new Set(["là", "thành", "làm", "một", "các", "những", "cựu", "cố"]),
  },
  affiliationFirst: false,
  // "Đại sứ Italy tại Việt Nam X", "Đại sứ X của Italy tại Việt Nam": where an envoy is posted is not whose envoy.
  postedTo: { words: new Set(["tại"]), roles: new Set(POSTED_ROLES) },
  // "Đại sứ X của Italy": the country of a titled name after it.
  affiliationAfter: "của",
  // "Đoàn công tác của X đã tới Y", opening the sentence: a delegation or envoys act for whom they are of.
  actingFor: new PhraseSet(["đoàn", "phái đoàn", "đoàn công tác", "đoàn đại biểu", "đại diện", "các đại diện"]),
  possessiveClitics: new Set(),
  groups: GROUP_CUES,
  locationCues: LOCATION_CUES,
  placeKindCues: new Set(PLACE_KIND_HEADS),
  unitKinds: new Set(["tỉnh", "thành phố", "tp", "quận", "huyện", "thị xã", "thị trấn", "xã", "phường", "thôn", "ấp", "làng"]),
  partCompass: new Set(["đông", "tây", "nam", "bắc"]), // "bang Tây Nam X"
  kindFirstAppositions: VI_KIND_FIRST,
  placeWithin: new Set(["thuộc"]),
  organizationCues: ORGANIZATION_CUES,
  bodyNameWords: BODY_NAME_WORDS,
  wordTail,
  countryNamedBodies: new Set(["đảng", "cảnh sát"]), // "Cảnh sát Quốc gia X" is a police force, not X
  bodyKindHeads: new Set(["công ty", "tổng công ty", "tập đoàn", "ngân hàng", "hãng", ...FIRM_KINDS]),
  // "công ty dầu khí quốc doanh X", "tập đoàn vận tải biển nhà nước X": what the body trades in, or who owns it.
  companyForms: new PhraseSet(["cổ phần", "cp", "tnhh", "trách nhiệm hữu hạn", "tnhh một thành viên", "tnhh mtv"]),
  bodyTrades: new PhraseSet([
    ...["dầu khí", "dầu mỏ", "khí đốt", "năng lượng", "điện lực", "khai khoáng", "hóa chất", "thép"],
    ...["vận tải", "vận tải biển", "hàng hải", "hàng không", "đóng tàu", "vũ khí", "quốc phòng", "viễn thông", "công nghệ"],
    ...["quốc doanh", "nhà nước", "quốc gia", "tư nhân", "đa quốc gia"],
    // "công ty con X", "công ty mẹ Y": a subsidiary, a parent company.
    ...["con", "mẹ"],
  ]),
  bodyMembers: new PhraseSet(["các quốc gia", "các nước", "các dân tộc", "các đảng"]),
  personCues: PERSON_CUES,
  // "thượng nghị sĩ độc lập Y", "con gái cả Z", "con trai út W": a modifier of the person's noun. Not "đối lập": an
  // opposition leader ("thủ lĩnh đối lập X") holds no office of the country.
  personModifiers: new PhraseSet(["độc lập", "cả", "út"]),
  spouseCues: new Set(SPOUSE_CUES),
  rankCues: new Set(RANK_CUES),
  // "thị trấn biên giới X", "thành phố ven biển Y", "tỉnh miền núi Z", "cố đô W": what kind of town, province or island.
  placeModifiers: new PhraseSet([
    ...["biên giới", "ven biển", "ven sông", "miền núi", "vùng cao", "cổ", "lịch sử", "du lịch", "nghỉ mát", "công nghiệp"],
    ...["phía bắc", "phía nam", "phía đông", "phía tây", "miền bắc", "miền nam", "miền trung", "cực bắc", "cực nam"],
    ...["đông bắc", "tây bắc", "đông nam", "tây nam", "xa xôi", "hẻo lánh", "chiến lược", "nhỏ", "lớn"],
  ]),
  singleNameCues: new Set(["hoàng hậu", "công chúa", "công nương", "hoàng thân"]),
  kinAppositions: new PhraseSet(KIN_APPOSITIONS),
  kinOwnerNouns: new Set(["người", "vị", "nhà"]),
  sending: { verbs: SENDING_VERBS, notAfter: NOT_SENDING_AFTER },
  anaphora: ANAPHORA,
  familyNames: FAMILY_NAMES,
  pluralMarkers: new Set(["các", "hai", "ba", "những"]),
  // "năm" (five) is as often a year: left out.
  numberWords: new Set(["hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "vài", "mấy"]),
  looksLikeName: looksLikeVietnameseName,
  // "Hồ" (lake) is a family name too: a bare "Hồ Hoàn Kiếm" is a lake, "ông Hồ Quang Minh" a man.
  landmarkHeads: new Set(["hồ"]),
  thisCountry: new PhraseSet(["nước này", "quốc gia này", "nước mình"]),
  // "Phía bạn đánh giá cao ...": Vietnamese news calls the foreign partner "bạn" (friend).
  partnerSide: { phrases: new PhraseSet(["phía bạn", "nước bạn"]), notBefore: new Set(["bè"]) },
  titleModifiers: TITLE_MODIFIERS,
  tenseWords: new Set(["đã", "sẽ", "đang", "vừa", "sắp"]),
  officeJoiners: new Set(["kiêm"]),
  formerMarkers: FORMER_MARKERS,
  heldThen: ["khi", "đó"],
  nameParticles: NAME_PARTICLES,
  // "Carlos Agostinho do Rosário"; "vũ khí do Đức cung cấp" stays a verb's agent: Vietnamese words, or a known name, after it.
  foreignNameParticles: { particles: new Set(["do"]), foreign: (word) => !isVietnameseSyllable(word) },
  commonCompounds: COMMON_COMPOUNDS,
  compoundBefore: COMPOUND_BEFORE,
  linkingWords: LINKING_WORDS,
  side: "phía",
  delegation: new Set(["đoàn", "phái đoàn"]),
  copula: "là",
  leadingWords: new Set([VI_CLAUSES.according, ...VI_CLAUSES.leadingPhrase]),
  officeRemit: new PhraseSet(["phụ trách", "chuyên trách", "đặc trách", "về"]),
  hostCountry: new PhraseSet(["nước chủ nhà", "nước sở tại", "quốc gia chủ nhà"]),
  officeVerbs: new PhraseSet([...OFFICE_VERBS, ...OFFICE_VERBS.flatMap((verb) => RELATIVE_LEADS.map((lead) => `${lead} ${verb}`))]),
  clauseOfficeVerbs: new PhraseSet(BECOMING),
  formerOfficeVerbs: new PhraseSet(["từng là", "từng giữ chức", "từng giữ cương vị", "nguyên là", "trước đây là", "khi ấy là"]),
  appositionAge: { units: new Set(["tuổi"]), born: new PhraseSet(["sn", "sinh năm"]) },
  ministry: "bộ",
  ministryBodies: {
    heads: new Set(["bộ trưởng"]),
    // The Politburo, a command, the general staff: "bộ" bodies that are no ministry.
    notFields: new Set(["chính trị", "tư lệnh", "tổng tham mưu", "chỉ huy"]),
  },
  titleFields: VI_TITLE_FIELDS,
  localBodies: VI_LOCAL_BODIES,
  seatMarkers: new Set(["ở", "tại"]),
  placedCapital: { at: new Set(["ở", "tại"]), kinds: new PhraseSet(["thủ đô"]) },
  possessive: "của",
  and: "và",
};
