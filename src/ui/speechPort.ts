// What the picture-card kit needs from speech, without knowing how speech works: the app provides it.
import { createContext } from 'preact';

export interface SpeechPort {
  /** Reads every sentence inside the element aloud, in order. Call it inside the tap handler. */
  readAloud(root: Element): void;
  /** True while this sentence is being read (it is highlighted). */
  useIsReading(sentenceId: string): boolean;
}

export const SpeechContext = createContext<SpeechPort>({
  readAloud: () => undefined,
  useIsReading: () => false,
});

/** Whether pictograms use the high-contrast set. */
export const HighContrastContext = createContext(false);
