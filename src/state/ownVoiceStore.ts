// The open group's recordings (which words have one) and whether a support person is choosing
// something to record. Shared by the top bar's button and the layer over the screen.
import { createStore } from 'zustand/vanilla';

export interface OwnVoiceState {
  /** Keys of the words the group has recorded (see services/speech/ownRecordings.ts). */
  readonly recordedKeys: ReadonlySet<string>;
  /** A tap on a card, tile or button picks it for recording instead of doing what it does. */
  readonly isChoosing: boolean;
}

export const ownVoiceStore = createStore<OwnVoiceState>(() => ({ recordedKeys: new Set(), isChoosing: false }));

export const setChoosing = (isChoosing: boolean): void => ownVoiceStore.setState({ isChoosing });
