import { type GraphDocument, RELATION_TYPES } from "@news-kg/schema";
import { describe, expect, it } from "vitest";
import { partialDateRange } from "../src/core/dates/partial-date.ts";
import { NO_FILTERS } from "../src/core/filters/filter-state.ts";
import { evidenceCut } from "../src/core/live/evidence-cut.ts";
import { liveRequests } from "../src/core/live/live-requests.ts";
import { mergeFragments } from "../src/core/live/merge-fragments.ts";
import { layoutAfterGrowth, NEW_NODE_DISTANCE, placeNewNodes, SETTLE_NEW_NODES_OVER } from "../src/core/live/place-new-nodes.ts";
import { decodeViewState, encodeViewState, type ViewState } from "../src/core/view-state/view-state.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

/** The part of the mini graph made of the given relations: what the API would answer around them. */
function fragment(document: GraphDocument, relationIds: string[]): GraphDocument {
  const relations = document.relations.filter((r) => relationIds.includes(r.id));
  const entityIds = new Set(relations.flatMap((r) => [r.source, r.target]));
  const articleIds = new Set(relations.flatMap((r) => r.evidence.map((e) => e.articleId)));
  return {
    articles: document.articles.filter((a) => articleIds.has(a.id)),
    entities: document.entities.filter((e) => entityIds.has(e.id)),
    relations,
  };
}

describe("merging the fragments live mode fetched", () => {
  const mini = miniGraph();

  it("keeps each article, entity and relation once, in the order first seen", () => {
    const first = fragment(mini, ["r-met"]);
    const second = fragment(mini, ["r-met", "r-visit"]);
    const merged = mergeFragments([first, second]);
    // r-met: Kim Jong Un MET Putin (article a2); r-visit: Putin VISITED Bình Nhưỡng (article a1). The first
    // fragment brings Putin and Kim (the fixture's order) and a2; the second adds Bình Nhưỡng and a1.
    expect(merged.relations.map((r) => r.id)).toEqual(["r-met", "r-visit"]);
    expect(merged.entities.map((e) => e.id)).toEqual(["person:vladimir-putin", "person:kim-jong-un", "location:binh-nhuong"]);
    expect(merged.articles.map((a) => a.id)).toEqual(["a2", "a1"]);
  });

  it("keeps the copy of a relation with more evidence", () => {
    const cut = fragment(mini, ["r-met"]);
    const signedEvidence = mini.relations.find((r) => r.id === "r-signed")!.evidence[0]!;
    const full = { ...cut, relations: [{ ...cut.relations[0]!, evidence: [...cut.relations[0]!.evidence, signedEvidence] }] };
    expect(mergeFragments([cut, full]).relations[0]!.evidence).toHaveLength(2);
    expect(mergeFragments([full, cut]).relations[0]!.evidence).toHaveLength(2);
  });
});

describe("relations whose evidence an answer cut", () => {
  const mini = miniGraph();

  it("are those the merged graph holds less evidence of than an answer counted, with that count", () => {
    // r-met has 1 sentence in the mini graph: an answer saying it has 3 cut it; one saying 1 did not.
    const cut = fragment(mini, ["r-met", "r-visit"]);
    expect(evidenceCut([{ evidenceCounts: { "r-met": 3 } }, {}], cut)).toEqual(new Map([["r-met", 3]]));
    expect(evidenceCut([{ evidenceCounts: { "r-met": 1 } }], cut)).toEqual(new Map());
    // A relation not drawn is not listed, and another answer holding all of it (e.g. a path) makes it whole.
    expect(evidenceCut([{ evidenceCounts: { "r-signed": 4 } }], cut)).toEqual(new Map());
    const signed = mini.relations.find((r) => r.id === "r-signed")!.evidence[0]!;
    const whole = {
      ...cut,
      relations: cut.relations.map((r) => (r.id === "r-met" ? { ...r, evidence: [...r.evidence, signed, signed] } : r)),
    };
    expect(evidenceCut([{ evidenceCounts: { "r-met": 3 } }], mergeFragments([cut, whole]))).toEqual(new Map());
  });
});

