// The speech service when the device tells its voices late (Chrome and Android fill the list only
// after `voiceschanged`): a tap before that still speaks, and a "no voice" notice goes away when a
// voice arrives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initSpeech, speak, stopSpeaking } from '../../src/services/speech/speech';
import { setMissingVoice, speechStore } from '../../src/state/speechStore';

interface Voice {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

class FakeUtterance extends EventTarget {
  lang = '';
  voice: Voice | null = null;
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}

function installSynth(): { voices: Voice[]; spoken: FakeUtterance[]; synth: EventTarget } {
  const voices: Voice[] = [];
  const spoken: FakeUtterance[] = [];
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak: (utterance: FakeUtterance) => spoken.push(utterance),
    cancel: () => undefined,
  });
  Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  return { voices, spoken, synth };
}

const finnish = [{ id: 's1', text: 'Hei kaikki.', lang: 'fi' }];

describe('speech before the voices are known', () => {
  beforeEach(() => {
    document.documentElement.lang = 'fi';
    setMissingVoice(null);
  });
  afterEach(() => stopSpeaking());

  it('speaks with the language set when the voice list is still empty, and says nothing is missing', () => {
    const { spoken } = installSynth();
    speak(finnish);
    expect(spoken.map((u) => [u.text, u.lang, u.voice])).toEqual([['Hei kaikki.', 'fi', null]]);
    expect(speechStore.getState().missingVoice).toBeNull();
  });

  it('says there is no voice when the device fails to speak a sentence it had no known voice for', () => {
    const { spoken } = installSynth();
    speak(finnish);
    const failure = Object.assign(new Event('error'), { error: 'language-unavailable' });
    spoken[0]?.dispatchEvent(failure);
    expect(speechStore.getState().missingVoice).toBe('fi');
    expect(speechStore.getState().isSpeaking).toBe(false);
  });

  it('uses the voice once the list has arrived, and the notice goes away when a voice comes', () => {
    const { voices, spoken, synth } = installSynth();
    initSpeech();
    voices.push({ lang: 'en-GB', name: 'English', localService: true, default: true });
    speak(finnish);
    expect(spoken).toHaveLength(0);
    expect(speechStore.getState().missingVoice).toBe('fi');
    voices.push({ lang: 'fi_FI', name: 'Suomi', localService: true, default: false });
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(speechStore.getState().missingVoice).toBeNull();
    speak(finnish);
    expect(spoken.map((u) => [u.lang, u.voice?.name])).toEqual([['fi-FI', 'Suomi']]);
  });
});
