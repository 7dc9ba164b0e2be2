import { createDrawCurvedEdgeLabel, createEdgeCurveProgram, DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS } from "@sigma/edge-curve";
import {
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeArrowHeadProgram,
  type EdgeProgram,
  type EdgeProgramType,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import type { ProgramInfo } from "sigma/rendering";
import type { EdgeProgramName } from "../core/graph/graph-attributes.ts";
import { placedEdgeLabels } from "./placed-edge-labels.ts";

/** A dash pattern in CSS pixels along the edge: drawn, then left out. */
export type DashPattern = readonly [on: number, off: number];

/** What the dashed programs read of an edge's display data besides sigma's own fields. */
export interface DashedEdgeDisplayData extends EdgeDisplayData {
  dash?: DashPattern;
}

export class RenderingShaderError extends Error {
  constructor(message: string) {
    super(`rendering: ${message}`);
    this.name = "RenderingShaderError";
  }
}

/**
 * Sigma 3 draws no dashed edges: the explorer's programs are sigma's clamped straight edge and
 * @sigma/edge-curve's curve with their shaders extended, so dashed edges look like the solid ones but for
 * the gaps. Each edge carries its pattern (`a_dash`, none for solid edges); the fragment shader leaves out
 * what falls in a gap by distance along the edge in screen pixels. Picking (clicks, hover) still sees the
 * whole edge, gaps included.
 */

const DASH_MASK_GLSL = /* glsl */ `
float dashMask(float along, vec2 dash) {
  float period = dash.x + dash.y;
  if (period <= 0.0) return 1.0;
  return step(mod(along, period), dash.x);
}
`;

/** Replaces `anchor` (which must occur once) in a shader of the program being extended. */
function patch(source: string, anchor: string, replacement: string): string {
  const at = source.indexOf(anchor);
  if (at < 0 || source.indexOf(anchor, at + 1) >= 0)
    throw new RenderingShaderError(`the shader to extend has changed (anchor ${JSON.stringify(anchor)} not found once)`);
  return source.slice(0, at) + replacement + source.slice(at + anchor.length);
}

type Shaders = { vertex: (source: string) => string; fragment: (source: string) => string; uniforms: readonly string[] };
/** The members of a concrete sigma edge program that the dashed one extends. */
interface ExtensibleEdgeProgram {
  ATTRIBUTES_ITEMS_COUNT: number;
  array: Float32Array;
  getDefinition(): ReturnType<EdgeProgram["getDefinition"]>;
  processVisibleItem(...args: Parameters<EdgeProgram["processVisibleItem"]>): void;
  setUniforms(params: RenderParams, program: ProgramInfo): void;
}
type ExtensibleEdgeProgramClass = new (...args: ConstructorParameters<typeof EdgeProgram>) => ExtensibleEdgeProgram;

/** `Base` with a per-edge `a_dash` attribute (the last one) and its shaders extended by `shaders`. */
function withDashes(Base: EdgeProgramType, shaders: Shaders, setUniforms?: (params: RenderParams, program: ProgramInfo) => void) {
  const Program = Base as unknown as ExtensibleEdgeProgramClass;
  return class DashedEdgeProgram extends Program {
    override getDefinition() {
      const definition = super.getDefinition();
      return {
        ...definition,
        VERTEX_SHADER_SOURCE: shaders.vertex(definition.VERTEX_SHADER_SOURCE),
        FRAGMENT_SHADER_SOURCE: shaders.fragment(definition.FRAGMENT_SHADER_SOURCE),
        UNIFORMS: [...definition.UNIFORMS, ...shaders.uniforms],
        ATTRIBUTES: [...definition.ATTRIBUTES, { name: "a_dash", size: 2, type: WebGLRenderingContext.FLOAT }],
      };
    }
    override processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ) {
      super.processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data);
      const dash = (data as DashedEdgeDisplayData).dash ?? [0, 0];
      const at = startIndex + this.ATTRIBUTES_ITEMS_COUNT - 2;
      this.array[at] = dash[0];
      this.array[at + 1] = dash[1];
    }
    override setUniforms(params: RenderParams, program: ProgramInfo) {
      super.setUniforms(params, program);
      setUniforms?.(params, program);
    }
  } as unknown as EdgeProgramType;
}

