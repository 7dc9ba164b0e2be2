import type { GraphDocument } from "@news-kg/schema";
import type Sigma from "sigma";
import { getCameraStateToFitViewportToNodes } from "@sigma/utils";
import type { CameraState } from "sigma/types";
import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from "@news-kg/schema/vocabulary";
import { indexDocument, type DocumentIndex } from "../core/data/document-index.ts";
import { createDisplayReducers, type DisplayState } from "../core/display/display-reducers.ts";
import { bulkExtent, type BulkExtent } from "../core/dates/bulk-extent.ts";
import { relationDate } from "../core/dates/relation-date.ts";
import { timeSummary } from "../core/dates/time-summary.ts";
import { graphToGexf } from "../core/export/graph-to-gexf.ts";
import { pictureCaption } from "../core/export/picture-caption.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "../core/styling/palette.ts";
import type { FilterState } from "../core/filters/filter-state.ts";
import { relationFilter } from "../core/filters/relation-filter.ts";
import { buildGraph, type ExplorerGraph } from "../core/graph/build-graph.ts";
import { syncGraph } from "../core/graph/sync-graph.ts";
import { createPositionCache } from "../core/layout/position-cache.ts";
import { legendCounts, type LegendCounts } from "../core/legend/legend-counts.ts";
import { shownCounts } from "../core/legend/shown-counts.ts";
import { relationsByType } from "../core/panel/relations-by-type.ts";
import { createExplorations, type Exploration } from "../core/paths/explorations.ts";
import { pathSteps } from "../core/paths/path-steps.ts";
import { createSearchIndex } from "../core/search/search-index.ts";
import { relationRow } from "../core/table/relation-row.ts";
import { rowsToCsv } from "../core/table/rows-to-csv.ts";
import { DEFAULT_SORT, sortRows, type SortKey } from "../core/table/table-sort.ts";
import { decodeViewState, encodeViewState, type ViewState } from "../core/view-state/view-state.ts";
import { cypherText } from "../core/cypher/cypher-question.ts";
import { defaultBrowserBase } from "../core/cypher/neo4j-browser-url.ts";
import { documentCypher } from "../core/cypher/document-cypher.ts";
import { liveRequests } from "../core/live/live-requests.ts";
import { layoutAfterGrowth } from "../core/live/place-new-nodes.ts";
import { cypherBox, type CypherEntry } from "../components/cypher-box.ts";
import { timeFilter } from "../components/time-filter.ts";
import { h, replaceChildren } from "../components/dom.ts";
import { entityPanel, type PanelActions } from "../components/entity-panel.ts";
import { entityTools, type EntityToolActions } from "../components/entity-tools.ts";
import { focusBar } from "../components/focus-bar.ts";
import { replaceKeepingFocus } from "../components/keep-focus.ts";
import { legendFilters, type LegendActions } from "../components/legend-filters.ts";
import { pathPanel } from "../components/path-panel.ts";
import { relationPanel } from "../components/relation-panel.ts";
import { relationTable } from "../components/relation-table.ts";
import { searchBox } from "../components/search-box.ts";
import { toolbar } from "../components/toolbar.ts";
import { zoomControls } from "../components/zoom-controls.ts";
import { keyboardCamera } from "./keyboard-camera.ts";
import { pictureWithCaption, type LegendEntry } from "./export-picture.ts";
import { createLayoutController } from "./layout-controller.ts";
import { createRenderer, INTERACTIVE_EDGES_LIMIT, sizeSettings } from "./create-renderer.ts";
import { download } from "./download.ts";

export interface ExplorerInput {
  document: GraphDocument;
  /** Keys the cached layout: a hash of the document. */
  documentHash: string;
  sourceName: string;
}

/**
 * What live mode (the explorer on Neo4j) changes: the graph is what the API answered, so a view asking
 * another question (seed, expansions, filters, paths) is fetched by `requery` and drawn into this explorer
 * (`showLive`) instead of being filtered here; the search asks the API.
 */
