// Vietnamese relation cues and the words their arguments take.
import { PhraseSet } from "../../relate/phrase-set.ts";
import { cue } from "../cue.ts";
import type { Cue, RelationWords } from "../language-pack.ts";
import { MILITARY_BRANCHES } from "./title-fields.ts";

const WITH = ["với"];

/** What an invitation asks its guest to do when it says: come, visit, attend, join ("mời X gia nhập khối", "trở thành thành viên"). */
const INVITED_TO = new PhraseSet([
  "trở thành",
  "gia nhập",
  "thăm",
  "sang",
  "đến",
  "tới",
  "về",
  "ghé",
  "dự",
  "tham dự",
  "tham gia",
  "trở lại",
  "quay lại",
  "làm khách",
]);

/** Lists that punish whom they name: blacklists, sanctions lists, lists of terrorist groups or of states that sponsor them. */
const PUNITIVE_LISTS = [
  "đen",
  "trừng phạt",
  "cấm vận",
  "thực thể",
  "khủng bố",
  "tổ chức khủng bố",
  "các tổ chức khủng bố",
  "bảo trợ khủng bố",
  "nước bảo trợ khủng bố",
  "các nước bảo trợ khủng bố",
  "quốc gia bảo trợ khủng bố",
  "các quốc gia bảo trợ khủng bố",
];

/** What puts its object on a punitive list, or back on it: "đưa X vào danh sách đen", "đưa X trở lại danh sách ...". */
const BLACKLISTED = new PhraseSet(["vào", "trở lại"].flatMap((onto) => PUNITIVE_LISTS.map((list) => `${onto} danh sách ${list}`)));

/**
 * Labels that judge whom they name: 'gọi X là "kẻ độc tài"', "mô tả X là mối đe dọa", "coi X là kẻ thù". Plainly
 * negative words only: calling someone a partner, a neighbour or a leader judges no one.
 */
const PEJORATIVE = new PhraseSet([
  ...["kẻ độc tài", "nhà độc tài", "bạo chúa", "kẻ khủng bố", "nhà nước khủng bố", "quốc gia bất hảo", "kẻ nói dối", "tội phạm"],
  ...["kẻ thù", "kẻ xâm lược", "kẻ phản bội", "bù nhìn", "côn đồ", "kẻ cướp", "mối đe dọa", "mối nguy", "nỗi ô nhục"],
  ...["liều lĩnh", "vô trách nhiệm", "khiêu khích", "thù địch", "hiếu chiến", "nguy hiểm", "thô bạo", "trắng trợn", "dã man"],
  ...["phi lý", "vô lý", "phi pháp", "bất hợp pháp", "trái phép", "không thể chấp nhận", "đáng xấu hổ", "đáng lên án", "ăn cướp"],
  ...["vi phạm", "sai lầm", "phản bội", "tống tiền", "can thiệp", "xâm lược", "trò hề", "lừa bịp", "đạo đức giả"],
  // A stab in the back: "một nhát dao đâm sau lưng".
  "đâm sau lưng",
]);
/** Labels that praise whom they name: 'gọi X là "đối tác tin cậy"', "coi X là tấm gương". Insults are read first. */
const LAUDATORY = new PhraseSet([
  ...["tin cậy", "đáng tin cậy", "thân thiết", "trung thành", "tấm gương", "hình mẫu", "mẫu mực", "anh hùng", "xuất sắc"],
  ...["vĩ đại", "kiệt xuất", "sáng suốt", "dũng cảm", "câu chuyện thành công", "chỗ dựa"],
]);
/** The verbs that lay a label on whom they name next, before "là": "gọi X là", "mô tả X là", "coi X là". */
const LABELLING = ["gọi", "mô tả", "coi", "xem", "ví"];

/** Suspending a member's standing: "đình chỉ tư cách thành viên (của X)", "tạm treo quy chế thành viên". */
const MEMBERSHIP_SUSPENDED = ["đình chỉ", "treo"].flatMap((suspend) =>
  ["tư cách thành viên", "quy chế thành viên", "tư cách hội viên"].map((standing) => `${suspend} ${standing}`),
);

/** Where an event is held: "tại X", "ở X". */
const SETTING = ["tại", "ở"];

/** Words after "dự" that make another word than "attend": "dự kiến" (expected), "dự án" (project), "dự báo" (forecast). */
const NOT_ATTENDING = ["kiến", "án", "thảo", "báo", "luật", "định", "trữ", "toán", "đoán", "phòng", "bị", "tính", "khuyết", "thầu", "chi"];

/** Words right before a treaty that is not signed yet: "đàm phán (về)", "dự thảo", "đề xuất", "thương lượng". */
const TREATY_UNSIGNED = ["phán", "về", "thảo", "xuất", "lượng", "kiến"];

/** Watching or presiding over a signing ceremony: "chứng kiến lễ ký", "chủ trì lễ ký kết các văn kiện". */
const SIGNING_WITNESSED = ["chứng kiến", "chủ trì"].flatMap((watch) =>
  ["lễ ký", "lễ ký kết", "việc ký", "việc ký kết", "lễ trao đổi văn kiện", "lễ trao đổi các văn kiện", "lễ trao văn kiện"].map(
    (ceremony) => `${watch} ${ceremony}`,
  ),
);

/** Verbs of sending: a motion word right after them is where goods go, not a visit. */
const SENDING = ["gửi", "chuyển", "tặng", "cấp"];

/** Trade's last syllables right before "sang", "tới", "đến": goods go there, no one visits ("xuất khẩu sang X", "bán sang Y"). */
const TRADING = ["xuất", "khẩu", "siêu", "bán"];

/** Words right before "vào" / "ra" that make it a trip: tense and plan words, and going by air or on foot ("bay vào"). */
const INTO_TRAVEL = ["sẽ", "đã", "vừa", "mới", "sắp", "bay", "đi", "và"];

/** Words right before a verb of supplying that stop, cut, ban or restrict it ("ngừng", "cắt", "cấm", "hạn chế"). */
const HALTED = ["ngừng", "ngưng", "dừng", "cắt", "cấm", "chế"];

/**
 * Words right before a verb of supplying that make it no act: a supply halted (HALTED), or one who does it for a living
 * or by role ("người bán gạo": a rice seller, "người gửi": a sender), an agent noun that tells no supply.
 */
const NOT_SUPPLYING = [...HALTED, "người"];

/** Groups of people one sends on a mission, with no name of their own: "đoàn", "phái đoàn", "chuyên gia". */
const DISPATCHED_GROUPS = ["đoàn", "phái đoàn", "đoàn công tác", "đoàn chuyên gia", "chuyên gia", "quan chức", "đại diện"];

/** How far the motion word may follow the group sent: past what the group is ("đoàn chuyên gia nông nghiệp sang X"). */
const DISPATCH_REACH = 6;

