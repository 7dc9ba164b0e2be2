import { describe, expect, it } from "vitest";
import { partialDateRange } from "../src/core/dates/partial-date.ts";
import { NO_FILTERS } from "../src/core/filters/filter-state.ts";
import { decodeViewState, encodeViewState, type ViewState } from "../src/core/view-state/view-state.ts";

describe("view state in the URL", () => {
  it("round-trips selection, filters and camera, keeping other parameters", () => {
    const view: ViewState = {
      selectedNode: "person:vladimir-putin",
      selectedRelation: "r-met",
      filters: {
        hiddenRelationTypes: new Set(["MET", "LOCATED_IN"]),
        hiddenEntityTypes: new Set(["LOCATION"]),
        hiddenStatuses: new Set(["alleged"]),
        dayRange: [partialDateRange("2023-09-01")![0], partialDateRange("2024-06-30")![0]],
        showOrphans: true,
        includeUndated: true,
      },
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
    };
    const params = encodeViewState(view, new URLSearchParams("graph=data%2Fg.json&node=old"));
    expect(params.get("graph")).toBe("data/g.json");
    expect(params.get("hideRelations")).toBe("MET,LOCATED_IN");
    expect(params.get("from")).toBe("2023-09-01");
    expect(params.get("orphans")).toBe("show");
    expect(params.get("undated")).toBe("include");
    expect(decodeViewState(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it("keeps the table open with its order", () => {
    const params = encodeViewState(
      { table: true, sort: { key: "evidence", descending: true }, filters: NO_FILTERS },
      new URLSearchParams(),
    );
    expect(params.toString()).toBe("view=table&sort=-evidence");
    expect(decodeViewState(new URLSearchParams("view=table&sort=source"))).toMatchObject({
      table: true,
      sort: { key: "source", descending: false },
    });
    expect(decodeViewState(new URLSearchParams("view=list&sort=-nonsense"))).toEqual({ filters: NO_FILTERS });
  });

  it("keeps a neighbourhood, a path and parallel relations drawn one by one", () => {
    const view: ViewState = {
      focus: { center: "person:vladimir-putin", hops: 2, expanded: ["country:nga", "person:kim-jong-un"] },
      path: ["person:sergei-lavrov", "person:kim-jong-un"],
      splitParallel: true,
      filters: NO_FILTERS,
    };
    const params = encodeViewState(view, new URLSearchParams());
    expect(params.get("focus")).toBe("person:vladimir-putin");
    expect(params.get("hops")).toBe("2");
    expect(params.get("expand")).toBe("country:nga,person:kim-jong-un");
    expect(params.get("path")).toBe("person:sergei-lavrov,person:kim-jong-un");
    expect(params.get("parallel")).toBe("split");
    expect(decodeViewState(params)).toEqual(view);
    expect(decodeViewState(new URLSearchParams("focus=x&hops=99&path=a")).focus).toEqual({ center: "x", hops: 5, expanded: [] });
    expect(decodeViewState(new URLSearchParams("focus=x&hops=-1")).focus?.hops).toBe(1);
    expect(decodeViewState(new URLSearchParams("path=a")).path).toBeUndefined();
  });

  it("writes nothing for the default view", () => {
    expect(encodeViewState({ filters: NO_FILTERS }, new URLSearchParams()).toString()).toBe("");
  });

  it("ignores unknown types and malformed values", () => {
    const view = decodeViewState(new URLSearchParams("hideRelations=MET,DROP_TABLE&from=yesterday&to=2024&camera=1,2"));
    expect([...view.filters.hiddenRelationTypes]).toEqual(["MET"]);
    expect(view.filters.dayRange).toBeUndefined();
    expect(view.camera).toBeUndefined();
  });
});
