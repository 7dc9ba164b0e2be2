// The GEXF writer alone: the package's browser entry also loads a parser that needs DOMParser at import time.
declare module "graphology-gexf/common/writer.js" {
  import type { Attributes } from "graphology-types";
  import type Graph from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";

  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}
