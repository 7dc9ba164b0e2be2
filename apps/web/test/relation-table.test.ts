import { describe, expect, it } from "vitest";
import type { GraphDocument, RelationType } from "@news-kg/schema";
import { RELATION_TYPES } from "@news-kg/schema/vocabulary";
import { indexDocument } from "../src/core/data/document-index.ts";
import { NO_FILTERS, type FilterState } from "../src/core/filters/filter-state.ts";
import { relationFilter } from "../src/core/filters/relation-filter.ts";
import { relationsByType } from "../src/core/panel/relations-by-type.ts";
import { relationRow } from "../src/core/table/relation-row.ts";
import { rowsToCsv } from "../src/core/table/rows-to-csv.ts";
import { sortRows } from "../src/core/table/table-sort.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

const onlyTypes = (...types: RelationType[]): FilterState => ({
  ...NO_FILTERS,
  hiddenRelationTypes: new Set(RELATION_TYPES.filter((type) => !types.includes(type))),
});

describe("relation table", () => {
  const index = indexDocument(miniGraph());
  const rowsFor = (filters: FilterState) =>
    index.document.relations.filter(relationFilter(index, filters)).map((r) => relationRow(r, index));
  const ids = (rows: { relation: { id: string } }[]) => rows.map((row) => row.relation.id);

  it("lists what the filters show, ends' entity types included", () => {
    expect(ids(rowsFor(onlyTypes("MET")))).toEqual(["r-met", "r-lavrov-choe"]);
    // Hiding locations hides Putin's planned visit to Bình Nhưỡng and Bình Nhưỡng LOCATED_IN Triều Tiên.
    const noLocations = rowsFor({ ...NO_FILTERS, hiddenEntityTypes: new Set(["LOCATION"]) });
    expect(noLocations).toHaveLength(12);
    expect(ids(noLocations)).not.toContain("r-visit");
    expect(ids(noLocations)).not.toContain("r-pyongyang");
  });

  it("marks a date taken from the article rather than the text, and names the first sentence's article", () => {
    const invited = relationRow(index.relations.get("r-invited")!, index);
    expect(invited).toMatchObject({
      sourceName: "Kim Jong Un",
      targetName: "Vladimir Putin",
      date: { date: "2024-01-21", from: "article" },
      article: { id: "a1", title: "Triều Tiên sẵn sàng chào đón Tổng thống Putin" },
    });
    expect(relationRow(index.relations.get("r-thanked")!, index).date).toEqual({ date: "2024-01", from: "text" });
  });

  it("sorts by any column, ties in relation-id order", () => {
    const rows = rowsFor(onlyTypes("MET", "SIGNED", "THANKED", "INVITED"));
    expect(ids(sortRows(rows, { key: "date", descending: true }))).toEqual([
      "r-signed",
      "r-invited",
      "r-lavrov-choe",
      "r-thanked",
      "r-met",
    ]);
    expect(ids(sortRows(rows, { key: "source", descending: false }))).toEqual([
      "r-lavrov-choe",
      "r-invited",
      "r-met",
      "r-signed",
      "r-thanked",
    ]);
    expect(ids(sortRows(rows, { key: "type", descending: true }))).toEqual([
      "r-thanked",
      "r-signed",
      "r-lavrov-choe",
      "r-met",
      "r-invited",
    ]);
  });

  it("puts undated relations last in either direction", () => {
    const document: GraphDocument = structuredClone(miniGraph());
    delete document.articles[0]!.published; // a1 reports INVITED, which the text does not date
    const undatedIndex = indexDocument(document);
    const rows = ["r-met", "r-invited", "r-signed"].map((id) => relationRow(undatedIndex.relations.get(id)!, undatedIndex));
    expect(ids(sortRows(rows, { key: "date", descending: false }))).toEqual(["r-met", "r-signed", "r-invited"]);
    expect(ids(sortRows(rows, { key: "date", descending: true }))).toEqual(["r-signed", "r-met", "r-invited"]);
  });

  it("counts a live relation's evidence as the answer counted it when the answer cut it, and sorts and exports by that count", () => {
    // r-met and r-invited have 1 sentence each in the mini graph; a neighbourhood said r-invited has 5 in all.
    const met = relationRow(index.relations.get("r-met")!, index);
    const invited = relationRow(index.relations.get("r-invited")!, index, 5);
    expect([met.evidenceCount, invited.evidenceCount]).toEqual([1, 5]);
    expect(ids(sortRows([met, invited], { key: "evidence", descending: true }))).toEqual(["r-invited", "r-met"]);
    // The CSV still has one line per sentence drawn, each saying how many the relation has.
    const lines = rowsToCsv([invited], index).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^r-invited,Kim Jong Un,INVITED,Vladimir Putin,[a-z]+,2024-01-21,article,5,/);
  });

  it("exports one CSV line per evidence sentence, quoted and inert in spreadsheets", () => {
    const document: GraphDocument = structuredClone(miniGraph());
    document.relations[0]!.evidence.push({ ...document.relations[0]!.evidence[0]!, articleId: "a3", sentence: '=1+1 "so" it was' });
    const csvIndex = indexDocument(document);
    const csv = rowsToCsv([relationRow(csvIndex.relations.get("r-met")!, csvIndex)], csvIndex);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "relation_id,source,type,target,status,date,date_from,evidence_count,sentence,article_id,article_title,article_outlet,article_published,article_url",
    );
    expect(lines[1]).toBe(
      "r-met,Kim Jong Un,MET,Vladimir Putin,occurred,2023-09-13,text,2," +
        '"Chủ tịch Triều Tiên Kim Jong Un gặp Tổng thống Nga Vladimir Putin tại Trung tâm vũ trụ Vostochny ở tỉnh Amur thuộc vùng Viễn Đông, Nga, ngày 13/9/2023.",' +
        "a2,Ông Kim Jong Un: Quan hệ Triều Tiên - Nga rực rỡ hơn thời Liên Xô,fixture,2024-06-19,https://example.vn/quan-he-trieu-tien-nga",
    );
    expect(lines[2]).toBe(
      `r-met,Kim Jong Un,MET,Vladimir Putin,occurred,2023-09-13,text,2,"'=1+1 ""so"" it was",` +
        "a3,Ngoại trưởng Triều Tiên hội đàm với ông Lavrov,fixture,2024-01-17,https://example.vn/ngoai-truong-trieu-tien-hoi-dam",
    );
    expect(lines).toHaveLength(4); // header, two sentences, and the empty string after the last CRLF
  });

  it("gives the entity card the same filtered set, newest first by the date it shows", () => {
    const groups = relationsByType("person:vladimir-putin", index, relationFilter(index, onlyTypes("MET", "THANKED", "INVITED")));
    expect(groups.map((g) => [g.type, g.entries.map((e) => e.relation.id)])).toEqual([
      ["INVITED", ["r-invited"]],
      ["MET", ["r-met"]],
      ["THANKED", ["r-thanked"]],
    ]);
    const lavrov = relationsByType("person:sergei-lavrov", index, relationFilter(index, NO_FILTERS));
    expect(lavrov.map((g) => g.entries[0]!.date)).toEqual([
      { date: "2024-01-16", from: "text" },
      { date: "2024-01-17", from: "article" },
    ]);
  });
});