/** Straight: the vertex shader measures the edge on screen (CSS pixels); the distance is interpolated along it. */
const straightShaders: Shaders = {
  uniforms: ["u_dimensions"],
  vertex: (source) =>
    patch(
      `attribute vec2 a_dash;\nuniform vec2 u_dimensions;\nvarying vec2 v_dash;\nvarying highp float v_along;\n${source}`,
      "v_normal = unitNormal;",
      `v_normal = unitNormal;
  vec2 span = (u_matrix * vec3(a_positionEnd - a_positionStart, 0.0)).xy * u_dimensions / 2.0;
  v_along = a_positionCoef * length(span);
  v_dash = a_dash;`,
    ),
  fragment: (source) =>
    patch(
      patch(
        source,
        "precision mediump float;",
        `precision mediump float;\nvarying vec2 v_dash;\nvarying highp float v_along;\n${DASH_MASK_GLSL}`,
      ),
      "gl_FragColor = mix(v_color, transparent, t);",
      "gl_FragColor = mix(v_color, transparent, t) * dashMask(v_along, v_dash);",
    ),
};

/**
 * Curved: the fragment shader already finds the nearest point of the Bézier curve (in device pixels);
 * its parameter times the curve's length is the distance along it (near enough for the gentle curves
 * the explorer draws).
 */
const curveShaders: Shaders = {
  uniforms: [],
  vertex: (source) =>
    patch(
      `attribute vec2 a_dash;\nvarying vec2 v_dash;\n${source}`,
      "v_feather = u_feather;",
      "v_feather = u_feather;\n  v_dash = a_dash * u_pixelRatio;",
    ),
  fragment: (source) =>
    patch(
      patch(
        source,
        "precision highp float;",
        `precision highp float;
varying vec2 v_dash;
${DASH_MASK_GLSL}
float curveParameter(vec2 b0, vec2 b1, vec2 b2) {
  float a = b0.x * b2.y - b2.x * b0.y, b = 2.0 * (b1.x * b0.y - b0.x * b1.y), d = 2.0 * (b2.x * b1.y - b1.x * b2.y);
  float f = b * d - a * a;
  vec2 d21 = b2 - b1, d10 = b1 - b0, d20 = b2 - b0;
  vec2 gf = 2.0 * (b * d21 + d * d10 + a * d20);
  gf = vec2(gf.y, -gf.x);
  vec2 pp = -f * gf / dot(gf, gf);
  vec2 d0p = b0 - pp;
  float ap = d0p.x * d20.y - d20.x * d0p.y, bp = 2.0 * (d10.x * d0p.y - d0p.x * d10.y);
  return clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);
}
float alongCurve(vec2 p, vec2 c0, vec2 c1, vec2 c2) {
  float curveLength = (distance(c0, c2) + distance(c0, c1) + distance(c1, c2)) / 2.0;
  return curveParameter(c0 - p, c1 - p, c2 - p) * curveLength;
}`,
      ),
      "gl_FragColor = mix(v_color, transparent, t);",
      "gl_FragColor = mix(v_color, transparent, t) * dashMask(alongCurve(gl_FragCoord.xy, v_cpA, v_cpB, v_cpC), v_dash);",
    ),
};

const setDimensions = (params: RenderParams, { gl, uniformLocations }: ProgramInfo) =>
  gl.uniform2f(uniformLocations.u_dimensions!, params.width, params.height);

/** No arrow head: the line stops at the target's disc like the others (the head's length is 0). */
const LineProgram = withDashes(createEdgeClampedProgram({ lengthToThicknessRatio: 0 }), straightShaders, setDimensions);
const ArrowProgram: EdgeProgramType = createEdgeCompoundProgram([
  withDashes(createEdgeClampedProgram(), straightShaders, setDimensions),
  EdgeArrowHeadProgram,
]);

/** Curved edges' labels follow their curve (@sigma/edge-curve's), placed so that none covers another. */
const drawCurvedLabel = placedEdgeLabels(createDrawCurvedEdgeLabel({ ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS }));
const CurveProgram = withDashes(createEdgeCurveProgram({ drawLabel: drawCurvedLabel }), curveShaders);
const CurvedArrowProgram = withDashes(
  createEdgeCurveProgram({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, drawLabel: drawCurvedLabel }),
  curveShaders,
);

/**
 * The explorer's edge programs (see EdgeProgramName): straight or curved, with or without an arrow head,
 * each drawing solid edges and, for the edges whose display data has a `dash`, dashed ones (one program
 * for both: every program costs the first frame its shaders' compilation). Straight edges' labels are
 * sigma's default ones, placed by the renderer's `defaultDrawEdgeLabel`.
 */
export const EDGE_PROGRAMS = {
  line: LineProgram,
  arrow: ArrowProgram,
  curved: CurveProgram,
  curvedArrow: CurvedArrowProgram,
} as const satisfies Record<EdgeProgramName, EdgeProgramType>;
