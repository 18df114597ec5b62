// Which pictograms the group's exercises show, meeting by meeting, with the words each stands for:
// the list a support person picks from when swapping a picture for the group's own photo.
import { meetings } from '../../content/meetings';
import type { PictogramId } from '../../content/pictogramId';
import { startBoards } from '../../content/startBoards';
import type { Exercise } from '../../content/types';
import { isSwappablePictogram } from '../../domain/ownPictures';

export interface UsedPictogram {
  readonly id: PictogramId;
  /** Content keys of the words shown with it, shortest first. */
  readonly textKeys: readonly string[];
}

export interface PictogramGroup {
  /** A meeting id, or "start" for the getting-started boards. */
  readonly id: string;
  readonly pictogram: PictogramId;
  readonly titleKey: string;
  readonly number: number | null;
  readonly pictograms: readonly UsedPictogram[];
}

const textKeyOf = (node: Record<string, unknown>): string | null => {
  for (const field of ['textKey', 'titleKey', 'labelKey', 'questionKey'] as const) {
    const key = node[field];
    if (typeof key === 'string') return key;
  }
  return null;
};

/** Every pictogram shown in these exercises (their cards, choices, statements, sections), in order of first use. */
export function pictogramsOf(exercises: readonly Exercise[]): UsedPictogram[] {
  const found = new Map<PictogramId, Set<string>>();
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (typeof record['pictogram'] === 'string' && isSwappablePictogram(record['pictogram'])) {
      const id = record['pictogram'] as PictogramId;
      const keys = found.get(id) ?? new Set<string>();
      const key = textKeyOf(record);
      if (key) keys.add(key);
      found.set(id, keys);
    }
    Object.values(record).forEach(walk);
  };
  exercises.forEach(walk);
  return [...found].map(([id, keys]) => ({ id, textKeys: [...keys] }));
}

/** The pictograms of each meeting's exercises, then of the getting-started boards. */
export function pictogramGroups(): PictogramGroup[] {
  return [
    ...meetings.map((m) => ({ id: m.id, pictogram: m.pictogram, titleKey: m.titleKey, number: m.number, pictograms: pictogramsOf(m.exercises) })),
    { id: 'start', pictogram: 'agree-together' as const, titleKey: '', number: null, pictograms: pictogramsOf(startBoards) },
  ];
}
