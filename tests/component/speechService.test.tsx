// The speech service: the device's voice, the app's own offline voice (the worker protocol with a
// fake engine, played through a fake AudioContext) and the group's own recordings, and when the
// device tells its voices late (Chrome and Android fill the list only after `voiceschanged`).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingKey, setOwnRecordings } from '../../src/services/speech/ownRecordings';
import { saveSetting } from '../../src/state/settingsStore';
import { initSpeech, speak, stopSpeaking } from '../../src/services/speech/speech';
import { setMissingVoice, speechStore } from '../../src/state/speechStore';
import { FakeAudioContext, fakeVoice, finnish, installSynth, sources, two } from './speechFakes';

const state = () => speechStore.getState();
const playing = () => sources.filter((s) => s.started && !s.stopped);

describe('speech before the voices are known', () => {
  beforeEach(() => {
    document.documentElement.lang = 'fi';
    setMissingVoice(null);
    sources.length = 0;
    Object.defineProperty(globalThis, 'AudioContext', { value: FakeAudioContext, configurable: true });
  });
  afterEach(() => stopSpeaking());

  it('reads with the app\'s own voice while the device has told no voices, and says nothing is missing', async () => {
    const { spoken } = installSynth();
    const said = fakeVoice();
    speak(finnish);
    expect(state().isSpeaking).toBe(true);
    await vi.waitFor(() => expect(playing()).toHaveLength(1));
    expect(spoken).toHaveLength(0);
    expect(said[0]).toMatch(/^fi:Hei kaikki\.@\d+$/);
    expect(state().currentSentence).toBe('s1');
    expect(state().missingVoice).toBeNull();
  });

  it('says there is no voice only when the app\'s own voice cannot load either; the notice goes when a device voice comes', async () => {
    const { voices, spoken, synth } = installSynth();
    initSpeech();
    fakeVoice(async () => {
      throw new Error('espeak-ng.data: 404');
    });
    voices.push({ lang: 'en-GB', name: 'English', localService: true, default: true });
    speak(finnish);
    expect(spoken).toHaveLength(0);
    await vi.waitFor(() => expect(state().missingVoice).toBe('fi'));
    expect(state().isSpeaking).toBe(false);
    voices.push({ lang: 'fi_FI', name: 'Suomi', localService: true, default: false });
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(state().missingVoice).toBeNull();
    speak(finnish);
    expect(spoken.map((u) => [u.lang, u.voice?.name])).toEqual([['fi-FI', 'Suomi']]);
  });
});