/** Nouns of meeting that take "cuộc" or "buổi" before them. */
// A working session is one too: "cuộc làm việc (trực tiếp) với X", "buổi làm việc với X".
const MEETING_NOUNS = ["gặp gỡ", "gặp", "thảo luận", "tiếp xúc", "làm việc"];

/** How far an arrival's place may be: past its kind ("đặt chân tới thành phố cảng X", "có mặt tại thủ đô X"). */
const ARRIVAL_REACH = 5;

export const CUES: Cue[] = [
  // MET
  // Talks named bare after a leading word are a noun, as with "cuộc": "Sau hội đàm, A và B ...".
  cue("hội đàm", "MET", "noun", 8, { via: WITH, cameo: "046", onlyAfter: ["sau", "trong"] }),
  cue("hội đàm", "MET", "verb", 6, { cameo: "046" }),
  cue("hội kiến", "MET", "verb", 6, { cameo: "043" }),
  cue("gặp gỡ", "MET", "verb", 6),
  cue("gặp mặt", "MET", "verb", 6),
  cue("gặp", "MET", "verb", 6, { notBefore: ["phải", "khó", "nạn", "sự", "trở"] }),
  cue("tiếp đón", "MET", "verb", 4, { cameo: "043", inPerson: true }),
  cue("tiếp kiến", "MET", "verb", 4, { cameo: "043", inPerson: true }),
  // An audience with a monarch or a head of state: "yết kiến Quốc vương X", "bệ kiến Nhà vua".
  cue("yết kiến", "MET", "verb", 6, { cameo: "043" }),
  cue("bệ kiến", "MET", "verb", 6, { cameo: "043" }),
  cue("tiếp", "MET", "verb", 3, {
    cameo: "043",
    inPerson: true,
    adjacent: true,
    notBefore: ["tục", "theo", "cận", "xúc", "nhận", "tế", "thị", "sức", "diễn", "tuyến", "quản", "viện", "nối", "giáp"],
    notAfter: ["trực", "liên", "kế", "gián", "tiếp"],
  }),
  cue("đón tiếp", "MET", "verb", 4, { cameo: "043", inPerson: true }),
  cue("chào đón", "MET", "verb", 4, { cameo: "043", inPerson: true }),
  cue("đón", "MET", "verb", 4, { cameo: "043", inPerson: true, notBefore: ["nhận", "đầu", "chào"] }),
  cue("chào xã giao", "MET", "verb", 4, { cameo: "043" }),
  cue("thảo luận", "MET", "verb", 6, { via: WITH }),
  // Talks with someone: "A trao đổi với B"; what is exchanged ("A và B trao đổi tù binh") has no "với".
  cue("trao đổi với", "MET", "verb", 6),
  cue("cuộc trao đổi", "MET", "noun", 8, { via: WITH }),
  cue("đàm phán", "MET", "verb", 6, { via: WITH, cameo: "046" }),
  cue("họp", "MET", "verb", 6, { via: WITH }),
  // A meeting named by its event noun, "cuộc" (an event) or "buổi" (a session): "cuộc gặp với X", "buổi tiếp X".
  ...MEETING_NOUNS.flatMap((noun) => [
    cue(`cuộc ${noun}`, "MET", "noun", 8, { via: WITH }),
    cue(`buổi ${noun}`, "MET", "noun", 8, { via: WITH }),
  ]),
  cue("cuộc hội đàm", "MET", "noun", 8, { via: WITH, cameo: "046" }),
  cue("buổi hội đàm", "MET", "noun", 8, { via: WITH, cameo: "046" }),
  cue("cuộc hội kiến", "MET", "noun", 8, { via: WITH, cameo: "043" }),
  cue("buổi hội kiến", "MET", "noun", 8, { via: WITH, cameo: "043" }),
  cue("cuộc tiếp", "MET", "noun", 6, { via: WITH, cameo: "043" }),
  cue("buổi tiếp", "MET", "noun", 6, { via: WITH, cameo: "043" }),
  cue("cuộc đàm phán", "MET", "noun", 8, { via: WITH, cameo: "046" }),
  cue("cuộc họp", "MET", "noun", 12, { via: WITH }),
  // A working session with someone is a meeting: "A làm việc với B", "buổi làm việc với B".
  cue("làm việc với", "MET", "verb", 6),
  cue("hội nghị thượng đỉnh", "MET", "noun", 8, { via: ["giữa"] }),
  // A welcoming ceremony is held in person: "A chủ trì lễ đón chính thức B", whoever B's visit goes on to name.
  cue("lễ đón", "MET", "noun", 8, { via: WITH, cameo: "043", inPerson: true }),
  cue("lễ đón chính thức", "MET", "noun", 8, { via: WITH, cameo: "043", inPerson: true }),
  cue("lễ đón cấp nhà nước", "MET", "noun", 8, { via: WITH, cameo: "043", inPerson: true }),
  // VISITED
  cue("đến thăm", "VISITED", "verb", 5),
  cue("tới thăm", "VISITED", "verb", 5),
  cue("sang thăm", "VISITED", "verb", 5),
  cue("ghé thăm", "VISITED", "verb", 5),
  cue("thăm", "VISITED", "verb", 5, { notBefore: ["dò", "hỏi", "khám", "nom", "quan"] }),
  cue("công du", "VISITED", "verb", 4),
  // Arrivals by air or sea: "hạ cánh xuống/tại X", "cập cảng X"; the traveller may be a vehicle's passenger ("chuyên cơ chở X hạ cánh").
  cue("hạ cánh", "VISITED", "verb", 8, { closeSubject: true, via: ["xuống", "tại", "ở"] }),
  // "đáp xuống X" is a landing too; "đáp" alone answers ("đáp lại", "đáp trả").
  cue("đáp", "VISITED", "verb", 8, { closeSubject: true, via: ["xuống"] }),
  cue("cập cảng", "VISITED", "verb", 2, { closeSubject: true }),
  cue("đặt chân đến", "VISITED", "verb", ARRIVAL_REACH, { closeSubject: true }),
  cue("đặt chân tới", "VISITED", "verb", ARRIVAL_REACH, { closeSubject: true }),
  // Setting foot on a country's soil or an island: "đặt chân lên lãnh thổ X", "đặt chân lên đảo X".
  cue("đặt chân lên", "VISITED", "verb", ARRIVAL_REACH, { closeSubject: true }),
  cue("có mặt tại", "VISITED", "verb", ARRIVAL_REACH, { closeSubject: true }),
  cue("có mặt ở", "VISITED", "verb", ARRIVAL_REACH, { closeSubject: true }),
  // A stop on the way is an arrival: "đã dừng chân tại X trên đường tới Y"; a tour's leg ("chặng dừng chân") is its noun.
  ...["dừng chân tại", "dừng chân ở"].map((w) =>
    cue(w, "VISITED", "verb", ARRIVAL_REACH, { closeSubject: true, notAfter: ["chặng", "điểm"] }),
  ),
  // Not where something is sent: "gửi tới X 20 xe tăng" is a supply.
  cue("đến", "VISITED", "verb", 1, { adjacent: true, closeSubject: true, notAfter: [...SENDING, ...TRADING] }),
  cue("tới", "VISITED", "verb", 1, { adjacent: true, closeSubject: true, notAfter: [...SENDING, ...TRADING] }),
  cue("sang", "VISITED", "verb", 1, { adjacent: true, closeSubject: true, notAfter: [...SENDING, ...TRADING] }),
  // Going in or out along the country ("vào" south, "ra" north), said of a traveller: "sẽ vào TP X làm việc", "đã ra Y
  // dự lễ". Only after a word of tense or of travel: "đầu tư vào X", "nhằm vào X", "đưa ra", "diễn ra" are no trips.
  ...["vào", "ra"].map((w) => cue(w, "VISITED", "verb", 1, { adjacent: true, closeSubject: true, onlyAfter: INTO_TRAVEL })),
  // Coming back is coming: "sẽ trở lại X", "quay lại X".
  cue("trở lại", "VISITED", "verb", 1, { adjacent: true, closeSubject: true }),
  cue("quay lại", "VISITED", "verb", 1, { adjacent: true, closeSubject: true }),
  cue("quay trở lại", "VISITED", "verb", 1, { adjacent: true, closeSubject: true }),
  // Inspecting a place is being there: "thị sát thành phố X".
  cue("thị sát", "VISITED", "verb", 5),
  // Being somewhere while something else is told: "Khi ở X, A ...", "trong thời gian ở X"; "ở" alone only places.
  cue("ở", "VISITED", "verb", 1, { adjacent: true, closeSubject: true, onlyAfter: ["khi", "gian"] }),
  // Visits to sites: "viếng Lăng X", "đặt vòng hoa tại Đài tưởng niệm Y".
  cue("vào viếng", "VISITED", "verb", 5),
  cue("viếng", "VISITED", "verb", 5, { notAfter: ["thăm"] }),
  cue("đặt vòng hoa tại", "VISITED", "verb", 5),
  cue("đặt vòng hoa tưởng niệm tại", "VISITED", "verb", 5),
  cue("dâng hoa tại", "VISITED", "verb", 5),
  // Welcomed somewhere, with no host named: "A được đón tại sân bay ở X" is A's arrival in X.
  cue("được đón", "VISITED", "verb", 8, { via: SETTING, closeSubject: true, notBefore: ["nhận"] }),
  cue("được chào đón", "VISITED", "verb", 8, { via: SETTING, closeSubject: true }),
  cue("được đón tiếp", "VISITED", "verb", 8, { via: SETTING, closeSubject: true }),
  // Attending an event somewhere is being there: "dự hội nghị thượng đỉnh tại X", "tham dự lễ nhậm chức ở Y".
  cue("tham dự", "VISITED", "verb", 12, { via: SETTING }),
  cue("dự", "VISITED", "verb", 12, { via: SETTING, notAfter: ["tham", "can"], notBefore: NOT_ATTENDING }),
  // Leading a delegation somewhere is going there: "dẫn đầu phái đoàn cấp cao tới X"; not topping a list.
  ...["dẫn đầu đoàn", "dẫn đầu phái đoàn"].map((w) => cue(w, "VISITED", "verb", 10, { via: ["tới", "sang", "đến"] })),
  // A country or body sending an unnamed delegation somewhere goes there by it: "A sẽ cử (một) phái đoàn / đoàn
  // chuyên gia sang X"; a person who sends one stays home. One sent by name goes instead ("cử Bộ trưởng B tới X": the
  // bare motion verb after B); troops, rescue teams and goods sent are no visit ("gửi đội cứu hộ tới X").
  ...DISPATCHED_GROUPS.flatMap((group) =>
    ["", "một ", "các "].map((count) =>
      cue(`cử ${count}${group}`, "VISITED", "verb", DISPATCH_REACH, { via: ["tới", "sang", "đến"], byDelegation: true }),
    ),
  ),
  cue("chuyến thăm", "VISITED", "noun", 10),
  cue("chuyến viếng thăm", "VISITED", "noun", 10),
  cue("chuyến công du", "VISITED", "noun", 10),
  cue("chuyến công tác", "VISITED", "noun", 10),
  cue("chuyến làm việc", "VISITED", "noun", 10),
  // A leg of a tour is a visit to where it stops: "chặng dừng chân tại X", "điểm dừng chân ở X".
  cue("chặng dừng chân", "VISITED", "noun", 12, { via: ["tại", "ở"] }),
  cue("điểm dừng chân", "VISITED", "noun", 12, { via: ["tại", "ở"] }),
  // INVITED: an invitation to come or to attend; "mời X phát biểu" (to speak), "mời X dùng trà" are protocol.
  cue("mời", "INVITED", "verb", 3, { notAfter: ["lời"], onlyThen: INVITED_TO }),
  // An invitation sent, extended or passed on to its guest: "gửi lời mời X sang thăm", "ngỏ lời mời X", "chuyển lời
  // mời X tới thăm" (not "chuyển lời mời của Y": Y's invitation, read by invitationOf).
  cue("gửi lời mời", "INVITED", "verb", 3, { onlyThen: INVITED_TO }),
  cue("ngỏ lời mời", "INVITED", "verb", 3, { onlyThen: INVITED_TO }),
  cue("chuyển lời mời", "INVITED", "verb", 3, { onlyThen: INVITED_TO, notBefore: ["của"] }),
  // THANKED
  cue("cảm ơn", "THANKED", "verb", 10),
  cue("cám ơn", "THANKED", "verb", 10),
  cue("tri ân", "THANKED", "verb", 10),
  cue("biết ơn", "THANKED", "verb", 10),
  cue("cảm tạ", "THANKED", "verb", 10),
  // SUPPORTED
  cue("ủng hộ", "SUPPORTED", "verb", 10),
  cue("sát cánh", "SUPPORTED", "verb", 10),
  cue("đoàn kết với", "SUPPORTED", "verb", 6),
  cue("đứng về phía", "SUPPORTED", "verb", 4),
  cue("hậu thuẫn", "SUPPORTED", "verb", 10),
  cue("hỗ trợ", "SUPPORTED", "verb", 6),
  // Recognizing someone as a state or a leader backs them: "công nhận X là quốc gia độc lập"; not "công nhận rằng ...".
  cue("công nhận", "SUPPORTED", "verb", 6, { onlyThen: new PhraseSet(["là"]) }),
  // PRAISED
  // Praise reaches past what is praised to whose it is: "đánh giá cao những đóng góp to lớn của X".
  cue("ca ngợi", "PRAISED", "verb", 10),
  cue("khen ngợi", "PRAISED", "verb", 10),
  cue("đánh giá cao", "PRAISED", "verb", 10),
  cue("tán dương", "PRAISED", "verb", 10),
  cue("biểu dương", "PRAISED", "verb", 10),
  cue("hoan nghênh", "PRAISED", "verb", 10),
  // Congratulating someone on an achievement praises them: "chúc mừng X tái đắc cử".
  // Season's greetings are not praise: "chúc mừng năm mới", "chúc mừng Tết", "chúc mừng sinh nhật". Nor is a message
  // of congratulation sent or thanked for ("gửi điện/thư/lẵng hoa chúc mừng X", "cảm ơn lời chúc mừng"): protocol.
  cue("chúc mừng", "PRAISED", "verb", 10, {
    notBefore: ["năm", "tết", "ngày", "giáng", "lễ", "sinh", "quốc"],
    unstatedAfter: ["lời", "điện", "thư", "hoa", "thiệp"],
  }),
  // CRITICIZED
  cue("chỉ trích", "CRITICIZED", "verb", 8),
  cue("lên án", "CRITICIZED", "verb", 8),
  cue("phản đối", "CRITICIZED", "verb", 8),
  cue("phê phán", "CRITICIZED", "verb", 8),
  cue("quan ngại", "CRITICIZED", "verb", 10),
  cue("lo ngại", "CRITICIZED", "verb", 10),
  // Warning against what someone does criticizes them: "cảnh báo việc X mở rộng ...". A warning that something may
  // happen ("cảnh báo rằng ...", "cảnh báo X có thể ...") judges no one.
  cue("cảnh báo việc", "CRITICIZED", "verb", 8),
  // Rebutting what someone said or charged criticizes them: "phản bác tuyên bố của X", "bác bỏ cáo buộc của X".
  cue("phản bác", "CRITICIZED", "verb", 10),
  // The charge itself stays a cue of its own: "bác bỏ cáo buộc của A rằng B ..." still says A accused B.
  cue("bác bỏ", "CRITICIZED", "verb", 4, { via: ["của"] }),
  // 'gọi X là "kẻ độc tài"', "coi X là mối đe dọa": a negative label laid on whom they name next; a laudatory one
  // praises them ('gọi X là "đối tác tin cậy"'); any other ("gọi X là đối tác", "coi X là láng giềng") judges no one.
  ...LABELLING.map((words) =>
    cue(words, "CRITICIZED", "verb", 2, {
      adjacent: true,
      followedBy: ["là"],
      notAfter: ["kêu", "lời", "tiếng", "cái"],
      onlyThen: PEJORATIVE,
      otherwise: { type: "PRAISED", onlyThen: LAUDATORY },
    }),
  ),
  // ACCUSED (their complement is alleged)
  cue("cáo buộc", "ACCUSED", "verb", 6),
  cue("tố cáo", "ACCUSED", "verb", 6),
  cue("buộc tội", "ACCUSED", "verb", 6),
  cue("tố giác", "ACCUSED", "verb", 6),
  // "tố X ...", the short form of "tố cáo"; not "yếu tố" (factor), "khởi tố" (prosecute), "tố tụng" (lawsuit).
  cue("tố", "ACCUSED", "verb", 6, {
    notAfter: ["yếu", "nhân", "nguyên", "khởi", "truy", "tranh", "cáo"],
    notBefore: ["tụng", "chất", "cáo", "giác", "hữu", "cơ"],
  }),
  cue("đổ lỗi cho", "ACCUSED", "verb", 3),
  cue("quy trách nhiệm cho", "ACCUSED", "verb", 3),
  cue("quy lỗi cho", "ACCUSED", "verb", 3),
  // SUPPLIED
  // A supply stopped, cut, banned or restricted is none: "ngừng cung cấp dầu cho X", "cắt viện trợ cho X", "lệnh cấm
  // bán vũ khí cho X", "hạn chế xuất khẩu".
  ...["cung cấp", "chuyển giao", "viện trợ", "gửi", "bán", "xuất khẩu"].map((w) =>
    cue(w, "SUPPLIED", "verb", 14, { notAfter: NOT_SUPPLYING }),
  ),
  // A support package is aid, whatever it is for: "A công bố gói hỗ trợ phòng thủ trị giá 3 tỷ euro cho B".
  cue("gói hỗ trợ", "SUPPLIED", "verb", 14),
  // Gifts of goods: "trao tặng X 20 xe cứu thương", "tặng gạo cho X". Not "bàn giao" (hand over), said as much of
  // projects, duties and sites as of goods.
  // Transferring goods to someone: "chuyển 20 tấn thuốc sang X", "chuyển tên lửa cho X"; not moving troops toward a
  // border, switching ("chuyển sang"), passing on a message ("chuyển lời"), nor moving about ("di chuyển").
  cue("chuyển", "SUPPLIED", "verb", 14, {
    notAfter: ["di", "luân", "dịch", "vận", "lưu"],
    notBefore: [
      "quân",
      "binh",
      "lính",
      "lực",
      "sang",
      "đến",
      "tới",
      "hướng",
      "lời",
      "đổi",
      "động",
      "biến",
      "thể",
      "tiếp",
      "nhượng",
      "đi",
      "về",
    ],
  }),
  // Setting aside aid for someone: "dành cho X khoản viện trợ", "dành 10 triệu USD cho X" (goods must be named).
  cue("dành", "SUPPLIED", "verb", 14),
  cue("gửi tặng", "SUPPLIED", "verb", 14),
  cue("trao tặng", "SUPPLIED", "verb", 14),
  cue("tặng", "SUPPLIED", "verb", 14),
  // Receiving or buying goods from someone is their supply: "A nhận 5 trực thăng từ B", "A mua tên lửa từ B" (goods
  // must stand before "từ").
  // Goods "do A tài trợ/viện trợ" (given by A) come from A too: "B tiếp nhận 5 tàu tuần tra do A tài trợ".
  cue("tiếp nhận", "SUPPLIED", "verb", 12, { sourceVia: ["từ", "do"] }),
  cue("nhận", "SUPPLIED", "verb", 12, { sourceVia: ["từ", "do"], notAfter: ["tiếp", "xác", "ghi", "công", "thừa", "đón"] }),
  cue("mua", "SUPPLIED", "verb", 12, { sourceVia: ["từ"] }),
  cue("nhập khẩu", "SUPPLIED", "verb", 12, { sourceVia: ["từ"] }),
  // SIGNED
  cue("ký kết", "SIGNED", "verb", 16),
  cue("ký", "SIGNED", "verb", 16, { notBefore: ["ức", "giả", "hiệu", "sự"] }),
  // A treaty between parties was signed by them: "Hiệp ước ... giữa A và B có hiệu lực"; not one still negotiated,
  // drafted or proposed ("đàm phán/dự thảo/đề xuất hiệp định"), nor a mere deal ("thỏa thuận" is as often one sought).
  // Documents exchanged at a ceremony are signed ones.
  cue("hiệp ước", "SIGNED", "noun", 10, { via: ["giữa"], notAfter: TREATY_UNSIGNED }),
  cue("hiệp định", "SIGNED", "noun", 10, { via: ["giữa"], notAfter: TREATY_UNSIGNED }),
  // "A và B chứng kiến lễ ký ...", "hai nhà lãnh đạo chủ trì lễ ký kết": leaders watching their sides' texts signed.
  ...SIGNING_WITNESSED.map((words) => cue(words, "SIGNED", "verb", 8, { bySides: true })),
  cue("trao đổi văn kiện", "SIGNED", "verb", 8),
  cue("trao đổi các văn kiện", "SIGNED", "verb", 8),
  // SANCTIONED
  cue("trừng phạt", "SANCTIONED", "verb", 18),
  cue("cấm vận", "SANCTIONED", "verb", 18),
  cue("đưa vào danh sách đen", "SANCTIONED", "verb", 6),
  // Sanctions named by what they do: "đóng băng/phong tỏa tài sản của X", "cấm nhập cảnh đối với X".
  cue("đóng băng tài sản", "SANCTIONED", "verb", 8, { endsInObject: true }),
  cue("phong tỏa tài sản", "SANCTIONED", "verb", 8, { endsInObject: true }),
  cue("cấm nhập cảnh", "SANCTIONED", "verb", 8),
  // "đưa X vào danh sách đen", "bổ sung X vào danh sách trừng phạt": X is put on a blacklist.
  cue("đưa", "SANCTIONED", "verb", 6, {
    onlyThen: BLACKLISTED,
    followedBy: ["vào", "trở"],
    notBefore: ["tin", "ra", "vào", "đón", "lên", "về"],
  }),
  cue("bổ sung", "SANCTIONED", "verb", 6, { onlyThen: BLACKLISTED, followedBy: ["vào"] }),
  // "xếp X vào danh sách khủng bố": listed as a terrorist group.
  cue("xếp", "SANCTIONED", "verb", 6, { onlyThen: BLACKLISTED, followedBy: ["vào"] }),
  // A body shutting a member out: "đình chỉ tư cách thành viên của X", "treo quy chế thành viên của X".
  ...MEMBERSHIP_SUSPENDED.map((words) => cue(words, "SANCTIONED", "verb", 3, { via: ["của"] })),
];

