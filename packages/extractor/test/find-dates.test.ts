import { describe, expect, it } from "vitest";
import { findDates } from "../src/dates/find-dates.ts";
import { VI_DATES } from "../src/lang/vi/date-patterns.ts";

const values = (text: string, published?: string) => findDates(text, VI_DATES, published).map((d) => d.value);

describe("findDates", () => {
  it("reads full dates, ranges and months with years", () => {
    expect(values("chuyến thăm từ ngày 3-5/10/2019 bằng máy bay")).toEqual(["2019-10-03"]);
    expect(values("hôm 29.3.2022 tại Istanbul")).toEqual(["2022-03-29"]);
    expect(values("vào tháng 7/2000 và tháng 2.2022")).toEqual(["2000-07", "2022-02"]);
    expect(values("từ ngày 22 đến 25/11/2021")).toEqual(["2021-11-22"]);
  });

  it("resolves day and month against the publication date", () => {
    expect(values("ngày 20/1 thông báo", "2024-01-21")).toEqual(["2024-01-20"]);
    expect(values("hôm 16.1 tại Moscow", "2024-01-21")).toEqual(["2024-01-16"]);
    expect(values("sáng 19-6 hai bên", "2024-06-18")).toEqual(["2024-06-19"]);
    expect(values("ngày 12/9 ông nói", "2024-06-18")).toEqual(["2023-09-12"]);
  });

  it("gives year-less dates a reading ahead of publication, for planned events", () => {
    // Offsets count UTF-16 units: "sẽ thăm vào " is 12 long, "tháng 5" 7.
    expect(findDates("sẽ thăm vào tháng 5", VI_DATES, "2025-03-12")).toEqual([{ start: 12, end: 19, value: "2024-05", ahead: "2025-05" }]);
    expect(findDates("dự kiến ngày 5/1", VI_DATES, "2025-11-20")).toEqual([
      { start: 8, end: 16, value: "2025-01-05", ahead: "2026-01-05" },
    ]);
    // Two days before publication: too close to read as next year.
    expect(findDates("ngày 10/3", VI_DATES, "2025-03-12")).toEqual([{ start: 0, end: 9, value: "2025-03-10" }]);
  });

  it("marks a date wholly after publication, at the precision both have", () => {
    expect(findDates("tháng tới", VI_DATES, "2024-06-18")).toEqual([{ start: 0, end: 9, value: "2024-07", after: true }]);
    expect(findDates("ngày 15/5/2025", VI_DATES, "2025-05")).toEqual([{ start: 5, end: 14, value: "2025-05-15" }]);
  });

  it("reads weekdays near publication, not ordinals", () => {
    // 2024-06-19 is a Wednesday.
    expect(values("hôm thứ Hai, ông nói", "2024-06-19")).toEqual(["2024-06-17"]);
    expect(values("vào Chủ nhật", "2024-06-19")).toEqual(["2024-06-16"]);
    expect(findDates("sẽ gặp vào thứ Sáu", VI_DATES, "2024-06-19")).toEqual([
      { start: 7, end: 18, value: "2024-06-14", ahead: "2024-06-21" },
    ]);
    expect(values("ngày thứ Tư", "2024-06-19")).toEqual(["2024-06-19"]);
    // "tới" may be "next" or "to" ("vào thứ Năm tới Moscow"): both readings stay, a planned event takes the one ahead.
    expect(findDates("vào thứ Năm tới", VI_DATES, "2024-06-19")).toEqual([{ start: 0, end: 11, value: "2024-06-13", ahead: "2024-06-20" }]);
    expect(values("lần thứ hai trong năm, ngày thứ hai của chuyến thăm", "2024-06-19")).toEqual([]);
  });

  it("resolves relative years and leaves numbers that are not dates", () => {
    expect(values("vào tháng 9 năm ngoái", "2024-01-21")).toEqual(["2023-09"]);
    expect(values("Năm ngoái, hai nước", "2024-01-21")).toEqual(["2023"]);
    expect(values("hồi tháng 1 năm nay", "2024-06-18")).toEqual(["2024-01"]);
    expect(values("vào tháng tới", "2024-12-18")).toEqual(["2025-01"]);
    expect(values("Hôm qua ông nói sẽ đến vào ngày mai", "2024-12-31")).toEqual(["2024-12-30", "2025-01-01"]);
    expect(values("hồi tháng trước", "2024-01-05")).toEqual(["2023-12"]);
    expect(values("khoản vay 2,2 tỷ USD và 7.6 tỷ")).toEqual([]);
    expect(values("ngày 20/1")).toEqual([]);
  });
});
