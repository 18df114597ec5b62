import { createStore } from 'zustand/vanilla';

export interface UndoOffer {
  readonly message: string;
  readonly undo: () => Promise<void>;
  /** The undo button's word when it undoes something other than a removal (a job ticked done); default "Peru poisto". */
  readonly label?: string;
}

/** The last removal that can be undone. It stays until undone, replaced or closed: no timers. */
export const undoStore = createStore<{ readonly offer: UndoOffer | null }>(() => ({ offer: null }));

export const offerUndo = (offer: UndoOffer): void => undoStore.setState({ offer });

export const dismissUndo = (): void => undoStore.setState({ offer: null });

export async function runUndo(): Promise<void> {
  const { offer } = undoStore.getState();
  undoStore.setState({ offer: null });
  await offer?.undo();
}