/**
 * What is shipped from one country to another, said with or without a verb of giving ("hàng viện trợ từ A tới B",
 * "tên lửa từ A sang B"). Arms fired from one country at another are no shipment ("tên lửa phóng từ A tới B").
 */
const SHIPPED = [
  "tên lửa",
  "đạn",
  "vũ khí",
  "uav",
  "khí tài",
  "pháo",
  "viện trợ",
  "hàng viện trợ",
  "hàng nhân đạo",
  "hàng hóa",
  "hàng",
  "lô hàng",
  "chuyến hàng",
  "thiết bị",
  "công nghệ quân sự",
  "binh sĩ",
  "quân",
  "lính",
  "dầu",
  "khí đốt",
  "lương thực",
  "thực phẩm",
  "tiền",
  "drone",
  "bệ phóng",
  "mìn",
  "bom",
  "súng",
  "radar",
  "vật tư",
  "nhu yếu phẩm",
  // Relief in kind: shelter, bedding, clean water.
  ...["lều bạt", "chăn màn", "máy lọc nước", "nước sạch"],
  "thuốc",
  "cứu trợ",
  "gạo",
  "nhiên liệu",
  "xăng",
  // The vaccine, as the press spells it: "vắc xin", "vắc-xin", "vaccine".
  "vắc xin",
  "vắc-xin",
  "vaccine",
  "khẩu trang",
  "xe tăng",
  "xe bọc thép",
  "tiêm kích",
  "hệ thống",
  "phòng không",
  // Money given: "500.000 USD", "10 tỷ đồng"; support in kind: "hỗ trợ tài chính".
  "usd",
  "đô la",
  "euro",
  ...["aud", "cad", "yên", "nhân dân tệ", "bảng anh", "rúp", "rupee", "franc thụy sĩ"],
  // Loans on easy terms are aid: "dành cho X một khoản vay lãi suất thấp", "vốn ODA".
  ...["vốn vay", "khoản vay", "oda", "vốn oda"],
  "tỷ đồng",
  "triệu đồng",
  "hỗ trợ tài chính",
  "hỗ trợ quân sự",
  "hỗ trợ nhân đạo",
  "gói hỗ trợ",
];

