import type { EdgeLabelDrawingFunction } from "sigma/rendering";
import { chooseLabels } from "../core/labels/choose-labels.ts";
import type { OrientedBox } from "../core/labels/oriented-box.ts";

type DrawArguments = Parameters<EdgeLabelDrawingFunction>;

/** A label sigma asked for in the frame being drawn, with the function that draws it. */
interface PendingLabel {
  draw: EdgeLabelDrawingFunction;
  args: DrawArguments;
}

/** The labels asked for per canvas, drawn together once sigma has asked for all of them. */
const pending = new Map<CanvasRenderingContext2D, PendingLabel[]>();

/**
 * Wraps a sigma edge label drawing function so that labels are never drawn over each other: during a
 * frame, sigma's calls are only collected; once it has made them all (in a microtask, before the frame
 * is painted), the boxes each label's text would cover are measured by drawing it on a recorder, and
 * only the labels that fit are drawn (see chooseLabels; the selected relation's first, then the
 * focus's). Every wrapped function shares the collection, so straight and curved labels compete alike.
 */
export function placedEdgeLabels(draw: EdgeLabelDrawingFunction): EdgeLabelDrawingFunction {
  return (...args) => {
    const context = args[0];
    let labels = pending.get(context);
    if (!labels) {
      labels = [];
      pending.set(context, labels);
      queueMicrotask(() => drawPending(context));
    }
    labels.push({ draw, args });
  };
}

function drawPending(context: CanvasRenderingContext2D) {
  const labels = pending.get(context) ?? [];
  pending.delete(context);
  const candidates = labels.map(({ draw, args }) => {
    const recorder = new LabelRecorder(context);
    draw(recorder.asContext(), ...(args.slice(1) as [DrawArguments[1], DrawArguments[2], DrawArguments[3], DrawArguments[4]]));
    const edge = args[1];
    return { boxes: recorder.boxes, priority: (edge.zIndex ?? 0) + (edge.forceLabel ? 0.5 : 0) };
  });
  for (const i of chooseLabels(candidates)) {
    const { draw, args } = labels[i]!;
    draw(...args);
  }
}

/** A 2D affine transform, as the canvas keeps it: (x, y) → (a x + c y + e, b x + d y + f). */
type Matrix = { a: number; b: number; c: number; d: number; e: number; f: number };

/**
 * Stands in for the canvas while a label is "drawn", to learn where its text would go: it keeps the
 * transforms sigma's label functions use (translate, rotate, save, restore) and turns each fillText
 * into the box it covers. Text is measured on the real canvas, with the font the function sets.
 */
class LabelRecorder {
  readonly boxes: OrientedBox[] = [];
  #matrix: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  readonly #saved: Matrix[] = [];
  readonly #context: CanvasRenderingContext2D;

  constructor(context: CanvasRenderingContext2D) {
    this.#context = context;
  }

  asContext(): CanvasRenderingContext2D {
    const context = this.#context;
    const stand = {
      set fillStyle(_value: string) {},
      set font(value: string) {
        context.font = value;
      },
      get font() {
        return context.font;
      },
      measureText: (text: string) => context.measureText(text),
      save: () => this.#saved.push({ ...this.#matrix }),
      restore: () => {
        this.#matrix = this.#saved.pop() ?? this.#matrix;
      },
      translate: (x: number, y: number) => {
        const m = this.#matrix;
        this.#matrix = { ...m, e: m.a * x + m.c * y + m.e, f: m.b * x + m.d * y + m.f };
      },
      rotate: (angle: number) => {
        const m = this.#matrix;
        const cos = Math.cos(angle);
        const sin = Math.sin(angle);
        this.#matrix = { ...m, a: m.a * cos + m.c * sin, b: m.b * cos + m.d * sin, c: m.c * cos - m.a * sin, d: m.d * cos - m.b * sin };
      },
      fillText: (text: string, x: number, y: number) => this.#record(text, x, y),
    };
    return stand as unknown as CanvasRenderingContext2D;
  }

  /** The box of `text` drawn at (x, y) on the alphabetic baseline, under the current transform. */
  #record(text: string, x: number, y: number) {
    const metrics = this.#context.measureText(text);
    const ascent = metrics.fontBoundingBoxAscent;
    const descent = metrics.fontBoundingBoxDescent;
    const centerX = x + metrics.width / 2;
    const centerY = y + (descent - ascent) / 2;
    const m = this.#matrix;
    this.boxes.push({
      x: m.a * centerX + m.c * centerY + m.e,
      y: m.b * centerX + m.d * centerY + m.f,
      halfWidth: metrics.width / 2,
      halfHeight: (ascent + descent) / 2,
      angle: Math.atan2(m.b, m.a),
    });
  }
}
