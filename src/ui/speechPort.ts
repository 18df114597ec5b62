// What the picture-card kit needs from speech, without knowing how speech works: the app provides it.
import { createContext } from 'preact';

export interface SpeechPort {
  /** Reads every sentence inside the element aloud, in order. Call it inside the tap handler. */
  readonly readAloud: (root: Element) => void;
  /**
   * A tap on a choice, tile, picture or button: says the words inside it (participants hear every
   * choice they tap). Says nothing when a support person has turned tap speech off.
   */
  readonly sayTapped: (root: Element) => void;
  /** A member's turn opened: reads its question (with their name) unless turned off. */
  readonly sayTurn: (root: Element) => void;
  /** The sentence being read now (it is highlighted), or null. */
  readonly currentSentence: string | null;
  readonly isSpeaking: boolean;
}

export const SpeechContext = createContext<SpeechPort>({
  readAloud: () => undefined,
  sayTapped: () => undefined,
  sayTurn: () => undefined,
  currentSentence: null,
  isSpeaking: false,
});

/** Whether pictograms use the high-contrast set. */
export const HighContrastContext = createContext(false);