/**
 * People sent to help, who are aid as goods are once a verb of giving sends them ("gửi đội y tế sang X", "gửi lực lượng
 * cứu hộ tới Y", "gửi cảnh sát tới Z"); not experts or officials, whom one sends on a mission ("cử chuyên gia sang X").
 */
const AID_WORKERS = [
  ...["đội y tế", "đội bác sĩ", "bác sĩ", "y bác sĩ", "y tá", "điều dưỡng", "nhân viên y tế", "kíp y tế"],
  ...["đội cứu hộ", "đội cứu nạn", "lực lượng cứu hộ", "nhân viên cứu hộ", "nhóm cứu hộ", "nhóm tìm kiếm cứu nạn", "đội tìm kiếm cứu nạn"],
  ...["cảnh sát", "lực lượng gìn giữ hòa bình"],
];

/** Goods only after a verb of giving: vehicles, which carry travellers too ("máy bay từ A tới B" may be a flight). */
const GIVEN = ["máy bay", "xe cứu thương", "xe", "ô tô", "trực thăng", "tàu chiến", "tàu tuần tra", "tàu", ...AID_WORKERS];

/** Goods that make "gửi", "bán", "cung cấp" a supply of arms or aid rather than of a message. */
const GOODS = new PhraseSet([...SHIPPED, ...GIVEN]);

