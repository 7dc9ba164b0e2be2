export { ensureExplorerBuilt, sourceHash, DIST_DIR } from "./build-explorer.ts";
export { serveExplorer, type ExplorerServer, type ExplorerServerOptions } from "./serve-explorer.ts";
