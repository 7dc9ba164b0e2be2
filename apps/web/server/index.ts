export { ensureExplorerBuilt, sourceHash, DIST_DIR } from "./build-explorer.ts";
export { serveExplorer, type ApiAnswer, type ApiHandler, type ExplorerServer, type ExplorerServerOptions } from "./serve-explorer.ts";
