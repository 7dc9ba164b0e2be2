// Vietnamese words of standing facts: "cha của X", "X ở tỉnh Y".
import type { StaticWords } from "../language-pack.ts";

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
  placeWords: new Set(["bang", "tỉnh", "vùng", "thành", "phố", "quận", "huyện", "khu", "đảo", "biển", "thủ", "đô"]),
  reflexive: new Set(["mình"]),
};
