// What a turn's frame needs from the round it belongs to: who else can take the tablet next.
import { createContext } from 'preact';
import type { PictogramId } from '../../content/pictogramId';
import type { Person } from '../../domain/records';

export interface TurnsPort {
  readonly members: readonly Person[];
  readonly currentId: string | null;
  /** Hands the tablet to this member (their turn opens). */
  readonly open: (personId: string) => void;
  readonly badgeOf: (person: Person) => PictogramId | undefined;
  readonly describe: (person: Person) => string;
}

export const TurnsContext = createContext<TurnsPort | null>(null);
