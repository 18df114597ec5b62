// Stand-ins for the browser's speech: a device speech engine with the voices a test gives it, Web Audio
// as far as the offline voice uses it, and the offline voice's worker protocol with a fake engine.
import { useVoiceChannel, type VoiceChannel } from '../../src/services/speech/offline/offlineVoice';
import { createVoiceServer, type VoiceEngine } from '../../src/services/speech/offline/protocol';

export interface Voice {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

export class FakeUtterance extends EventTarget {
  lang = '';
  voice: Voice | null = null;
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}

export function installSynth(): { voices: Voice[]; spoken: FakeUtterance[]; synth: EventTarget } {
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

export const finnish = [{ id: 's1', text: 'Hei kaikki.', lang: 'fi' }];
export const two = [
  { id: 's1', text: 'Hei kaikki.', lang: 'fi' },
  { id: 's2', text: 'Tänään leikitään.', lang: 'fi' },
];

// Web Audio as far as the offline voice uses it: each played buffer is a source that "ends" when told.
export class FakeSource extends EventTarget {
  buffer: { length: number } | null = null;
  started = false;
  stopped = false;
  connect() {}
  start() {
    this.started = true;
  }
  stop() {
    this.stopped = true;
  }
}
export const sources: FakeSource[] = [];
export class FakeAudioContext {
  destination = {};
  resume = () => Promise.resolve();
  createBuffer = (_channels: number, length: number) => ({ length, getChannelData: () => new Float32Array(length) });
  createBufferSource = () => {
    const source = new FakeSource();
    sources.push(source);
    return source;
  };
}

/** The worker protocol with a fake engine, in this thread (the real engine runs in the browser tests). */
export function fakeVoice(load: () => Promise<VoiceEngine> = async () => ({ synthesize: (text) => ({ samples: new Float32Array(text.length), sampleRate: 22050 }) })) {
  const said: string[] = [];
  const channel: VoiceChannel = { onReply: null, send: (request) => handle(request) };
  const handle = createVoiceServer(
    async () => {
      const engine = await load();
      return { synthesize: (text, lang, wpm) => (said.push(`${lang}:${text}@${wpm}`), engine.synthesize(text, lang, wpm)) };
    },
    (reply) => channel.onReply?.(reply),
  );
  useVoiceChannel(channel);
  return said;
}