/** A supply needs no goods word when the verb itself says aid. */
const SELF_EVIDENT_SUPPLY = new Set(["viện trợ", "gói hỗ trợ"]);

/** Words that mark a supply's recipient; aid may be given to help someone ("viện trợ 2 triệu USD giúp X khắc phục ..."). */
const RECIPIENT_MARKERS = new Set(["cho", "tới", "đến", "sang", "giúp"]);

/**
 * Before a cue, these make it a nominalized event whose doer follows "của" ("sự ủng hộ của X", "hoạt động cung cấp",
 * "danh sách trừng phạt của X", "lễ ký" (a signing ceremony)).
 */
const NOMINALIZERS = new Set([
  "sách",
  "việc",
  "động",
  "lực",
  "gói",
  "bỏ",
  "nhận",
  "chuyến",
  "cuộc",
  "các",
  "những",
  "đòn",
  "pháp",
  "lệnh",
  "lễ",
  "sự",
  // "thương vụ bán vũ khí của X" (X's arms deal), "vụ chuyển giao": a deal or an affair made of the act.
  "vụ",
]);

/**
 * "động" makes a noun only in "hoạt động" (an activity) and "hành động" (an act); elsewhere it ends a verb or an
 * adverb that goes before the cue: "xúc động / cảm động cảm ơn X" (thanked X, moved), "chủ động gặp X" (took the
 * step of meeting X), "vận động ủng hộ" (campaigned for support).
 */
const NOMINALIZER_HEADS = new Map([["động", new Set(["hoạt", "hành"])]]);

