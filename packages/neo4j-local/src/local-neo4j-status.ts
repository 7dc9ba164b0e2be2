import { LOCAL_BOLT_URI } from "./connection.ts";
import { localNeo4jPaths } from "./local-paths.ts";
import { runningServerPid } from "./server-process.ts";

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri: string;
}

/** Whether the local server's process runs (not whether it already answers: see startLocalNeo4j). */
export async function localNeo4jStatus(): Promise<LocalNeo4jStatus> {
  const pid = await runningServerPid(localNeo4jPaths());
  return pid === undefined ? { running: false, uri: LOCAL_BOLT_URI } : { running: true, pid, uri: LOCAL_BOLT_URI };
}
