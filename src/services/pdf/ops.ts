// A document's builder calls, recorded as a list, so the engine can load every picture first and
// then lay the pages out in one go.
import type { PictogramId } from '../../content/pictogramId';
import type { DocBuilder, DocumentSpec, PaperPerson } from './builder';

export type Op =
  | { readonly op: 'title'; readonly text: string; readonly pictogram: PictogramId | null }
  | { readonly op: 'heading'; readonly text: string; readonly pictogram: PictogramId | null }
  | { readonly op: 'paragraph'; readonly text: string }
  | { readonly op: 'row'; readonly pictogram: PictogramId | null; readonly text: string }
  | { readonly op: 'list'; readonly items: readonly string[]; readonly marker: 'bullet' | 'box' | 'tick' }
  | { readonly op: 'people'; readonly people: readonly PaperPerson[] }
  | { readonly op: 'photos'; readonly mediaIds: readonly string[] }
  | { readonly op: 'field'; readonly label: string; readonly value: string }
  | { readonly op: 'space'; readonly points: number }
  | { readonly op: 'pageBreak' };

/** Runs the document's `write` and keeps what it asked for; every text goes through `clean`. */
export function recordOps(spec: DocumentSpec, clean: (text: string) => string = (text) => text): Op[] {
  const ops: Op[] = [];
  const builder: DocBuilder = {
    title: (text, pictogram) => ops.push({ op: 'title', text: clean(text), pictogram: pictogram ?? null }),
    heading: (text, pictogram) => ops.push({ op: 'heading', text: clean(text), pictogram: pictogram ?? null }),
    paragraph: (text) => ops.push({ op: 'paragraph', text: clean(text) }),
    row: (pictogram, text) => ops.push({ op: 'row', pictogram, text: clean(text) }),
    list: (items, marker = 'bullet') => ops.push({ op: 'list', items: items.map(clean), marker }),
    people: (people) => ops.push({ op: 'people', people: people.map((p) => ({ ...p, name: clean(p.name) })) }),
    photos: (mediaIds) => ops.push({ op: 'photos', mediaIds: [...mediaIds] }),
    field: (label, value) => ops.push({ op: 'field', label: clean(label), value: clean(value) }),
    space: (points) => ops.push({ op: 'space', points: Math.max(0, points) }),
    pageBreak: () => ops.push({ op: 'pageBreak' }),
  };
  spec.write(builder);
  return ops;
}

/** Key of a pictogram's picture in the engine's image table. */
export const pictogramKey = (id: PictogramId): string => `pictogram:${id}`;
/** Key of a photo from the media store in the engine's image table. */
export const photoKey = (mediaId: string): string => `photo:${mediaId}`;

/** Every picture the document needs: pictograms and photos, each once. */
export function picturesOf(ops: readonly Op[]): { pictograms: PictogramId[]; photos: string[] } {
  const pictograms = new Set<PictogramId>();
  const photos = new Set<string>();
  for (const op of ops) {
    if ((op.op === 'title' || op.op === 'heading' || op.op === 'row') && op.pictogram) pictograms.add(op.pictogram);
    if (op.op === 'photos') op.mediaIds.forEach((id) => photos.add(id));
    if (op.op === 'people') {
      for (const person of op.people) {
        pictograms.add(person.avatar);
        if (person.photoId) photos.add(person.photoId);
      }
    }
  }
  return { pictograms: [...pictograms], photos: [...photos] };
}