/** "cho rằng" counts as an accusation when what follows charges someone with one of these. */
const CHARGE_WORDS = new PhraseSet([
  "vi phạm",
  "gây",
  "chịu trách nhiệm",
  "tấn công",
  "xâm phạm",
  "đe dọa",
  "can thiệp",
  "cung cấp",
  "chuyển giao",
  "gửi",
  "hỗ trợ quân sự",
  "khiêu khích",
  // Being behind a plot or an attack: "cho rằng X đứng sau vụ ...".
  "đứng sau",
  "đứng đằng sau",
  // Inflating, distorting or stirring up: "cho rằng X đang thổi phồng mối đe dọa", "kích động bạo lực".
  "thổi phồng",
  "khuếch đại",
  "phóng đại",
  "kích động",
  "xuyên tạc",
  "bóp méo",
  "vu khống",
  "bôi nhọ",
  "phá hoại",
  "làm phức tạp",
  "làm leo thang",
  "chính trị hóa",
  "quân sự hóa",
  "gian lận",
  "đàn áp",
  "xâm nhập",
  // Harassing, stealing or plotting: "cho rằng chính X đã quấy rối ...", "cho rằng X âm mưu đảo chính".
  "quấy rối",
  "đánh cắp",
  "âm mưu",
]);

/**
 * First words of an aside that describes the name before its comma: kin ("em gái ông B"), a role without a title
 * ("cố vấn lâu năm của B", "một quan chức cấp cao"). Whom the aside names does not do what follows it.
 */
const ASIDE_OPENERS = new Set([
  "con",
  "em",
  "anh",
  "chị",
  "vợ",
  "chồng",
  "cha",
  "bố",
  "mẹ",
  "cháu",
  "phu",
  "cố",
  "trợ",
  "thành",
  "ứng",
  "lãnh",
  "nhà",
  "cựu",
  "một",
]);

/**
 * Nouns for an act, and the demonstratives that make one take up an act just told: "động thái này" (this move),
 * "các biện pháp trừng phạt này" (these sanctions).
 */
const ACTS = [
  "động thái",
  "hành động",
  "hành vi",
  "quyết định",
  "bước đi",
  "việc làm",
  "vụ việc",
  "biện pháp",
  "biện pháp trừng phạt",
  "lệnh trừng phạt",
  "lệnh cấm",
];
/**
 * Acts a country's rulers do at home, with the setting word: "lên án cuộc đảo chính ở X", "chỉ trích vụ đàn áp tại
 * X" judge country X.
 */
const RULERS_ACTS = [
  ...["đảo chính", "đảo chính quân sự", "chính biến", "binh biến", "đàn áp", "trấn áp", "thanh trừng"],
  ...["thiết quân luật", "tình trạng khẩn cấp", "cắt mạng internet"],
];
const ACTS_OF_RULERS = RULERS_ACTS.flatMap((act) => SETTING.map((where) => `${act} ${where}`));
/**
 * The same acts named bare, with the classifier of an event or a deed: "lên án cuộc đảo chính", "chỉ trích việc đàn áp
 * người biểu tình"; toppling a leader is one too ("chỉ trích việc lật đổ ông X": done to X, by the rulers at home).
 */
const RULERS_ACTS_BARE = ["cuộc", "vụ", "việc", "các cuộc", "các vụ", "những cuộc", "những vụ"].flatMap((kind) =>
  [...RULERS_ACTS, "lật đổ"].map((act) => `${kind} ${act}`),
);
/**
 * Acts named before whom they are done to: "lên án vụ tấn công vào X", "phản đối việc bắt giữ X" do not judge X;
 * the doer may follow ("vụ tấn công vào X của Y").
 */
const ACTS_DONE_TO = [
  ...["tấn công vào", "tấn công nhằm vào", "không kích vào", "pháo kích vào", "ném bom vào", "xâm lược", "xâm lăng"],
  ...["bắt giữ", "bắt giam", "giam giữ", "bắt cóc", "ám sát", "sát hại", "trục xuất", "sáp nhập", "phong tỏa", "lật đổ"],
];
const DEMONSTRATIVES = ["này", "đó", "trên", "nói trên"];
/** Plural markers an act noun may take: "các biện pháp này" (these measures). */
const ACT_PLURALS = ["", "các ", "những "];

/**
 * Nouns of the act an article reports, named after a judgement with no doer of their own: "Brazil lên án quyết định
 * này", "chỉ trích các biện pháp mới là ..." judge whoever the article opens on.
 */
const STORY_ACTS = [
  ...["quyết định", "động thái", "bước đi", "hành động", "biện pháp", "sáng kiến", "lệnh cấm", "lệnh phong tỏa"],
  ...["việc bắt giữ", "vụ bắt giữ", "việc sáp nhập", "việc triển khai", "cuộc tập trận"],
];
/**
 * A story's act as it is named: one or many, marked as the latest or the one told ("các biện pháp mới", "quyết định
 * này"); a bare "quyết định" may be anyone's.
 */
const STORY_ACT_PHRASES = ACT_PLURALS.flatMap((plural) =>
  STORY_ACTS.flatMap((act) => ["mới", ...DEMONSTRATIVES].map((end) => `${plural}${act} ${end}`)),
);

