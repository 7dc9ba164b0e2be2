// Fields of ministries and bodies of local government, as they stand inside a Vietnamese office title. Lower case.
import { PhraseSet } from "../../relate/phrase-set.ts";

/** What a minister is minister of: "Bộ trưởng (Bộ) Tài nguyên và Môi trường X". */
const MINISTRY_FIELDS = [
  "giáo dục và đào tạo",
  "giáo dục",
  "kế hoạch và đầu tư",
  "tài nguyên và môi trường",
  "nông nghiệp và phát triển nông thôn",
  "nông nghiệp và môi trường",
  "nông nghiệp",
  "lao động - thương binh và xã hội",
  "lao động thương binh và xã hội",
  "lao động",
  "văn hóa , thể thao và du lịch",
  "văn hóa thể thao và du lịch",
  "văn hóa",
  "thông tin và truyền thông",
  "khoa học và công nghệ",
  "khoa học",
  "giao thông vận tải",
  "xây dựng",
  "dân tộc và tôn giáo",
  "y tế",
  "tài chính",
  "công thương",
  "tư pháp",
  "nội vụ",
  "công an",
  "kinh tế",
  "thương mại",
  "năng lượng",
  "môi trường",
  "du lịch",
  "công nghiệp",
  "an ninh nội địa",
  "ngân khố",
  "nội các",
  "quân đội",
  "các lực lượng vũ trang",
  "lực lượng vũ trang",
  "ngoại thương",
  "đầu tư",
  "giao thông",
  "vận tải",
  "thông tin",
  "truyền thông",
  "thanh niên và thể thao",
  "thể thao",
  "nhà ở",
  "việc làm",
  "phúc lợi xã hội",
  // The ministries' names as the press abbreviates them: "Thứ trưởng Bộ NN&PTNT X", "Bộ LĐ-TB&XH".
  ...["nn & ptnt", "nn-ptnt", "nn & mt", "nn-mt", "kh & đt", "kh-đt", "gd & đt", "gd-đt", "tn & mt", "tn-mt"],
  ...["lđ-tb & xh", "lđtb & xh", "lđ-tbxh", "vh-tt & dl", "vhtt & dl", "vh , tt & dl", "tt & tt", "tt-tt"],
  ...["kh & cn", "kh-cn", "gtvt", "dt & tg", "dt-tg"],
];

/** Branches of armed forces: "Tham mưu trưởng Hải quân X Y", "Tư lệnh Không quân X Y". */
export const MILITARY_BRANCHES = [
  "hải quân",
  "lục quân",
  "không quân",
  "quân chủng hải quân",
  "quân chủng phòng không - không quân",
  "phòng không - không quân",
  "thủy quân lục chiến",
  "cảnh sát biển",
  "bộ đội biên phòng",
  "biên phòng",
  "lực lượng phòng vệ",
  "lực lượng phòng vệ biển",
  "lực lượng phòng vệ trên không",
  "lực lượng phòng vệ mặt đất",
];

/** Bodies of provinces and cities: "Chủ tịch UBND tỉnh X", "Bí thư Thành ủy Hà Nội". */
const LOCAL_BODIES = [
  "ủy ban nhân dân",
  "ubnd",
  "hội đồng nhân dân",
  "hđnd",
  "thành ủy",
  "tỉnh ủy",
  "ủy ban mặt trận tổ quốc",
  "ủy ban mttq",
  "mặt trận tổ quốc",
  "tòa án nhân dân",
  "viện kiểm sát nhân dân",
];

/** Local bodies named after their province or city, as the lexicon names them: "UBND tỉnh Y" is "Y People's Committee". */
export const VI_LOCAL_BODIES: ReadonlyMap<string, string> = new Map([
  ["ủy ban nhân dân", "People's Committee"],
  ["ubnd", "People's Committee"],
]);

/**
 * A company's board, between an office and the company: "Chủ tịch HĐQT Tập đoàn X Y", "Chủ tịch Hội đồng quản trị X"
 * ("quản trị" alone after the office "Chủ tịch Hội đồng").
 */
const COMPANY_BOARDS = ["hội đồng quản trị", "hđqt", "hội đồng thành viên", "hđtv", "quản trị"];

/** Words of a state's style inside a title: "Thủ tướng Chính phủ Hoàng gia Campuchia X". */
const STATE_STYLES = ["hoàng gia"];

export const VI_TITLE_FIELDS = new PhraseSet([
  ...MINISTRY_FIELDS,
  ...MILITARY_BRANCHES,
  ...LOCAL_BODIES,
  ...COMPANY_BOARDS,
  ...STATE_STYLES,
]);
