// Lays recorded builder calls out on A4 pages: wrapped text, picture+text rows, people, photos, and
// page breaks that never split a row, a person or a photo, and never leave a heading alone at a page's
// foot. Pure (sizes come in as functions), so it is tested without pdf-lib.
import type { Op } from './ops';
import { blockOf, type ContentBlock } from './blocks';
import type { PaperStyle } from './styles';
import type { TextMetrics } from './text';

/** What to draw; y grows downwards from the page's top edge (the engine turns it over for PDF). */
export type Draw =
  | { readonly kind: 'text'; readonly x: number; readonly baseline: number; readonly text: string; readonly size: number; readonly bold: boolean; readonly colour: string }
  | {
      readonly kind: 'image';
      readonly key: string;
      readonly x: number;
      readonly top: number;
      readonly width: number;
      readonly height: number;
      /** Only the part inside this circle is shown (a member's photo in their round picture). */
      readonly round?: { readonly cx: number; readonly cy: number; readonly r: number };
    }
  | { readonly kind: 'disc'; readonly cx: number; readonly cy: number; readonly r: number; readonly colour: string }
  | { readonly kind: 'box'; readonly x: number; readonly top: number; readonly width: number; readonly height: number; readonly colour: string; readonly thickness: number }
  | { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly colour: string; readonly thickness: number };

/** The width and height of a loaded picture, or null when it could not be loaded (it is left out). */
export type ImageSize = (key: string) => { readonly width: number; readonly height: number } | null;

export interface LayoutInput {
  readonly ops: readonly Op[];
  readonly style: PaperStyle;
  readonly metrics: TextMetrics;
  readonly imageSize: ImageSize;
}

/** A block's height from its first slice's top to its last slice's foot. */
const sumHeight = (block: ContentBlock): number => block.slices.reduce((sum, s, i) => sum + (i === 0 ? 0 : s.gapBefore) + s.height, 0);

/** The pages, each a list of things to draw, with "n / N" at every page's foot. */
export function layOut({ ops, style, metrics, imageSize }: LayoutInput): Draw[][] {
  const context = { style, metrics, imageSize, width: style.pageWidth - 2 * style.margin };
  const blocks = ops.map((op) => blockOf(op, context));
  const top = style.margin;
  const bottom = style.pageHeight - style.margin - style.footer;
  const room = bottom - top;
  const pages: Draw[][] = [[]];
  let y = top;
  let isEmpty = true;
  const newPage = () => {
    pages.push([]);
    y = top;
    isEmpty = true;
  };
  // The height that must fit before a block starts: all of it when it is kept together (and fits a
  // page at all), else its first slice; a heading also brings the start of what follows it.
  const firstNeed = (block: ContentBlock): number => {
    const whole = sumHeight(block);
    if (block.keepTogether && whole <= room) return whole;
    return block.slices[0]?.height ?? 0;
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'pageBreak') {
      if (!isEmpty) newPage();
      return;
    }
    if (block.kind === 'space') {
      if (!isEmpty) y += block.points;
      return;
    }
    const first = block.slices[0];
    if (!first) return;
    let need = firstNeed(block);
    if (block.keepWithNext) {
      const next = blocks.slice(index + 1).find((b) => b.kind === 'content' && b.slices.length > 0);
      if (next?.kind === 'content') need = sumHeight(block) + (next.slices[0]?.gapBefore ?? 0) + firstNeed(next);
      need = Math.min(need, room);
    }
    if (!isEmpty && y + first.gapBefore + need > bottom) newPage();
    block.slices.forEach((slice) => {
      if (!isEmpty && y + slice.gapBefore + slice.height > bottom) newPage();
      if (!isEmpty) y += slice.gapBefore;
      pages.at(-1)?.push(...slice.draw(style.margin, y));
      y += slice.height;
      isEmpty = false;
    });
  });
  const count = pages.length;
  return pages.map((draws, index) => {
    const text = `${index + 1} / ${count}`;
    const x = (style.pageWidth - metrics.width(text, style.footerSize, false)) / 2;
    return [...draws, { kind: 'text', x, baseline: style.pageHeight - style.margin / 2 - style.footerSize / 2, text, size: style.footerSize, bold: false, colour: style.quietColour }];
  });
}
