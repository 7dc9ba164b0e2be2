// Vietnamese words of standing facts: "cha của X", "X ở tỉnh Y".
import type { StaticWords } from "../language-pack.ts";

export const VI_STATICS: StaticWords = {
  parentWords: new Set(["cha", "bố", "mẹ", "thân phụ", "thân mẫu"]),
  childWords: new Set(["con", "con trai", "con gái"]),
  insideMarkers: new Set(["ở", "tại", "thuộc", ","]),
  placeWords: new Set(["bang", "tỉnh", "vùng", "thành", "phố", "quận", "huyện", "khu", "đảo", "biển", "thủ", "đô"]),
  reflexive: new Set(["mình"]),
};
