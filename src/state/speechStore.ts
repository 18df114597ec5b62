import { createStore } from 'zustand/vanilla';

export interface SpeechState {
  /** The sentence being read (highlighted), or null. */
  readonly currentSentence: string | null;
  readonly isSpeaking: boolean;
  /** A language the device has no voice for, after someone asked to hear it. */
  readonly missingVoice: string | null;
  /** Goes up whenever the device's list of voices changes (Chrome loads it late). */
  readonly voicesVersion: number;
}

export const speechStore = createStore<SpeechState>(() => ({
  currentSentence: null,
  isSpeaking: false,
  missingVoice: null,
  voicesVersion: 0,
}));

export const voicesChanged = (): void => speechStore.setState((s) => ({ voicesVersion: s.voicesVersion + 1 }));

export const setSpeaking = (isSpeaking: boolean, currentSentence: string | null = null): void =>
  speechStore.setState({ isSpeaking, currentSentence });

export const setMissingVoice = (language: string | null): void => speechStore.setState({ missingVoice: language });