describe("placing what an expansion brought", () => {
  it("keeps drawn entities in place and puts a new one next to its drawn neighbour", () => {
    const mini = miniGraph();
    const document = fragment(mini, ["r-met"]);
    const placed = placeNewNodes(document, new Map([["person:vladimir-putin", { x: 100, y: -50 }]]));
    expect(placed.get("person:vladimir-putin")).toEqual({ x: 100, y: -50 });
    const kim = placed.get("person:kim-jong-un")!;
    expect(Math.hypot(kim.x - 100, kim.y + 50)).toBeCloseTo(NEW_NODE_DISTANCE, 9);
  });

  it("starts the layout only for many new entities or a first drawing, not for an expansion's few (issue #9: each step is a redraw)", () => {
    expect(layoutAfterGrowth(9, 207)).toBe(false);
    expect(layoutAfterGrowth(0, 207)).toBe(false);
    expect(layoutAfterGrowth(SETTLE_NEW_NODES_OVER, 8)).toBe(false);
    expect(layoutAfterGrowth(SETTLE_NEW_NODES_OVER + 1, 8)).toBe(true);
    expect(layoutAfterGrowth(4, 0)).toBe(true);
  });
});

describe("the live view in the URL", () => {
  const base: ViewState = {
    filters: NO_FILTERS,
    live: { node: "person:sergey-lavrov", hops: 2, expand: ["country:nga", "person:kim-jong-un"] },
  };

  it("writes the seed, its hops, the expansions and the lists asked for", () => {
    const view: ViewState = {
      ...base,
      selectedNode: "country:nga",
      path: ["person:sergey-lavrov", "person:kim-jong-un"],
      filters: {
        ...NO_FILTERS,
        hiddenRelationTypes: new Set(RELATION_TYPES.filter((type) => type !== "PARENT_OF" && type !== "LOCATED_IN")),
        hiddenStatuses: new Set(["alleged"]),
        dayRange: [partialDateRange("2024-06-01")![0], partialDateRange("2024-09-30")![0]],
      },
    };
    const params = encodeViewState(view, new URLSearchParams("graph=x"));
    expect(decodeURIComponent(params.toString())).toBe(
      "graph=x&path=person:sergey-lavrov,person:kim-jong-un&node=person:sergey-lavrov&hops=2&expand=country:nga,person:kim-jong-un" +
        "&select=country:nga&types=PARENT_OF,LOCATED_IN&statuses=occurred,planned&from=2024-06-01&to=2024-09-30",
    );
    expect(decodeViewState(new URLSearchParams(params.toString()), "live")).toEqual(view);
  });

  it("says 'none' for a list that lets nothing through, and reads hops beyond two as two", () => {
    const view: ViewState = { ...base, filters: { ...NO_FILTERS, hiddenStatuses: new Set(["occurred", "planned", "alleged"]) } };
    expect(encodeViewState(view, new URLSearchParams()).get("statuses")).toBe("none");
    expect(decodeViewState(new URLSearchParams("statuses=none"), "live").filters.hiddenStatuses).toEqual(
      new Set(["occurred", "planned", "alleged"]),
    );
    expect(decodeViewState(new URLSearchParams("node=a&hops=5&expand=b,b"), "live").live).toEqual({ node: "a", hops: 2, expand: ["b"] });
  });

  it("leaves document-mode links as they were", () => {
    const params = new URLSearchParams("node=a&focus=b&hops=3&types=MET");
    expect(decodeViewState(params)).toEqual({ selectedNode: "a", focus: { center: "b", hops: 3, expanded: [] }, filters: NO_FILTERS });
  });
});

describe("what a live view asks the API", () => {
  it("asks for the seed at its depth, each expansion at one hop and the paths, under the filters", () => {
    const requests = liveRequests({
      live: { node: "person:sergey-lavrov", hops: 2, expand: ["person:sergey-lavrov", "country:nga"] },
      path: ["person:sergey-lavrov", "person:kim-jong-un"],
      filters: {
        ...NO_FILTERS,
        hiddenStatuses: new Set(["alleged"]),
        dayRange: [partialDateRange("2024")![0], partialDateRange("2024")![1]],
      },
    });
    expect(requests.map((r) => decodeURIComponent(r.url))).toEqual([
      "api/neighbourhood?id=person:sergey-lavrov&hops=2&statuses=occurred,planned&from=2024-01-01&to=2024-12-31&undated=exclude&limit=200",
      "api/neighbourhood?id=country:nga&hops=1&statuses=occurred,planned&from=2024-01-01&to=2024-12-31&undated=exclude&limit=200",
      "api/path?from=person:sergey-lavrov&to=person:kim-jong-un&statuses=occurred,planned",
    ]);
  });

  it("asks nothing before a seed is picked, or when the filters let nothing through", () => {
    expect(liveRequests({ live: { hops: 1, expand: [] }, filters: NO_FILTERS })).toEqual([]);
    const noStatus = { ...NO_FILTERS, hiddenStatuses: new Set(["occurred", "planned", "alleged"] as const) };
    expect(liveRequests({ live: { node: "a", hops: 1, expand: [] }, filters: noStatus })).toEqual([]);
  });
});
