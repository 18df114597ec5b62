// People (avatars with names) and photos, in rows that are never split across pages. Pure.
import type { PaperPerson } from './builder';
import type { Draw } from './layout';
import { photoKey } from './ops';
import { gap, lineDraws, pictogramDraw, textLines, type Block, type BlockContext, type Slice } from './slices';

export function peopleBlock(c: BlockContext, people: readonly PaperPerson[]): Block {
  const { style } = c;
  const size = style.bodySize;
  const lh = size * style.leading;
  const d = style.avatar;
  const cell = Math.max(d + 16, size * 7);
  const columns = Math.max(1, Math.floor((c.width + gap) / (cell + gap)));
  const rows: PaperPerson[][] = [];
  people.forEach((person, i) => (i % columns === 0 ? rows.push([person]) : rows.at(-1)?.push(person)));
  const slices = rows.map((row, rowIndex): Slice => {
    const names = row.map((p) => textLines(c, p.name, cell, size).slice(0, 3));
    const height = d + 6 + Math.max(...names.map((n) => n.length)) * lh;
    const draw = (x: number, top: number): Draw[] =>
      row.flatMap((person, i) => {
        const left = x + i * (cell + gap);
        const cx = left + cell / 2;
        const photo = person.photoId ? c.imageSize(photoKey(person.photoId)) : null;
        const picture: Draw[] = [];
        if (photo && person.photoId) {
          // Like on the screen: the photo fills a circle inside a ring of the member's colour.
          const cy = top + d / 2;
          const r = d / 2 - Math.max(2, d * 0.06);
          const scale = Math.max((2 * r) / photo.width, (2 * r) / photo.height);
          const w = photo.width * scale;
          const h = photo.height * scale;
          picture.push({ kind: 'disc', cx, cy, r: d / 2, colour: person.colourHex });
          picture.push({ kind: 'image', key: photoKey(person.photoId), x: cx - w / 2, top: cy - h / 2, width: w, height: h, round: { cx, cy, r } });
        } else {
          picture.push({ kind: 'disc', cx, cy: top + d / 2, r: d / 2, colour: person.colourHex });
          picture.push(...pictogramDraw(c, person.avatar, d * 0.68)(cx - d * 0.34, top + d * 0.16));
        }
        return [...picture, ...lineDraws(names[i] ?? [], left, top + d + 6, cell, { size, colour: style.textColour, centred: true }, style)];
      });
    return { gapBefore: rowIndex === 0 ? size * 0.6 : gap, height, draw };
  });
  return { kind: 'content', slices, keepTogether: false, keepWithNext: false };
}

export function photosBlock(c: BlockContext, mediaIds: readonly string[]): Block {
  const found = mediaIds.flatMap((id) => {
    const size = c.imageSize(photoKey(id));
    return size ? [{ key: photoKey(id), ...size }] : [];
  });
  const columns = found.length === 1 ? 1 : 2;
  const cell = (c.width - (columns - 1) * gap) / columns;
  const slices: Slice[] = [];
  for (let i = 0; i < found.length; i += columns) {
    const row = found.slice(i, i + columns).map((p) => {
      const scale = Math.min(cell / p.width, c.style.photoMaxHeight / p.height);
      return { key: p.key, width: p.width * scale, height: p.height * scale };
    });
    const height = Math.max(...row.map((p) => p.height));
    const draw = (x: number, top: number): Draw[] =>
      row.map((p, j): Draw => ({ kind: 'image', key: p.key, x: x + j * (cell + gap) + (cell - p.width) / 2, top: top + (height - p.height) / 2, width: p.width, height: p.height }));
    slices.push({ gapBefore: i === 0 ? c.style.bodySize * 0.8 : gap, height, draw });
  }
  return { kind: 'content', slices, keepTogether: false, keepWithNext: false };
}
