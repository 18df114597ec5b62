// A drawing while it is made: strokes kept as lines of points (so undo is exact), drawn on paper
// (a white background) only when it is saved. Points are fractions of the pad's width and height,
// and a stroke's width a fraction of its shorter side, so the drawing looks the same at any size.

export type Point = readonly [x: number, y: number];

export interface Stroke {
  readonly colour: string;
  /** Width as a fraction of the pad's shorter side. */
  readonly width: number;
  readonly points: readonly Point[];
}

export interface Drawing {
  readonly strokes: readonly Stroke[];
  /** The strokes before each change, newest last: undo goes back one change (a stroke or emptying the pad). */
  readonly past: readonly (readonly Stroke[])[];
}

export const emptyDrawing: Drawing = { strokes: [], past: [] };

export const paperColour = '#ffffff';

/** The pens: thick colours with their names (text keys), then the eraser (paints paper). */
export const pens = [
  { id: 'black', colour: '#1a1a1a', nameKey: 'drawing.colours.black' },
  { id: 'red', colour: '#d62828', nameKey: 'drawing.colours.red' },
  { id: 'blue', colour: '#1d4ed8', nameKey: 'drawing.colours.blue' },
  { id: 'green', colour: '#15803d', nameKey: 'drawing.colours.green' },
  { id: 'yellow', colour: '#facc15', nameKey: 'drawing.colours.yellow' },
] as const;
export type PenId = (typeof pens)[number]['id'] | 'eraser';

export const penWidth = 0.025;
export const eraserWidth = 0.08;

export const penColour = (pen: PenId): string => (pen === 'eraser' ? paperColour : (pens.find((p) => p.id === pen)?.colour ?? pens[0].colour));
export const penStrokeWidth = (pen: PenId): number => (pen === 'eraser' ? eraserWidth : penWidth);

export const withStroke = (drawing: Drawing, stroke: Stroke): Drawing =>
  stroke.points.length === 0 ? drawing : { strokes: [...drawing.strokes, stroke], past: [...drawing.past, drawing.strokes] };

/** Empties the pad; undo brings the strokes back. */
export const cleared = (drawing: Drawing): Drawing => (drawing.strokes.length === 0 ? drawing : { strokes: [], past: [...drawing.past, drawing.strokes] });

export const undone = (drawing: Drawing): Drawing =>
  drawing.past.length === 0 ? drawing : { strokes: drawing.past[drawing.past.length - 1]!, past: drawing.past.slice(0, -1) };

export const canUndo = (drawing: Drawing): boolean => drawing.past.length > 0;

/** Something is drawn (an eraser stroke alone draws nothing). */
export const hasInk = (drawing: Drawing): boolean => drawing.strokes.some((s) => s.colour !== paperColour);

/** Longest side of the saved picture. */
export const maxDrawingSide = 1200;

/** The saved picture's size: the pad's shape, its longer side `max` pixels. */
export function outputSize(width: number, height: number, max: number = maxDrawingSide): { width: number; height: number } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const scale = max / Math.max(w, h);
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
}

/** What drawing needs of a canvas 2D context (a fake one in the tests). */
export type Paper = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineCap' | 'lineJoin' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'arc' | 'fill'
>;

/** Draws one stroke, or its part from point `from` on (while the finger moves). */
export function drawStroke(paper: Paper, stroke: Stroke, width: number, height: number, from = 0): void {
  const { points } = stroke;
  const thickness = stroke.width * Math.min(width, height);
  paper.strokeStyle = stroke.colour;
  paper.fillStyle = stroke.colour;
  paper.lineWidth = thickness;
  paper.lineCap = 'round';
  paper.lineJoin = 'round';
  if (points.length === 1) {
    // A tap is a dot.
    const [x, y] = points[0]!;
    paper.beginPath();
    paper.arc(x * width, y * height, thickness / 2, 0, Math.PI * 2);
    paper.fill();
    return;
  }
  const start = Math.max(0, Math.min(from, points.length - 2));
  paper.beginPath();
  paper.moveTo(points[start]![0] * width, points[start]![1] * height);
  for (const [x, y] of points.slice(start + 1)) paper.lineTo(x * width, y * height);
  paper.stroke();
}

/** The whole drawing on white paper of this size. */
export function renderDrawing(paper: Paper, strokes: readonly Stroke[], width: number, height: number): void {
  paper.fillStyle = paperColour;
  paper.fillRect(0, 0, width, height);
  for (const stroke of strokes) drawStroke(paper, stroke, width, height);
}

/** A point of the pad as fractions of its size, kept inside it. */
export const pointOn = (x: number, y: number, width: number, height: number): Point => [
  Math.min(1, Math.max(0, x / Math.max(1, width))),
  Math.min(1, Math.max(0, y / Math.max(1, height))),
];