export const VI_RELATIONS: RelationWords = {
  firms: {
    nouns: new PhraseSet(["công ty", "doanh nghiệp", "ngân hàng", "tập đoàn", "nhà máy lọc dầu", "hãng", "thương nhân", "nhà xuất khẩu"]),
    before: true,
    state: new PhraseSet(["nhà nước", "quốc doanh", "quốc gia"]),
  },
  asideOpeners: ASIDE_OPENERS,
  noVisitHome: true,
  // "A sẽ tới thành phố X": a foreign visitor's visit to a place inside a country is a visit to that country too.
  countryOfVisits: true,
  // "Thủ tướng A quyết định viện trợ 1 triệu USD cho B": aid a leader decides on is the state's.
  suppliesByState: true,
  // "A gửi tên lửa cho X. B sau đó cũng cung cấp đạn pháo": B's goods go to X too.
  suppliesToContext: true,
  // "X hứng chịu trận lũ lịch sử ... A gửi hàng cứu trợ tới các vùng bị ngập": relief to a place of need goes to X.
  stricken: {
    disasters: new PhraseSet([
      ...["lũ", "lũ lụt", "lụt", "mưa lũ", "ngập lụt", "bão", "siêu bão", "động đất", "sóng thần", "thiên tai"],
      ...["hạn hán", "lở đất", "sạt lở", "núi lửa", "cháy rừng", "thảm họa"],
    ]),
    placesOfNeed: new PhraseSet([
      // A place or people marked as struck, not any place ("vùng biên giới"): "vùng lũ", "các làng bị cô lập".
      ...["vùng lũ", "vùng bão", "vùng thiên tai", "vùng thảm họa", "vùng động đất", "vùng bị", "các vùng bị", "những vùng bị"],
      ...["khu vực bị", "các khu vực bị", "các địa phương bị", "làng bị", "các làng bị", "các tỉnh bị", "người dân bị"],
      ...["nạn nhân", "các nạn nhân", "người bị nạn", "người dân vùng", "bà con vùng", "đồng bào vùng", "người sống sót"],
    ]),
  },
  // A meeting of three or four sides: "cuộc hội đàm ba bên với A và B", "hội nghị bốn bên".
  multiParty: new PhraseSet(["ba bên", "bốn bên", "ba nước", "bốn nước"]),
  // "Sau hội đàm, hai bên đã ký ...", "hai bên thống nhất khởi động đàm phán ...": the sides, not a meeting of countries.
  meetingSides: new PhraseSet(["hai bên"]),
  // "Tổng thống X" with no country, in a story of one foreign country, is that country's.
  focusIsHome: true,
  // "Sri Lanka: Tổng thống X trốn sang Maldives ...": a headline opens on the country its story is of.
  focusOpens: true,
  clauseNoun: "việc",
  // 'gọi quyết định của X là "một sai lầm"', 'coi các biện pháp mới của Y là "phi pháp"': the owner's act is labelled.
  labelledActs: new PhraseSet(
    ACT_PLURALS.flatMap((plural) => [...ACTS, "chính sách", "kế hoạch"].flatMap((act) => [`${plural}${act}`, `${plural}${act} mới`])),
  ),
  unnamedDoers: new PhraseSet(["phương tây", "các nước phương tây", "nhiều nước phương tây", "cộng đồng quốc tế"]),
  cues: CUES,
  goods: GOODS,
  selfEvidentSupply: SELF_EVIDENT_SUPPLY,
  supplyWithGoods: new Set(["hỗ trợ"]),
  recipientMarkers: RECIPIENT_MARKERS,
  recipientForces: new PhraseSet(MILITARY_BRANCHES),
  goodsFlow: {
    words: new Set(["từ", "của"]),
    goods: new PhraseSet(SHIPPED),
    fired: new Set(["phóng", "bắn", "nã", "khai hỏa", "tấn công", "bay"]),
    topics: new Set(["về", "đề"]), // "về", "vấn đề" (about, the issue of)
  },
  goodsMarker: "",
  nominalizers: NOMINALIZERS,
  nominalizerHeads: NOMINALIZER_HEADS,
  ownerAfterVerb: new Set(["của"]),
  // Claims and suspicions that charge someone with one of the charge words: "cho rằng X ...", "nghi ngờ X đứng sau ...".
  alleging: new PhraseSet(["cho rằng", "nghi ngờ", "nghi"]),
  // "N mà A cáo buộc đã bán X cho B": what a charge alleges is done by one named inside it, not by the accuser.
  chargedDoerInside: true,
  // "cáo buộc A và B cung cấp vũ khí cho C": no word opens the charge, and every name listed first is charged.
  chargeFollowsBare: true,
  chargeWords: CHARGE_WORDS,
  nounTakesDoersBefore: true,
  invitationOf: ["lời", "mời", "của"],
  acceptsInvitation: new PhraseSet(["nhận", "chấp nhận"]),
  invitation: ["lời", "mời"],
  invitedActReach: 6,
  purpose: new Set(["để", "nhằm"]),
  placeHeads: new PhraseSet([
    "thủ đô",
    "cố đô",
    "thủ phủ",
    "thành phố",
    "thị trấn",
    "sân bay",
    "tỉnh",
    "bang",
    "vùng",
    "đảo",
    "khu nghỉ dưỡng",
    "cung điện",
    "dinh thự",
    "nhà khách",
    "căn cứ",
    "căn cứ không quân",
    "căn cứ hải quân",
    "cảng",
    // "tại trụ sở X, A hội đàm với B": X's headquarters is where, X no doer.
    "trụ sở",
  ]),
  remote: new PhraseSet(["điện đàm", "điện thoại", "trực tuyến", "video"]),
  reciprocal: new PhraseSet(["của họ", "của hai bên", "của hai người", "song phương", "với nhau", "nhau"]),
  setting: new Set(["tại", "ở", "trong"]),
  relativePlace: "nơi",
  // "ủng hộ tiến trình gia nhập X của Y": Y is backed, X is what Y joins.
  joining: new PhraseSet(["gia nhập", "tham gia", "trở thành thành viên"]),
  // "ký nghị định thư gia nhập", "ký văn kiện gia nhập": signing one's accession with the body joined.
  accessionDocuments: new PhraseSet(
    ["nghị định thư", "văn kiện", "văn bản", "tuyên bố", "hiệp ước", "hiệp định", "thỏa thuận"].map((doc) => `${doc} gia nhập`),
  ),
  // "chuyển giao X cho B theo hợp đồng ký năm 2007": the supplier and the recipient signed the deal.
  underDeal: {
    opener: "theo",
    deals: new PhraseSet(["", "các "].flatMap((plural) => ["hợp đồng", "thỏa thuận", "hiệp định", "hiệp ước"].map((d) => `${plural}${d}`))),
  },
  // "Lễ khai mạc diễn ra tại X", "hội nghị được tổ chức ở Y": where an event is held.
  heldAt: new PhraseSet(["diễn ra", "tổ chức", "khai mạc", "bế mạc", "cử hành"]),
  actAnaphors: new PhraseSet(
    ACT_PLURALS.flatMap((plural) => ACTS.flatMap((act) => DEMONSTRATIVES.map((these) => `${plural}${act} ${these}`))),
  ),
  actByVerb: "vụ",
  storyActs: new PhraseSet(STORY_ACT_PHRASES),
  judgedAbout: new Set(["về", "trước"]),
  actsOfRulersIn: new PhraseSet(ACTS_OF_RULERS),
  actsOfRulers: new PhraseSet(RULERS_ACTS_BARE),
  actsDoneTo: new PhraseSet(ACTS_DONE_TO),
  judgesActs: new Set(["CRITICIZED", "PRAISED"]),
  // "A trừng phạt X. ... B lên án các lệnh trừng phạt": the sanctions the article told, whoever imposed them.
  namedActs: [
    {
      type: "SANCTIONED",
      nouns: new PhraseSet(
        ACT_PLURALS.flatMap((plural) =>
          ["lệnh trừng phạt", "biện pháp trừng phạt", "lệnh cấm vận", "lệnh phong tỏa tài sản"].map((n) => `${plural}${n}`),
        ),
      ),
    },
    { type: "VISITED", nouns: new PhraseSet(["chuyến thăm", "chuyến công du"]) },
    // "A ký thỏa thuận với B. C chỉ trích thỏa thuận": criticism of the agreement or the arms deal told is of its parties.
    {
      type: "SIGNED",
      nouns: new PhraseSet(["thỏa thuận", "hiệp định", "hiệp ước"].flatMap((deal) => [deal, `${deal} này`, `${deal} trên`])),
      judgedBy: new Set(["CRITICIZED"]),
    },
    { type: "SUPPLIED", nouns: new PhraseSet(["thương vụ", "thương vụ này", "thương vụ trên"]), judgedBy: new Set(["CRITICIZED"]) },
  ],
  listedOn: new PhraseSet([
    "nằm trong danh sách",
    "có tên trong danh sách",
    "có mặt trong danh sách",
    "đưa vào danh sách",
    "bổ sung vào danh sách",
  ]),
  // Measures are imposed or adopted by their doer too: "tuyên bố áp đặt lệnh trừng phạt đối với X".
  // So are packages and measures announced: "A công bố gói viện trợ mới cho B".
  eventVerbs: new PhraseSet([
    ...["bắt đầu", "mở đầu", "kết thúc", "tiếp tục", "thực hiện", "tiến hành", "có", "chủ trì", "áp đặt", "áp"],
    ...["công bố", "tuyên bố", "thông báo"],
  ]),
  // "thông báo gỡ bỏ các biện pháp trừng phạt": a measure lifted is none laid.
  // "ký hợp đồng mua 6 máy bay B": a deal to buy is signed with the seller.
  purchaseDeals: new PhraseSet(
    ["", "các "].flatMap((plural) =>
      ["hợp đồng", "thỏa thuận", "đơn hàng", "biên bản ghi nhớ"].flatMap((deal) =>
        ["mua", "đặt mua", "nhập khẩu"].map((buy) => `${plural}${deal} ${buy}`),
      ),
    ),
  ),
  undoingVerbs: new PhraseSet(["dỡ bỏ", "bãi bỏ", "gỡ bỏ", "hủy bỏ", "nới lỏng", "chấm dứt", "rút lại", "đình chỉ", "tạm dừng"]),
  nominalDoerStops: new Set(["theo", "mời"]),
  measureTargets: new PhraseSet(["đối với", "nhắm vào", "nhằm vào"]),
  between: "giữa",
  with: "với",
  // The doer stands inside ("được A ký") or, in a formal style, after "bởi" ("được ký bởi A và B").
  passive: { markers: new Set(["được", "bị"]), doer: "before-verb", agentWord: "bởi" },
  benefactivePassive: "được",
  delegation: new Set(["phái", "đoàn", "song", "phương"]),
  // "tiếp đoàn công tác của X do ông Y dẫn đầu": whom one receives in a delegation is its leader, named after "do"
  // and closed by the led-by closers. Not "tập đoàn", "công đoàn", "quân đoàn".
  delegationLed: {
    nouns: new Set(["đoàn"]),
    ledBy: new PhraseSet(["do"]),
    closed: true,
    notAfter: new Set(["tập", "công", "quân", "binh", "sư", "liên"]),
  },
  visitVerb: "thăm",
  // "Đón Tổng thống tại sân bay có A và B": those listed after "có" welcomed (met) the guest.
  welcomersAfter: "có",
  // People only: not a country's faceless individuals and entities ("cá nhân", "thực thể"), nor its firms
  // ("đưa 5 công ty X vào danh sách đen"): sanctions on those are on it.
  sanctionedKinds: new PhraseSet([
    "con",
    "vợ",
    "chồng",
    "gia đình",
    "người thân",
    "tướng",
    "tướng lĩnh",
    "quan chức",
    "tư lệnh",
    "chỉ huy",
    "sĩ quan",
    "đại diện",
    "thành viên",
  ]),
  // Some of a country's people, not the country: "các cựu binh X", "một người X", "hoàng gia X", "ngư dân X".
  nationals: new PhraseSet([
    ...["cựu binh", "cựu chiến binh", "công dân", "ngư dân", "du khách", "kiều bào", "hoàng gia", "hoàng tộc"],
    ...["một", "hai", "ba", "những", "nhiều", "vài", "mấy"].map((count) => `${count} người`),
  ]),
  // "hai doanh nghiệp thuộc sở hữu (của) (nhà nước) X": X owns what is acted on.
  ownedBy: new PhraseSet(
    ["thuộc sở hữu", "thuộc quyền sở hữu"].flatMap((owned) => ["", " của"].flatMap((of) => [`${owned}${of}`, `${owned}${of} nhà nước`])),
  ),
  // Presence at a ceremony or meeting told before: "Lễ ký có sự chứng kiến của A", "B cũng có mặt tại buổi lễ".
  attendance: {
    listedAfter: new PhraseSet(
      ["có", "với"].flatMap((opener) => ["tham dự", "chứng kiến", "hiện diện", "có mặt"].map((being) => `${opener} sự ${being} của`)),
    ),
    saidOfSubject: new PhraseSet(
      // Attending a ceremony is being where it is held: "A cũng dự lễ", "B tham dự buổi lễ" (a ceremony told before).
      ["có mặt tại", "có mặt trong", "có mặt ở", "tham dự", "dự"].flatMap((being) =>
        ["lễ", "buổi lễ", "hội nghị", "sự kiện", "lễ ký", "lễ ký kết"].map((event) => `${being} ${event}`),
      ),
    ),
  },
  entourage: { opens: new PhraseSet(["tháp tùng", "cùng đi với"]), has: new PhraseSet(["có", "còn có", "gồm", "gồm có"]) },
  motionVerbs: new Set(["đến", "tới", "sang"]),
  administrations: new PhraseSet(["chính quyền"]),
  buildings: new PhraseSet([
    "nhà khách",
    "phủ",
    "cung điện",
    "dinh",
    "tòa nhà",
    "trụ sở",
    "đại lễ đường",
    "lâu đài",
    "nhà quốc hội",
    "sân bay",
  ]),
  // "A đón B tại X": a guest received somewhere is there.
  hostedAt: new Set(SETTING),
  placeOf: new Set(["của", ",", "ở", "thuộc"]),
  thanksReason: new Set(["vì", "về"]),
  thanksReasonSkip: new Set(["sự", "đã"]),
  thanksGiverMarkers: new Set(["mà", "của"]),
  // "B cảm ơn lời chúc mừng": thanks for congratulations, a welcome or an invitation told before go to who gave them.
  thanksForActs: [
    { type: "PRAISED", nouns: new PhraseSet(["lời chúc mừng", "những lời chúc mừng", "điện mừng", "thư chúc mừng", "lời chúc"]) },
    { type: "MET", nouns: new PhraseSet(["sự đón tiếp", "sự tiếp đón", "việc đón tiếp", "lễ đón"]) },
    { type: "INVITED", nouns: new PhraseSet(["lời mời"]) },
  ],
  supportReason: new Set(["ủng", "hỗ", "đoàn"]),
  // "X nhận được sự ủng hộ của A", "X hứng chỉ trích từ A", "X vấp phải sự phản đối của A": A's act, to X.
  received: {
    verbs: new PhraseSet(["nhận", "nhận được", "đón nhận", "giành được", "hứng", "hứng chịu", "vấp phải", "gặp phải"]),
    fillers: new Set(["sự", "lời", "những", "nhiều", "các", "thêm", "làn sóng"]),
    from: new Set(["của", "từ"]),
  },
};