export interface LiveHooks {
  /** Fetches and draws the view (through `showLive`), writing it into the history as asked. */
  requery(next: ViewState, history: "push" | "replace" | "none"): void;
  /** The top bar's search box: picks an entity, drawn or not (made once, with the explorer). */
  searchBox(onPick: (entityId: string) => void): HTMLElement;
  /** The statements behind what is drawn, for the Cypher control. */
  questions: CypherEntry[];
  /** Over the graph: what the cap cut, paths not found, where to start. */
  notices: HTMLElement[];
  /** The top bar's counts: what is drawn of the database. */
  stats: string;
  /** Neo4j Browser's address. */
  browserBase: string;
  /** The time line's track: the bulk of the database's dates, not only of what is drawn. */
  timeline?: BulkExtent;
  /** The legend's totals (the database's) from what is drawn. */
  legendTotals(drawn: LegendCounts): LegendCounts;
  /** A drawn relation whose evidence the answers cut: how much it has, and the API's answer with all of it. */
  moreEvidence(relationId: string): { total: number; fetch(): Promise<GraphDocument> } | undefined;
}

/** The question a view asks the API: the requests it makes, in order. */
const liveQuestion = (view: ViewState) =>
  liveRequests(view)
    .map((request) => request.url)
    .join(" ");

/** How long the camera takes to frame what a change of view leaves. */
const CAMERA_MS = 300;

/** Slices of the time line's histogram. */
const TIMELINE_BINS = 40;

/** Graphs up to this many relations get a label on every edge. */
const LABEL_ALL_EDGES_LIMIT = 150;

/** A document made ready to draw: its graph and look-up tables. Nothing of it is on screen yet. */
export interface PreparedExplorer {
  input: ExplorerInput;
  index: DocumentIndex;
  graph: ExplorerGraph;
  positions: ReturnType<typeof createPositionCache>;
  /** Whether the positions came from the layout cache (then no layout runs at start). */
  cached: boolean;
}

/** Builds the graph of a (checked) document, at its cached positions if any; `mountExplorer` draws it. */
export function prepareExplorer(input: ExplorerInput): PreparedExplorer {
  const index = indexDocument(input.document);
  const positions = createPositionCache(window.localStorage);
  const cachedPositions = positions.load(
    input.documentHash,
    input.document.entities.map((e) => e.id),
  );
  const graph = buildGraph(input.document, cachedPositions);
  performance.mark("web:graph-built");
  return { input, index, graph, positions, cached: cachedPositions !== undefined };
}

export interface MountedExplorer {
  destroy(): void;
  /**
   * Live mode: draws another answer in this explorer, keeping its renderer and graph (no new WebGL
   * context, no remount): the graph takes the answer's entities and relations in place, what was drawn
   * keeping its position; the layout runs on the result unless nothing new came; the panels follow. The graph
   * and the side panel are drawn first; `onComplete` is called once the rest (legend, time line, table, Cypher) follows.
   */
  showLive(prepared: PreparedExplorer, hooks: LiveHooks, onComplete: () => void): void;
}

/**
 * The explorer over one document: graph, legend and filters, search, side panel, layout, exports, URL
 * state. What the first frame does not need (the legend's counts, the time line's extent, the look-up
 * tables behind the panels and the GEXF export) is built after it.
 */
