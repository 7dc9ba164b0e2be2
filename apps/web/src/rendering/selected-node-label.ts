import { drawDiscNodeHover, drawDiscNodeLabel, type NodeLabelDrawingFunction } from "sigma/rendering";
import type { ExplorerNodeDisplayData } from "../core/display/display-reducers.ts";
import type { EdgeAttributes, NodeAttributes } from "../core/graph/graph-attributes.ts";

/**
 * Sigma's node label, and for a selected node (`selected` in its display data) the look sigma gives a
 * hovered one: its label on a white card, the node drawn over the card. Drawn on the labels layer, so that a
 * selection does not need sigma's two hover layers (two full-size layers more for every frame to composite;
 * in software GL that doubled a frame's swap). The disc is drawn flat: the node program's own edge blending
 * is not worth a WebGL pass for one node.
 */
export const drawNodeLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) => {
  if (!(data as ExplorerNodeDisplayData).selected) return drawDiscNodeLabel(context, data, settings);
  drawDiscNodeHover(context, data, settings);
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
};
