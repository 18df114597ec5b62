// Each builder call as a block of slices: a slice is never split across pages; a block's slices may be
// (a long paragraph), unless the block is kept together (a picture+text row). Pure.
import type { PictogramId } from '../../content/pictogramId';
import type { Draw } from './layout';
import { pictogramKey, type Op } from './ops';
import { peopleBlock, photosBlock } from './pictureBlocks';
import { besideSlices, gap, lineDraws, pictogramDraw, textLines, type Block, type BlockContext, type Slice, type TextLook } from './slices';
import { wrap } from './text';

export type { Block, BlockContext, ContentBlock, Slice } from './slices';

function titleBlock(c: BlockContext, text: string, pictogram: PictogramId | null): Block {
  const { style } = c;
  const look = { size: style.titleSize, colour: style.headingColour, centred: style.titleCentred };
  const picture = pictogram && c.imageSize(pictogramKey(pictogram)) ? style.titlePicture : 0;
  if (!style.titleCentred) {
    const lines = textLines(c, text, c.width - (picture ? picture + gap : 0), style.titleSize, true);
    return { kind: 'content', slices: besideSlices(c, picture, pictogramDraw(c, pictogram, picture), lines, look, 0), keepTogether: true, keepWithNext: true };
  }
  const lines = textLines(c, text, c.width, style.titleSize, true);
  const lh = style.titleSize * style.leading;
  const height = (picture ? picture + gap : 0) + lines.length * lh;
  const draw = (x: number, top: number): Draw[] => [
    ...pictogramDraw(c, pictogram, picture)(x + (c.width - picture) / 2, top),
    ...lineDraws(lines, x, top + (picture ? picture + gap : 0), c.width, look, style),
  ];
  return { kind: 'content', slices: [{ gapBefore: 0, height, draw }], keepTogether: true, keepWithNext: true };
}

function besideBlock(c: BlockContext, pictogram: PictogramId | null, pictureSize: number, text: string, look: TextLook & { bold: boolean }, gapBefore: number, keepWithNext: boolean): Block {
  const lines = textLines(c, text, c.width - pictureSize - gap, look.size, look.bold);
  return { kind: 'content', slices: besideSlices(c, pictureSize, pictogramDraw(c, pictogram, pictureSize), lines, look, gapBefore), keepTogether: true, keepWithNext };
}

function markerDraw(marker: 'bullet' | 'box' | 'tick', size: number, lh: number, colour: string) {
  return (x: number, top: number): Draw[] => {
    const side = size * 0.75;
    const boxTop = top + (lh - side) / 2;
    if (marker === 'bullet') return [{ kind: 'disc', cx: x + side / 2, cy: top + lh / 2, r: size * 0.16, colour }];
    const box: Draw = { kind: 'box', x, top: boxTop, width: side, height: side, colour, thickness: 1.2 };
    if (marker === 'box') return [box];
    const line = (x1: number, y1: number, x2: number, y2: number): Draw => ({ kind: 'line', x1: x + x1 * side, y1: boxTop + y1 * side, x2: x + x2 * side, y2: boxTop + y2 * side, colour, thickness: 2 });
    return [box, line(0.18, 0.52, 0.42, 0.78), line(0.42, 0.78, 0.85, 0.2)];
  };
}

function listBlock(c: BlockContext, items: readonly string[], marker: 'bullet' | 'box' | 'tick'): Block {
  const { style } = c;
  const size = style.bodySize;
  const lh = size * style.leading;
  const markerWidth = size * 0.75;
  const look = { size, colour: style.textColour };
  const slices = items.flatMap((item, i) => {
    const lines = textLines(c, item, c.width - markerWidth - gap, size);
    const markerSlices = besideSlices(c, markerWidth, markerDraw(marker, size, lh, style.textColour), lines, look, i === 0 ? size * 0.6 : size * 0.35);
    return markerSlices;
  });
  return { kind: 'content', slices, keepTogether: false, keepWithNext: false };
}

function paragraphBlock(c: BlockContext, text: string): Block {
  const { style } = c;
  const size = style.bodySize;
  const lh = size * style.leading;
  const look = { size, colour: style.textColour };
  const slices = text
    .split(/\n[ \t]*\n/)
    .filter((part) => part.trim() !== '')
    .flatMap((part) =>
      textLines(c, part.trim(), c.width, size).map((line, i): Slice => ({ gapBefore: i === 0 ? size * 0.6 : 0, height: lh, draw: (x, top) => lineDraws([line], x, top, c.width, look, style) })),
    );
  return { kind: 'content', slices, keepTogether: false, keepWithNext: false };
}

export function blockOf(op: Op, c: BlockContext): Block {
  const { style } = c;
  switch (op.op) {
    case 'title':
      return titleBlock(c, op.text, op.pictogram);
    case 'heading':
      return besideBlock(c, op.pictogram, op.pictogram ? style.headingPicture : 0, op.text, { size: style.headingSize, colour: style.headingColour, bold: true }, style.bodySize * 1.4, true);
    case 'row':
      return besideBlock(c, op.pictogram, style.rowPicture, op.text, { size: style.bodySize, colour: style.textColour, bold: false }, style.bodySize * 0.6, false);
    case 'paragraph':
      return paragraphBlock(c, op.text);
    case 'list':
      return listBlock(c, op.items, op.marker);
    case 'people':
      return peopleBlock(c, op.people);
    case 'photos':
      return photosBlock(c, op.mediaIds);
    case 'field': {
      const lines = wrap([{ text: `${op.label}:`, bold: true }, { text: ` ${op.value}`, bold: false }], c.width, style.bodySize, c.metrics);
      const height = lines.length * style.bodySize * style.leading;
      const look = { size: style.bodySize, colour: style.textColour };
      return { kind: 'content', slices: [{ gapBefore: style.bodySize * 0.5, height, draw: (x, top) => lineDraws(lines, x, top, c.width, look, style) }], keepTogether: true, keepWithNext: false };
    }
    case 'space':
      return { kind: 'space', points: op.points };
    case 'pageBreak':
      return { kind: 'pageBreak' };
  }
}
