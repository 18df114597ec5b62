// The one speech service over the Web Speech API. It reads the sentences shown on screen one at a
// time, highlights the one being read, and says plainly when the device has no voice.
import { setMissingVoice, setSpeaking, speechStore, voicesChanged } from '../../state/speechStore';
import { settingsStore } from '../../state/settingsStore';
import { pickVoice, speechRates, voicesFor } from './voices';

export interface SpokenSentence {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
}

const synth = (): SpeechSynthesis | null => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis);

/**
 * Starts listening for the device's voices; Chrome and Android fill the list only after
 * `voiceschanged`. When a voice arrives for a language that was missing, the notice goes away.
 */
export function initSpeech(): void {
  const s = synth();
  if (!s) return;
  s.getVoices();
  s.addEventListener('voiceschanged', () => {
    voicesChanged();
    const missing = speechStore.getState().missingVoice;
    if (missing !== null && hasVoice(missing)) setMissingVoice(null);
  });
}

/** The names of the device's voices for a language (a support person may pick one). */
export function voiceNames(language: string): string[] {
  return voicesFor(synth()?.getVoices() ?? [], language).map((voice) => voice.name);
}

/** Whether the device has a voice for the language. */
export function hasVoice(language: string): boolean {
  const s = synth();
  return s !== null && pickVoice(s.getVoices(), language) !== null;
}

/** The sentences inside an element, in reading order, each with the language it is written in. */
export function sentencesIn(root: Element): SpokenSentence[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-sentence]'))
    .filter((el) => !el.closest('[hidden], [aria-hidden="true"]'))
    .map((el) => ({
      id: el.dataset['sentence'] ?? '',
      text: el.textContent?.trim() ?? '',
      lang: el.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang || 'fi',
    }))
    .filter((s) => s.text.length > 0);
}

// Each reading gets a number, so events of a reading that was cancelled cannot touch the new one.
let reading = 0;
let readingRoot: Element | null = null;

export function stopSpeaking(): void {
  reading += 1;
  readingRoot = null;
  synth()?.cancel();
  setSpeaking(false);
}

/** Speaks the sentences one by one. Must run inside the tap handler (iOS allows speech only there). */
export function speak(sentences: readonly SpokenSentence[]): void {
  stopSpeaking();
  const s = synth();
  const voices = s?.getVoices() ?? [];
  const { voiceName } = settingsStore.getState();
  const withVoice = sentences.map((sentence) => ({ sentence, voice: pickVoice(voices, sentence.lang, voiceName) }));
  // Before the device has told its voices (the list is still empty), everything is spoken with
  // only its language set, and the platform picks the voice.
  const voicesKnown = voices.length > 0;
  const playable = voicesKnown ? withVoice.filter((x) => x.voice !== null) : withVoice;
  // Say so when the screen's own language has no voice, or when nothing asked for could be read;
  // a single word in another language (a language's name) is skipped quietly.
  const pageLanguage = document.documentElement.lang;
  const missing = voicesKnown
    ? withVoice.find((x) => x.voice === null && (x.sentence.lang === pageLanguage || playable.length === 0))
    : undefined;
  setMissingVoice(missing ? missing.sentence.lang : null);
  if (!s || playable.length === 0) return;
  const mine = reading;
  const rate = speechRates[settingsStore.getState().speechRate];
  playable.forEach(({ sentence, voice }, index) => {
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = voice ? voice.lang.replace(/_/g, '-') : sentence.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    utterance.addEventListener('start', () => {
      if (reading === mine) setSpeaking(true, sentence.id);
    });
    utterance.addEventListener('end', () => {
      if (reading === mine && index === playable.length - 1) stopSpeaking();
    });
    utterance.addEventListener('error', (event) => {
      if (reading !== mine) return;
      // Spoken before the voices were known, and the device could not: it has no voice for it.
      const code = (event as Partial<SpeechSynthesisErrorEvent>).error;
      if (!voicesKnown && code !== undefined && code !== 'canceled' && code !== 'interrupted') setMissingVoice(sentence.lang);
      stopSpeaking();
    });
    s.speak(utterance);
  });
  setSpeaking(true);
}

/** Reads everything inside an element from its start, even if it is being read (a tapped choice). */
export function sayAgain(root: Element): void {
  const sentences = sentencesIn(root);
  if (sentences.length === 0) return;
  speak(sentences);
  if (speechStore.getState().isSpeaking) readingRoot = root;
}

/** Reads everything inside an element aloud; tapping the same thing again while it is read stops it. */
export function readAloud(root: Element): void {
  const isSame = readingRoot === root && speechStore.getState().isSpeaking;
  if (isSame) {
    stopSpeaking();
    return;
  }
  speak(sentencesIn(root));
  if (speechStore.getState().isSpeaking) readingRoot = root;
}