describe('the app\'s own offline voice', () => {
  beforeEach(() => {
    document.documentElement.lang = 'fi';
    setMissingVoice(null);
    sources.length = 0;
    Object.defineProperty(globalThis, 'AudioContext', { value: FakeAudioContext, configurable: true });
    installSynth();
  });
  afterEach(() => {
    stopSpeaking();
    saveSetting({ voiceSource: 'device', speechRate: 'slow' });
  });

  it('plays sentence by sentence, highlighting each, makes the next while one plays, and ends', async () => {
    const said = fakeVoice();
    speak(two);
    await vi.waitFor(() => expect(playing()).toHaveLength(1));
    expect(state().currentSentence).toBe('s1');
    await vi.waitFor(() => expect(said).toHaveLength(2));
    sources[0]!.dispatchEvent(new Event('ended'));
    await vi.waitFor(() => expect(state().currentSentence).toBe('s2'));
    expect(sources).toHaveLength(2);
    sources[1]!.dispatchEvent(new Event('ended'));
    await vi.waitFor(() => expect(state().isSpeaking).toBe(false));
    expect(state().currentSentence).toBeNull();
  });

  it('uses the rate setting, and speaks even with a device voice when "Porukan oma ääni" is chosen', async () => {
    const { voices, spoken } = installSynth();
    voices.push({ lang: 'fi-FI', name: 'Suomi', localService: true, default: true });
    const said = fakeVoice();
    saveSetting({ voiceSource: 'own', speechRate: 'slow' });
    speak(finnish);
    await vi.waitFor(() => expect(said).toHaveLength(1));
    saveSetting({ speechRate: 'fast' });
    speak(finnish);
    await vi.waitFor(() => expect(said).toHaveLength(2));
    const [slow, fast] = said.map((x) => Number(x.split('@')[1]));
    expect(slow).toBeLessThan(fast!);
    expect(spoken).toHaveLength(0);
  });

  it('a new tap cancels the old reading; stopping stops the sound', async () => {
    const said = fakeVoice();
    speak(two);
    await vi.waitFor(() => expect(playing()).toHaveLength(1));
    const first = sources[0]!;
    speak([{ id: 'b1', text: 'Toinen kortti.', lang: 'fi' }]);
    expect(first.stopped).toBe(true);
    await vi.waitFor(() => expect(state().currentSentence).toBe('b1'));
    // The old reading's next sentence never plays.
    first.dispatchEvent(new Event('ended'));
    expect(playing()).toHaveLength(1);
    expect(state().currentSentence).toBe('b1');
    stopSpeaking();
    expect(playing()).toHaveLength(0);
    expect(state().isSpeaking).toBe(false);
    expect(said.filter((x) => x.includes('Toinen kortti.'))).toHaveLength(1);
  });
});

describe('the group\'s own recording', () => {
  class FakeAudio extends EventTarget {
    static made: FakeAudio[] = [];
    currentTime = 0;
    duration = 4;
    ended = false;
    paused = true;
    constructor(readonly src: string) {
      super();
      FakeAudio.made.push(this);
    }
    play() {
      this.paused = false;
      return Promise.resolve();
    }
    pause() {
      this.paused = true;
    }
  }

  beforeEach(() => {
    document.documentElement.lang = 'fi';
    sources.length = 0;
    FakeAudio.made = [];
    Object.defineProperty(globalThis, 'Audio', { value: FakeAudio, configurable: true });
    Object.defineProperty(globalThis, 'AudioContext', { value: FakeAudioContext, configurable: true });
  });
  afterEach(() => {
    stopSpeaking();
    setOwnRecordings(new Map());
  });

  it('plays instead of any voice, its highlight follows it, and it ends; other words still use a voice', async () => {
    const { voices, spoken } = installSynth();
    voices.push({ lang: 'fi-FI', name: 'Suomi', localService: true, default: true });
    const said = fakeVoice();
    setOwnRecordings(new Map([[recordingKey(two), new Blob(['voice'], { type: 'audio/webm' })]]));
    speak(two);
    expect(FakeAudio.made).toHaveLength(1);
    const audio = FakeAudio.made[0]!;
    expect(audio.paused).toBe(false);
    await vi.waitFor(() => expect(state().currentSentence).toBe('s1'));
    audio.currentTime = 3.5;
    audio.dispatchEvent(new Event('timeupdate'));
    expect(state().currentSentence).toBe('s2');
    audio.ended = true;
    audio.dispatchEvent(new Event('ended'));
    expect(state().isSpeaking).toBe(false);
    expect(spoken).toHaveLength(0);
    expect(said).toHaveLength(0);
    expect(sources).toHaveLength(0);

    speak(finnish);
    expect(spoken.map((u) => u.text)).toEqual(['Hei kaikki.']);
  });

  it('tapping again stops it', async () => {
    installSynth();
    setOwnRecordings(new Map([[recordingKey(finnish), new Blob(['voice'], { type: 'audio/webm' })]]));
    speak(finnish);
    const audio = FakeAudio.made[0]!;
    await vi.waitFor(() => expect(state().currentSentence).toBe('s1'));
    stopSpeaking();
    expect(audio.paused).toBe(true);
    expect(state().isSpeaking).toBe(false);
  });
});
