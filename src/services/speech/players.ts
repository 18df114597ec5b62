// What plays sound other than the device's voice: the group's own recording, or the app's own
// offline voice. Loaded on first use (or when speech.ts makes the offline voice ready), never in the
// initial JavaScript.
// It imports nothing the initial JavaScript has (that would split the start-up code into more files).
import { playOffline, warmUpOfflineVoice, wordsPerMinute } from './offline/offlineVoice';

/** The offline voice made ready ahead of its first reading (speech.ts decides when). */
export const warmUp = warmUpOfflineVoice;

interface Sentence {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
}

export interface Playing {
  readonly sentences: readonly Sentence[];
  /** The rate setting (0.75 … 1.15). */
  readonly rate: number;
  /** The recording, started in the tap, or null for the offline voice. */
  readonly element: HTMLAudioElement | null;
  readonly started: Promise<void> | undefined;
  /** Resumed in the tap. */
  readonly audio: AudioContext;
  /** Highlights the sentence sounding (while this reading is still the one: a new tap cancels the old). */
  show(id: string): unknown;
  /** Ends the reading; with a language, no voice could read it (the "no voice" notice). */
  done(missing?: string | null): void;
}

/** Starts the sound; returns the function that stops it. */
export function play(playing: Playing): () => void {
  const onSentence = (id: string) => void playing.show(id);
  const onEnd = () => playing.done();
  if (playing.element) return playRecording(playing.element, playing.started ?? Promise.resolve(), playing.sentences, onSentence, onEnd);
  return playOffline({
    sentences: playing.sentences,
    wpm: wordsPerMinute(playing.rate),
    audio: playing.audio,
    onSentence,
    onEnd,
    onError: (lang) => playing.done(lang),
  });
}

/**
 * The group's own recording of the sentences. The highlight moves from sentence to sentence in
 * step with it, by each sentence's share of the letters.
 */
function playRecording(audio: HTMLAudioElement, started: Promise<void>, sentences: readonly Sentence[], onSentence: (id: string) => void, onEnd: () => void): () => void {
  const total = sentences.reduce((n, x) => n + x.text.length, 0);
  let shown = '';
  const follow = () => {
    let at = (audio.currentTime / (audio.duration || 1)) * total;
    const current = sentences.find((x) => (at -= x.text.length) < 0) ?? sentences[sentences.length - 1];
    if (current && current.id !== shown) onSentence((shown = current.id));
  };
  audio.addEventListener('timeupdate', follow);
  audio.addEventListener('ended', onEnd);
  audio.addEventListener('error', onEnd);
  started.then(follow, onEnd);
  if (audio.ended) onEnd();
  return () => audio.pause();
}