export function mountExplorer(root: HTMLElement, prepared: PreparedExplorer, openFile: () => void, liveHooks?: LiveHooks): MountedExplorer {
  const { graph, positions, cached } = prepared;
  // A live explorer draws each answer into the same graph: what depends on the document is replaced by `showLive`.
  let live = liveHooks;
  let { input, index } = prepared;
  let graphDocument = input.document;
  let reducers = createDisplayReducers(graph, index);
  let explore = createExplorations(graph, index);

  /** The view the address bar holds, without what this document lacks. */
  const readView = (): ViewState => {
    const read = decodeViewState(new URLSearchParams(location.search), live ? "live" : "document");
    if (read.selectedNode && !graph.hasNode(read.selectedNode)) delete read.selectedNode;
    if (read.selectedRelation && !graph.hasEdge(read.selectedRelation)) delete read.selectedRelation;
    if (read.focus && !graph.hasNode(read.focus.center)) delete read.focus;
    if (read.focus) read.focus = { ...read.focus, expanded: read.focus.expanded.filter((node) => graph.hasNode(node)) };
    if (read.path && !read.path.every((end) => graph.hasNode(end))) delete read.path;
    return read;
  };
  let view = readView();
  let exploration: Exploration = explore(view);
  let hoveredNode: string | undefined;
  /** Pairs whose folded edge was clicked: their relations are drawn apart until the document closes. */
  let splitPairs: ReadonlySet<string> = new Set();
  const cameraFromUrl = view.camera !== undefined;

  const stage = h("div", { class: "stage", attrs: { "aria-label": "Graph" } });
  const stageBar = h("div", { class: "stage-bar" });
  const legendSlot = h("div", { class: "legend-slot" });
  const timelineSlot = h("div", { class: "timeline-slot" });
  const tableSlot = h("div", { class: "table-slot" });
  const panelContent = h("div", { class: "panel-content" });
  const panel = h(
    "aside",
    { class: "side-panel", attrs: { hidden: "", "aria-live": "polite" } },
    h("button", { class: "close", title: "Close", attrs: { "aria-label": "Close panel" }, on: { click: () => closePanel() } }, "×"),
    panelContent,
  );
  const statsText = h(
    "span",
    { class: "doc-stats", title: input.sourceName },
    live?.stats ??
      `${graphDocument.entities.length} entities · ${graphDocument.relations.length} relations · ${graphDocument.articles.length} articles`,
  );
  let searchIndex = createSearchIndex(graphDocument.entities);

  const pickFromSearch = (entityId: string) => {
    if (!live || graph.hasNode(entityId) || !view.live) return actions.selectEntity(entityId);
    // Not drawn yet: the first pick seeds the view, later ones are expanded into it.
    const { node, expand } = view.live;
    const grown = node ? { ...view.live, expand: [...expand, entityId] } : { ...view.live, node: entityId };
    const { selectedRelation: _r, ...rest } = view;
    apply({ ...rest, live: grown, selectedNode: entityId });
  };
  const actions: PanelActions = {
    selectEntity: (entityId) => {
      select({ selectedNode: entityId });
      focusCamera(entityId);
    },
    selectRelation: (relationId) => select({ selectedNode: view.selectedNode, selectedRelation: relationId }),
  };
  const toolActions: EntityToolActions = {
    focus: (center, hops) => apply({ ...view, focus: { center, hops, expanded: [] } }, { reindex: true, refit: true }),
    toggleExpanded: (node) => {
      if (view.live) {
        const { expand } = view.live;
        const next = expand.includes(node) ? expand.filter((n) => n !== node) : [...expand, node];
        return apply({ ...view, live: { ...view.live, expand: next } });
      }
      if (!view.focus) return;
      const { expanded } = view.focus;
      const next = expanded.includes(node) ? expanded.filter((n) => n !== node) : [...expanded, node];
      apply({ ...view, focus: { ...view.focus, expanded: next } }, { reindex: true, refit: true });
    },
    pathTo: (from, to) => {
      const { selectedNode: _n, selectedRelation: _r, ...rest } = view;
      apply({ ...rest, path: [from, to] }, { refit: true });
    },
  };
  const tools = toolbar({
    toggleLayout: () => (layout.isRunning() ? layout.stop() : layout.start()),
    fit: () => frameShown(true),
    exportPng: (size) => void savePicture(size),
    exportGexf: () =>
      download(
        new Blob([graphToGexf(graph, index, reducers.isNodeVisible, reducers.isEdgeVisible)], { type: "application/xml" }),
        "news-kg-graph.gexf",
      ),
    toggleTable: () => apply({ ...view, table: !view.table }),
    openFile,
  });
  const browserBase = live?.browserBase ?? defaultBrowserBase(location.hostname);
  const cypher = cypherBox(
    () => live?.questions ?? [{ title: documentCypher(view).title, text: cypherText(documentCypher(view).title, documentCypher(view)) }],
    browserBase,
  );

  replaceChildren(
    root,
    h(
      "header",
      { class: "topbar" },
      h("h1", {}, "News KG explorer"),
      statsText,
      live ? live.searchBox(pickFromSearch) : searchBox(searchIndex, actions.selectEntity),
      tools.element,
      cypher.element,
    ),
    h("aside", { class: "sidebar" }, legendSlot, timelineSlot),
    stage,
    stageBar,
    zoomControls({
      zoomIn: () => void renderer.getCamera().animatedZoom({ duration: 200 }),
      zoomOut: () => void renderer.getCamera().animatedUnzoom({ duration: 200 }),
      fit: () => frameShown(true),
    }),
    tableSlot,
    panel,
  );

  reducers.setState(displayState());
  performance.mark("web:ui-built");
  const renderer = createRenderer(graph, stage, reducers);
  performance.mark("web:rendered");
  const onLayout = (running: boolean, verdict?: string) => {
    tools.setLayoutRunning(running);
    document.body.dataset.layout = running ? "running" : "stopped";
    if (running || verdict === "user") return;
    positions.save(input.documentHash, new Map(graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }])));
    // Layout steps only update positions; a full refresh re-frames the graph to its final extent.
    renderer.refresh();
    if (!cameraFromUrl) frameShown(false);
  };
  let layout = createLayoutController(graph, onLayout);

  function displayState(): DisplayState {
    const { path } = exploration;
    return {
      filters: view.filters,
      ...(view.selectedNode ? { selectedNode: view.selectedNode } : {}),
      ...(view.selectedRelation ? { selectedRelation: view.selectedRelation } : {}),
      ...(hoveredNode ? { hoveredNode } : {}),
      labelAllEdges: graph.size <= LABEL_ALL_EDGES_LIMIT,
      ...(exploration.restrictTo ? { restrictTo: exploration.restrictTo } : {}),
      ...(path ? { pathHighlight: { nodes: path.found?.nodes ?? new Set([path.from, path.to]), edges: path.relations } } : {}),
      ...(view.splitParallel ? { splitAll: true } : {}),
      splitPairs,
    };
  }
  function redraw(reindex: boolean) {
    reducers.setState(displayState());
    renderer.refresh({ skipIndexation: !reindex });
  }
  /** Writes the view into the address bar: a new history entry (Back returns to the view before) or in place. */
  function writeUrl(entry: "push" | "replace") {
    const query = encodeViewState(view, new URLSearchParams(location.search)).toString();
    const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (entry === "push" && url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, "", url);
    else history.replaceState(history.state, "", url);
  }
  /**
   * Moves to another view: works out its neighbourhood and paths, redraws, re-renders what depends on
   * it, and writes it into the URL as a new history entry (`history: "replace"` while a handle is being
   * dragged, "none" when Back or Forward brought it). `reindex` when what is visible changes (filters,
   * neighbourhood); `refit` to frame the camera on what remains.
   */
  function apply(
    next: ViewState,
    { reindex = false, refit = false, keepTimeline = false, history = "push" as "push" | "replace" | "none" } = {},
  ) {
    if (live && liveQuestion(next) !== liveQuestion(view)) {
      // A time window being dragged asks once, when it is let go.
      if (history === "replace") return;
      // Until the answer replaces this explorer, what it still writes (the camera's place, a click) builds on the
      // view asked for: writing its older view would drop the question from the address bar (issue #9's race).
      view = next;
      live.requery(next, history === "none" ? "none" : "push");
      return;
    }
    const explorationChanged = next.filters !== view.filters || next.focus !== view.focus || next.path !== view.path;
    view = next;
    if (explorationChanged) exploration = explore(view);
    redraw(reindex);
    if (reindex) renderLegend();
    if (reindex && !keepTimeline) renderTimeline();
    renderPanel();
    renderTable();
    renderStageBar();
    cypher.refresh();
    if (history !== "none") writeUrl(history);
    if (refit) frameShown(true);
  }
  let totals: LegendCounts | undefined;
  const legendActions: LegendActions = {
    setHidden(group, hidden) {
      const f = view.filters;
      if (group === "entity") setFilters({ ...f, hiddenEntityTypes: new Set(ENTITY_TYPES.filter((t) => hidden.has(t))) });
      if (group === "relation") setFilters({ ...f, hiddenRelationTypes: new Set(RELATION_TYPES.filter((t) => hidden.has(t))) });
      if (group === "status") setFilters({ ...f, hiddenStatuses: new Set(RELATION_STATUSES.filter((t) => hidden.has(t))) });
    },
    setShowOrphans(show) {
      const { showOrphans: _, ...rest } = view.filters;
      setFilters(show ? { ...rest, showOrphans: true } : rest);
    },
    setSplitParallel(split) {
      const { splitParallel: _, ...rest } = view;
      splitPairs = new Set();
      apply(split ? { ...rest, splitParallel: true } : rest, { reindex: true });
    },
  };
  function renderLegend() {
    totals ??= live ? live.legendTotals(legendCounts(graphDocument)) : legendCounts(graphDocument);
    const shown = shownCounts(graph, reducers.isNodeVisible, reducers.isEdgeVisible);
    replaceKeepingFocus(legendSlot, legendFilters(totals, shown, view.filters, view.splitParallel === true, legendActions));
  }
  /** Frames the camera on what is on screen (what the filters and the neighbourhood leave), or on the paths drawn. */
  function frameShown(animate: boolean) {
    const pathNodes = exploration.path?.found?.nodes;
    const shown = pathNodes ? [...pathNodes] : graph.filterNodes(reducers.isNodeVisible);
    if (shown.length === 0) return;
    const target = besidePanel(getCameraStateToFitViewportToNodes(renderer as unknown as Sigma, shown), true);
    if (animate) void renderer.getCamera().animate(target, { duration: CAMERA_MS });
    else renderer.getCamera().setState(target);
  }
  /**
   * The camera state that shows, in the part of the stage the side panel leaves uncovered, what `state`
   * shows on the whole stage; `shrink` zooms out so that all of it fits there, else the zoom stays.
   */
  function besidePanel(state: CameraState, shrink: boolean): CameraState {
    const covered = panel.hidden ? 0 : panel.offsetWidth;
    if (covered === 0) return state;
    const { width, height } = renderer.getDimensions();
    const ratio = shrink ? (state.ratio * width) / Math.max(1, width - covered) : state.ratio;
    const cameraState = { ...state, ratio };
    const center = renderer.viewportToFramedGraph({ x: width / 2 + covered / 2, y: height / 2 }, { cameraState });
    return { ...cameraState, x: center.x, y: center.y };
  }
  let bulk: BulkExtent | null | undefined;
  function outlierText(relationId: string) {
    const relation = index.relations.get(relationId)!;
    const name = (id: string) => index.entities.get(id)?.name ?? id;
    return `${relationDate(relation, index.articles)?.date} · ${name(relation.source)} ${relation.type} ${name(relation.target)}`;
  }
  function renderTimeline() {
    bulk ??= live?.timeline ?? bulkExtent(index.relationDays) ?? null;
    if (!bulk) return timelineSlot.replaceChildren();
    const { dayRange, includeUndated, ...rest } = view.filters;
    const input = {
      track: bulk.extent,
      summary: timeSummary(index, view.filters, bulk.extent, TIMELINE_BINS),
      ...(dayRange ? { range: dayRange } : {}),
      includeUndated: includeUndated === true,
      outliers: bulk.outliers.map((id) => ({ id, text: outlierText(id) })),
    };
    replaceKeepingFocus(
      timelineSlot,
      timeFilter(input, {
        // The time line keeps itself up to date while a handle or the window moves: re-rendering it would drop the drag.
        setRange: (range, final) => {
          const { dayRange: _range, includeUndated: include, ...others } = view.filters;
          // A new range starts without the undated relations; one being adjusted keeps the choice.
          const keepUndated = view.filters.dayRange && range && include;
          const filters = range ? { ...others, dayRange: range, ...(keepUndated ? { includeUndated: true } : {}) } : others;
          apply({ ...view, filters }, { reindex: true, refit: final, keepTimeline: true, history: final ? "push" : "replace" });
        },
        setIncludeUndated: (include) =>
          setFilters(include ? { ...view.filters, includeUndated: true } : { ...rest, ...(dayRange ? { dayRange } : {}) }),
        selectRelation: actions.selectRelation,
      }),
    );
  }
  function renderStageBar() {
    const { focus } = view;
    if (live) {
      stageBar.hidden = live.notices.length === 0;
      return stageBar.replaceChildren(...live.notices);
    }
    stageBar.hidden = !focus;
    if (!focus) return stageBar.replaceChildren();
    const centerName = index.entities.get(focus.center)?.name ?? focus.center;
    replaceKeepingFocus(
      stageBar,
      focusBar(focus, centerName, exploration.restrictTo?.size ?? 0, {
        setHops: (hops) => apply({ ...view, focus: { ...focus, hops } }, { reindex: true, refit: true }),
        clear: () => {
          const { focus: _f, ...rest } = view;
          apply(rest, { reindex: true, refit: true });
        },
      }),
    );
  }
  /** The rows of what the filters show, in the table's order. */
  function shownRows() {
    const shown = relationFilter(index, view.filters);
    const rows = graphDocument.relations
      .filter(shown)
      .map((relation) => relationRow(relation, index, live?.moreEvidence(relation.id)?.total));
    return sortRows(rows, view.sort ?? DEFAULT_SORT);
  }
  function renderTable() {
    tools.setTableOpen(view.table === true);
    tableSlot.hidden = !view.table;
    if (!view.table) return tableSlot.replaceChildren();
    replaceKeepingFocus(
      tableSlot,
      relationTable(shownRows(), graphDocument.relations.length, view.sort ?? DEFAULT_SORT, view.selectedRelation, {
        sortBy: setSort,
        selectRelation: (relationId) => select({ selectedNode: view.selectedNode, selectedRelation: relationId }),
        exportCsv: () => download(new Blob([rowsToCsv(shownRows(), index)], { type: "text/csv" }), "news-kg-relations.csv"),
        close: () => apply({ ...view, table: false }),
      }),
    );
  }
  function setSort(key: SortKey) {
    const current = view.sort ?? DEFAULT_SORT;
    apply({ ...view, sort: { key, descending: current.key === key ? !current.descending : false } });
  }
  /** Replaces a relation's card, drawn with part of its evidence, by the card of all of it once that came. */
  function showAllEvidence(relationId: string, full: Promise<GraphDocument>, back: HTMLElement | null | undefined, card: HTMLElement) {
    full.then(
      (fragment) => {
        const relation = fragment.relations.find((r) => r.id === relationId);
        // The card may have been closed or replaced meanwhile.
        if (!relation || !card.isConnected) return;
        replaceChildren(panelContent, back, relationPanel(relation, indexDocument(fragment), actions));
      },
      (error: Error) => {
        const note = card.querySelector(".evidence-more");
        if (note) note.textContent = `The rest of the evidence could not be read: ${error.message}`;
      },
    );
  }
  function renderPanel() {
    const relation = view.selectedRelation ? index.relations.get(view.selectedRelation) : undefined;
    const entity = view.selectedNode ? index.entities.get(view.selectedNode) : undefined;
    const { path } = exploration;
    panel.hidden = !relation && !entity && !path;
    if (relation) {
      const back = entity
        ? h("button", { class: "link back", on: { click: () => select({ selectedNode: entity.id }) } }, `← ${entity.name}`)
        : path && h("button", { class: "link back", on: { click: () => select({}) } }, "← Shortest paths");
      const more = live?.moreEvidence(relation.id);
      const card = relationPanel(relation, index, actions, more?.total);
      replaceChildren(panelContent, back, card);
      if (more) showAllEvidence(relation.id, more.fetch(), back, card);
    } else if (entity) {
      const groups = relationsByType(entity.id, index, relationFilter(index, view.filters));
      const shown = groups.reduce((sum, group) => sum + group.entries.length, 0);
      const hidden = (index.relationsOf.get(entity.id)?.length ?? 0) - shown;
      const liveTools = view.live && {
        expanded: view.live.node === entity.id || view.live.expand.includes(entity.id),
        seed: view.live.node === entity.id,
      };
      const entityToolbox = entityTools(entity, view.focus, searchIndex, toolActions, liveTools || undefined);
      replaceChildren(panelContent, entityPanel(entity, groups, hidden, index.articles, actions, entityToolbox));
    } else if (path) {
      replaceChildren(panelContent, pathPanel(pathSteps(path, graph, index), index, { ...actions, clearPath }));
    } else {
      replaceChildren(panelContent);
    }
    panelContent.scrollTop = 0;
  }
  function clearPath() {
    const { path: _p, ...rest } = view;
    apply(rest);
  }
  /** The close button: a card closes; the paths' card clears the paths. */
  function closePanel() {
    if (!view.selectedNode && !view.selectedRelation && view.path) clearPath();
    else select({});
  }
  function select(selection: Pick<ViewState, "selectedNode" | "selectedRelation">) {
    const { selectedNode: _n, selectedRelation: _r, ...rest } = view;
    apply({ ...rest, ...selection });
  }
  function setFilters(filters: FilterState) {
    apply({ ...view, filters }, { reindex: true, refit: true });
  }
  /** Saves the picture with the legend of what it shows and a caption of the filters, dates and exploration. */
  async function savePicture(size: { width: number; height: number } | undefined) {
    const shown = shownCounts(graph, reducers.isNodeVisible, reducers.isEdgeVisible);
    const sum = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    const legend: LegendEntry[] = [
      ...[...shown.entityTypes.keys()].map((type) => ({ label: type.toLowerCase(), color: ENTITY_COLORS[type], kind: "node" as const })),
      ...[...shown.relationTypes.keys()].map((type) => ({ label: type, color: RELATION_COLORS[type], kind: "edge" as const })),
    ];
    const name = (id: string) => index.entities.get(id)?.name ?? id;
    const exploring = view.path
      ? `Shortest paths from ${name(view.path[0])} to ${name(view.path[1])}.`
      : view.focus
        ? `Neighbourhood of ${name(view.focus.center)}, ${view.focus.hops} hops.`
        : undefined;
    const caption = pictureCaption({
      filters: view.filters,
      shown: { entities: sum(shown.entityTypes), relations: sum(shown.relationTypes) },
      total: { entities: graph.order, relations: graph.size },
      ...(exploring ? { exploring } : {}),
    });
    download(await pictureWithCaption(renderer as unknown as Sigma, size, legend, caption), "news-kg-graph.png");
  }
  /** Brings a node to the middle of what the side panel leaves visible of the stage, at the same zoom. */
  function focusCamera(node: string) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) return;
    const camera = renderer.getCamera();
    void camera.animate(besidePanel({ x: data.x, y: data.y, ratio: camera.ratio, angle: camera.angle }, false), { duration: 400 });
  }

  const highlightOnHover = () => graph.size <= INTERACTIVE_EDGES_LIMIT;
  renderer.on("enterNode", ({ node }) => {
    stage.classList.add("pointing");
    if (!highlightOnHover()) return;
    hoveredNode = node;
    redraw(false);
  });
  renderer.on("leaveNode", () => {
    stage.classList.remove("pointing");
    if (!highlightOnHover()) return;
    hoveredNode = undefined;
    redraw(false);
  });
  renderer.on("clickNode", ({ node }) => select({ selectedNode: node }));
  // Live mode: a double click expands the entity (fetches and draws its neighbours) instead of zooming.
  renderer.on("doubleClickNode", (event) => {
    if (!view.live) return;
    event.preventSigmaDefault();
    if (event.node !== view.live.node && !view.live.expand.includes(event.node)) toolActions.toggleExpanded(event.node);
  });
  renderer.on("clickEdge", ({ edge }) => {
    if (!reducers.bundleMembers(edge)) return select({ selectedNode: view.selectedNode, selectedRelation: edge });
    splitPairs = new Set([...splitPairs, reducers.pairOf(edge)]);
    redraw(true);
  });
  renderer.on("clickStage", () => select({}));
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on("updated", (state) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      view = { ...view, camera: { x: state.x, y: state.y, ratio: state.ratio } };
      writeUrl("replace");
    }, 300);
  });

  keyboardCamera(stage, renderer.getCamera(), () => frameShown(true));
  const onHistory = () => apply(readView(), { reindex: true, history: "none" });
  const onKey = (event: KeyboardEvent) => {
    // Escape in a search box closes its suggestions only.
    if (event.key !== "Escape" || panel.hidden || (event.target instanceof HTMLInputElement && event.target.type === "search")) return;
    closePanel();
  };
  window.addEventListener("popstate", onHistory);
  window.addEventListener("keydown", onKey);

  renderPanel();
  renderTable();
  renderStageBar();
  if (view.camera) renderer.getCamera().setState(view.camera);
  document.body.dataset.layout = cached ? "stopped" : "pending";
  let sidebarTimer: ReturnType<typeof setTimeout> | undefined;
  let afterLiveFrame: ReturnType<typeof setTimeout> | undefined;
  let afterLiveLayout: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const firstFrame = () => {
    document.body.dataset.firstFrame = String(performance.now());
    // The picture first, then the layout (starting its worker copies the whole graph), then the sidebar.
    if (!cached) layout.start();
    sidebarTimer = setTimeout(() => {
      renderLegend();
      renderTimeline();
      if (cached && !cameraFromUrl) frameShown(false);
    });
  };
  // Hooks for the browser tests and the benchmark.
  const publishHooks = () => Object.assign(window, { __explorer: { renderer, graph, layout, isEdgeVisible: reducers.isEdgeVisible } });
  publishHooks();
  frame = requestAnimationFrame(firstFrame);

  function showLive(next: PreparedExplorer, hooks: LiveHooks, onComplete: () => void) {
    // The layout's worker would restart at every node and edge added or dropped: a new one starts on the result.
    layout.kill();
    tools.setLayoutRunning(false);
    // A few new entities stay where they were placed (beside what they relate to); many start the layout.
    const settle = layoutAfterGrowth(next.graph.filterNodes((node) => !graph.hasNode(node)).length, graph.order);
    syncGraph(graph, next.graph);
    performance.mark("live:synced");
    live = hooks;
    ({ input, index } = next);
    graphDocument = input.document;
    reducers = createDisplayReducers(graph, index);
    explore = createExplorations(graph, index);
    searchIndex = createSearchIndex(graphDocument.entities);
    statsText.textContent = hooks.stats;
    statsText.title = input.sourceName;
    totals = undefined;
    bulk = undefined;
    if (hoveredNode && !graph.hasNode(hoveredNode)) hoveredNode = undefined;
    renderer.setSettings({ ...sizeSettings(graph), nodeReducer: reducers.nodeReducer, edgeReducer: reducers.edgeReducer });
    layout = createLayoutController(graph, onLayout);
    publishHooks();
    view = readView();
    exploration = explore(view);
    redraw(true);
    performance.mark("live:redrawn");
    renderPanel();
    renderStageBar();
    performance.mark("live:panels");
    document.body.dataset.layout = settle ? "pending" : "stopped";
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(afterLiveFrame);
    clearTimeout(afterLiveLayout);
    frame = requestAnimationFrame(() => {
      document.body.dataset.firstFrame = String(performance.now());
      // What the frame does not show (the legend's counts, the time line, the table and the Cypher), then the
      // layout, once the new answer's frame is out: after the next frame's callbacks, not in them nor right
      // after the first (50-100 ms of main thread there held the answer's frame back on a busy machine, as
      // the layout's worker starting and copying the graph, and each of its steps a frame to draw, did).
      frame = requestAnimationFrame(() => {
        frame = undefined;
        afterLiveFrame = setTimeout(() => {
          renderLegend();
          renderTimeline();
          renderTable();
          cypher.refresh();
          performance.mark("live:complete");
          onComplete();
        });
        if (settle) afterLiveLayout = setTimeout(() => layout.start());
      });
    });
  }

  return {
    showLive,
    destroy() {
      window.removeEventListener("popstate", onHistory);
      window.removeEventListener("keydown", onKey);
      clearTimeout(cameraTimer);
      clearTimeout(sidebarTimer);
      clearTimeout(afterLiveFrame);
      clearTimeout(afterLiveLayout);
      if (frame !== undefined) cancelAnimationFrame(frame);
      layout.kill();
      renderer.kill();
      root.replaceChildren();
    },
  };
}
