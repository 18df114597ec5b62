// A stand-in for the browser's speech engine (headless Chromium has no voices). It records what the
// app asks it to say, and lets the test decide when each sentence ends, so highlighting can be seen.
import type { Page } from '@playwright/test';

export interface SpokenUtterance {
  readonly text: string;
  readonly lang: string;
  readonly voice: string | null;
  readonly rate: number;
}

/**
 * `endsBySelf`: each sentence ends a moment after it starts, as a quick voice would (for tests that are
 * not about reading aloud: they get a device voice instead of running the app's own speech engine).
 */
export async function installFakeSpeech(page: Page, voiceLanguages: readonly string[], { endsBySelf = false } = {}): Promise<void> {
  await page.addInitScript(({ languages, quick }: { languages: readonly string[]; quick: boolean }) => {
    const voices = languages.map((lang) => ({ lang, name: `Voice ${lang}`, voiceURI: `voice-${lang}`, localService: true, default: false }));
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const queue: FakeUtterance[] = [];
    const spoken: { text: string; lang: string; voice: string | null; rate: number }[] = [];
    const finishCurrent = () => {
      const done = queue.shift();
      done?.dispatchEvent(new Event('end'));
      begin();
    };
    const begin = () => {
      const next = queue[0];
      if (!next) return;
      next.dispatchEvent(new Event('start'));
      if (quick) setTimeout(() => queue[0] === next && finishCurrent(), 10);
    };
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voices,
      speak(utterance: FakeUtterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, rate: utterance.rate });
        queue.push(utterance);
        if (queue.length === 1) setTimeout(begin, 0);
      },
      cancel() {
        const cancelled = queue.splice(0);
        for (const u of cancelled) u.dispatchEvent(new Event('error'));
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'porukkaTestSpeech', {
      value: {
        spoken,
        /** Ends the sentence being read and starts the next. */
        finishCurrent,
      },
    });
  }, { languages: voiceLanguages, quick: endsBySelf });
}

/** A device voice that reads quickly, for tests that are not about reading aloud (no speech engine run). */
export const installQuickDeviceVoice = (page: Page): Promise<void> => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB'], { endsBySelf: true });

export const spokenTexts = (page: Page): Promise<SpokenUtterance[]> =>
  page.evaluate(() => (window as unknown as { porukkaTestSpeech: { spoken: SpokenUtterance[] } }).porukkaTestSpeech.spoken.slice());

export const finishSentence = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { porukkaTestSpeech: { finishCurrent(): void } }).porukkaTestSpeech.finishCurrent());

export const clearSpoken = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { porukkaTestSpeech: { spoken: unknown[] } }).porukkaTestSpeech.spoken.length = 0;
  });
