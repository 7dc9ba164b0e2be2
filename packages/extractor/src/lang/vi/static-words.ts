// Vietnamese words of standing facts: "cha của X", "X ở tỉnh Y".
import { PhraseSet } from "../../relate/phrase-set.ts";
import type { StaticWords } from "../language-pack.ts";

/**
 * Kinds of place that open an apposition, their modifiers after them: "X, thủ phủ tỉnh Y", "X, thành phố cảng lớn
 * nhất của Y". Not the provinces and districts a person is listed with ("ông A, tỉnh B").
 */
export const VI_KIND_FIRST = new PhraseSet([
  "thủ phủ",
  "thủ đô",
  "thành phố",
  "thành phố cảng",
  "thị trấn",
  "thị xã",
  "làng",
  "cảng",
  "hòn đảo",
  "vùng lãnh thổ",
]);

export const VI_STATICS: StaticWords = {
  parentWords: new Set(["cha", "bố", "mẹ", "thân phụ", "thân mẫu", "cha ruột", "mẹ ruột", "cha đẻ", "mẹ đẻ", "bố đẻ", "thân sinh"]),
  // Birth order and kind: "con trai cả" (eldest son), "con gái út" (youngest daughter), "trưởng nam" (first son).
  childWords: new Set([
    "con",
    "con trai",
    "con gái",
    "con ruột",
    "con trai cả",
    "con trai út",
    "con trai thứ",
    "con trai lớn",
    "con gái cả",
    "con gái út",
    "con gái lớn",
    "con cả",
    "con út",
    "trưởng nam",
    "trưởng nữ",
    "thứ nam",
    "thứ nữ",
  ]),
  insideMarkers: new Set(["ở", "tại", "thuộc", "trên", ",", "("]),
  // "thành phố cảng X", ", miền nam nước Mỹ": kinds, regions and compass words before a place's name.
  placeWords: new Set([
    "bang",
    "tỉnh",
    "vùng",
    "thành",
    "phố",
    "tp", // "(TP X)": the city's abbreviated kind
    "thị", // "thị xã X", "thị trấn X"
    "xã",
    "trấn",
    "quận",
    "huyện",
    "khu",
    "đảo",
    "biển",
    "thủ",
    "đô",
    "cảng",
    "miền",
    "nam",
    "bắc",
    "trung", // "miền Trung", "miền trung"
    "đông",
    "tây",
    "nước",
  ]),
  // "tỉnh X", "bang Y", "thành phố Z": a known province, state or city so named lies in the lexicon's country.
  // "bán đảo X" (a peninsula), "cảng X" (a port named after its town) too; not "đảo X", an island that may be
  // named only to say how far something lies from it.
  placingKinds: new Set([
    ...["tỉnh", "bang", "thành phố", "thành phố cảng", "tp", "huyện", "thị xã", "thị trấn", "quận", "bán đảo", "cảng"],
    // Buildings and sites the lexicon names with their kind: "sân bay (quốc tế) X", "căn cứ (không quân) Y",
    // "lăng X", "quảng trường Y", "cung điện X", "nhà máy Y".
    ...["sân bay", "sân bay quốc tế", "căn cứ", "căn cứ không quân", "lăng", "quảng trường", "cung điện", "nhà máy"],
  ]),
  // "tại thủ phủ X", with the state named before or after it in the article ("bang Y"): X lies in Y.
  regionSeats: { seats: new Set(["thủ phủ"]), regions: new Set(["bang", "tỉnh"]) },
  // "X, phía bắc Y" (in the north of Y); "phía Y" alone is Y's side.
  placeWordLeads: new Set(["phía"]),
  reflexive: new Set(["mình"]),
  ageUnits: new Set(["tuổi"]),
  // "căn cứ X nằm ở tỉnh Y", "làng X, thuộc tỉnh Y": a clause of where the place lies.
  locatedPhrases: new PhraseSet(["nằm ở", "nằm tại", "nằm trên", "nằm trong", "thuộc", "ở", "tại", "trên"]),
  nearCity: {
    phrases: new PhraseSet(["gần", "ở gần", "ngay gần", "ngoại ô", "ở ngoại ô", "vùng ngoại ô", "ngoại vi"]),
    distance: new PhraseSet(["cách", "nằm cách"]),
  },
  kindFirst: { nouns: VI_KIND_FIRST, of: new Set(["của", "thuộc", "ở", "tại"]) },
  seatPhrases: new PhraseSet(
    ["có trụ sở", "có trụ sở chính", "đặt trụ sở", "đặt trụ sở chính", "đóng trụ sở"].flatMap((seat) => [`${seat} tại`, `${seat} ở`]),
  ),
};
