// The one speech service. It reads the sentences shown on screen one at a time and highlights the one
// being read, with the best voice there is: the group's own recording of those words, else the
// device's voice (Web Speech API), else the app's own offline voice (eSpeak NG in a worker, made
// ready a moment after start when it is the voice that will read, else loaded on first use). Only
// when even that cannot speak does it say plainly that there is no voice.
import { setMissingVoice, setSpeaking, speechStore, voicesChanged } from '../../state/speechStore';
import { settingsStore } from '../../state/settingsStore';
import { ownRecordingFor } from './ownRecordings';
import { chooseVoiceSource } from './voicePriority';
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

// A network voice cannot speak while the tablet is offline (in a park).
const deviceCanSay = (voice: SpeechSynthesisVoice | null): boolean => voice !== null && (voice.localService || navigator.onLine);

/**
 * Makes the app's own voice ready at a quiet moment, when it is the voice that will read the screen's
 * language (no device voice for it, or "Porukan oma ääni" chosen): its first reading then need not
 * wait for the engine (≈ 0.8 s here, seconds on a tablet). It waits 2 s after start, as Chrome tells
 * the device's voices late, so a tablet with a voice never loads it; and again after the language or
 * the voice setting changes. Returns the function that stops watching.
 */
export function warmUpVoiceWhenIdle(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const lang = document.documentElement.lang || 'fi';
      const { voiceName, voiceSource } = settingsStore.getState();
      const voice = pickVoice(synth()?.getVoices() ?? [], lang, voiceName);
      const source = chooseVoiceSource({ recorded: false, own: voiceSource === 'own', page: lang, sentences: [{ lang, voice: deviceCanSay(voice) }] });
      if (source === 'offline') import('./players').then((players) => players.warmUp(lang)).catch(() => undefined);
    }, 2000);
  };
  later();
  const unsubscribe = settingsStore.subscribe((now, before) => {
    if (now.language !== before.language || now.voiceSource !== before.voiceSource) later();
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

// Each reading gets a number, so events of a reading that was cancelled cannot touch the new one.
let reading = 0;
let readingRoot: Element | null = null;
// Stops the recording or the offline voice now sounding.
let stopSound: (() => void) | null = null;
let audioContext: AudioContext | null = null;

export function stopSpeaking(): void {
  reading += 1;
  readingRoot = null;
  synth()?.cancel();
  stopSound?.();
  stopSound = null;
  setSpeaking(false);
}

/** Speaks the sentences one by one. Must run inside the tap handler (iOS allows sound only there). */
export function speak(sentences: readonly SpokenSentence[]): void {
  stopSpeaking();
  if (sentences.length === 0) return;
  const s = synth();
  const voices = s?.getVoices() ?? [];
  const { voiceName, voiceSource, speechRate } = settingsStore.getState();
  const withVoice = sentences.map((sentence) => ({ sentence, voice: pickVoice(voices, sentence.lang, voiceName) }));
  const recording = ownRecordingFor(sentences);
  const source = chooseVoiceSource({
    recorded: recording !== null,
    own: voiceSource === 'own',
    page: document.documentElement.lang || 'fi',
    sentences: withVoice.map((x) => ({ lang: x.sentence.lang, voice: deviceCanSay(x.voice) })),
  });
  setMissingVoice(null);
  const mine = reading;
  const rate = speechRates[speechRate];
  // Ends this reading (if it still is the one); with a language, no voice could read it.
  const done = (missing: string | null = null) => {
    if (reading !== mine) return;
    stopSpeaking();
    setMissingVoice(missing);
  };
  if (source === 'device') {
    // A single word in another language the device has no voice for (a language's name) is skipped.
    const playable = withVoice.filter((x) => x.voice !== null);
    playable.forEach(({ sentence, voice }, index) => {
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = voice!.lang.replace(/_/g, '-');
      utterance.voice = voice;
      utterance.rate = rate;
      utterance.addEventListener('start', () => {
        if (reading === mine) setSpeaking(true, sentence.id);
      });
      utterance.addEventListener('end', () => {
        if (index === playable.length - 1) done();
      });
      utterance.addEventListener('error', () => done());
      s!.speak(utterance);
    });
  } else {
    // The group's recording or the app's own voice. Sound may start only inside the tap, so the
    // audio element and context start here; the code that plays loads on first use.
    const element = recording ? new Audio(recording) : null;
    const started = element?.play();
    started?.catch(() => undefined); // told to the player, if this reading still is the one
    const audio = (audioContext ??= new AudioContext());
    void audio.resume();
    let stop: (() => void) | undefined;
    stopSound = () => (stop ? stop() : element?.pause());
    import('./players').then(
      (players) => {
        if (reading === mine) stop = players.play({ sentences, rate, element, started, audio, show: (id) => reading === mine && setSpeaking(true, id), done });
      },
      () => done(sentences[0]!.lang),
    );
  }
  if (reading === mine) setSpeaking(true);
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
