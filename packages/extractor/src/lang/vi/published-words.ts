// How Vietnamese pages print their publication date: "Thứ Tư, 19/06/2024 14:37", "Cập nhật: ...", "ngày 19 tháng 6 năm 2024".
import type { PublishedWords } from "../language-pack.ts";

export const VI_PUBLISHED: PublishedWords = {
  weekdays: ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "cn", "t2", "t3", "t4", "t5", "t6", "t7"],
  // "Thứ 4, 19/06/2024": a date field may number the weekday.
  weekdayOpeners: ["thứ"],
  labels: ["cập nhật", "đăng", "ngày đăng", "xuất bản"],
  dayWords: ["ngày"],
  monthWords: ["tháng"],
  yearWords: ["năm"],
};
