// The pieces every block is made of: slices (never split across pages), wrapped lines, pictures beside
// text. Pure.
import type { PictogramId } from '../../content/pictogramId';
import type { Draw, ImageSize } from './layout';
import { pictogramKey } from './ops';
import type { PaperStyle } from './styles';
import { wrap, type Line, type TextMetrics } from './text';

export interface Slice {
  /** Space above it, left out at the top of a page. */
  readonly gapBefore: number;
  readonly height: number;
  readonly draw: (x: number, top: number) => Draw[];
}

export interface ContentBlock {
  readonly kind: 'content';
  readonly slices: readonly Slice[];
  /** Never split across pages (unless it is taller than a page). */
  readonly keepTogether: boolean;
  /** Moves to the next page with the start of what follows (a heading). */
  readonly keepWithNext: boolean;
}

export type Block =
  | ContentBlock
  | { readonly kind: 'space'; readonly points: number }
  | { readonly kind: 'pageBreak' };

export interface BlockContext {
  readonly style: PaperStyle;
  readonly metrics: TextMetrics;
  readonly imageSize: ImageSize;
  /** The width between the margins. */
  readonly width: number;
}

export interface TextLook {
  readonly size: number;
  readonly colour: string;
  readonly centred?: boolean;
}

/** Space between pictures and text, photos and people, in points. */
export const gap = 12;

export function lineDraws(lines: readonly Line[], x: number, top: number, width: number, look: TextLook, style: PaperStyle): Draw[] {
  const lh = look.size * style.leading;
  return lines.flatMap((line, i) => {
    const start = look.centred ? x + (width - line.width) / 2 : x;
    const baseline = top + i * lh + (lh - look.size) / 2 + look.size * 0.8;
    return line.segments.map((s): Draw => ({ kind: 'text', x: start + s.x, baseline, text: s.text, size: look.size, bold: s.bold, colour: look.colour }));
  });
}

/** A picture (or a list marker) at the left and lines beside it; split only when taller than a page. */
export function besideSlices(c: BlockContext, picture: number, drawPicture: (x: number, top: number) => Draw[], lines: readonly Line[], look: TextLook, gapBefore: number): Slice[] {
  const lh = look.size * c.style.leading;
  const indent = picture > 0 ? picture + gap : 0;
  const textWidth = c.width - indent;
  const textHeight = lines.length * lh;
  const height = Math.max(picture, textHeight);
  const room = c.style.pageHeight - 2 * c.style.margin - c.style.footer;
  // Short text sits in the middle of its picture's height.
  const offset = textHeight < picture ? (picture - textHeight) / 2 : 0;
  if (height <= room) {
    return [{ gapBefore, height, draw: (x, top) => [...drawPicture(x, top), ...lineDraws(lines, x + indent, top + offset, textWidth, look, c.style)] }];
  }
  const firstCount = Math.max(1, Math.ceil(picture / lh));
  const first: Slice = { gapBefore, height: Math.max(picture, firstCount * lh), draw: (x, top) => [...drawPicture(x, top), ...lineDraws(lines.slice(0, firstCount), x + indent, top, textWidth, look, c.style)] };
  return [first, ...lines.slice(firstCount).map((line): Slice => ({ gapBefore: 0, height: lh, draw: (x, top) => lineDraws([line], x + indent, top, textWidth, look, c.style) }))];
}

/** A pictogram's picture, or nothing when it could not be loaded. */
export const pictogramDraw = (c: BlockContext, id: PictogramId | null, size: number) => (x: number, top: number): Draw[] =>
  id && c.imageSize(pictogramKey(id)) ? [{ kind: 'image', key: pictogramKey(id), x, top, width: size, height: size }] : [];

export const textLines = (c: BlockContext, text: string, width: number, size: number, bold = false): Line[] => wrap([{ text, bold }], width, size, c.metrics);
