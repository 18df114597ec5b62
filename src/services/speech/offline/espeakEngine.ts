// eSpeak NG (GPL-3.0-or-later) in the worker: the engine and its data (fi, sv, en) are static files
// written by scripts/build-voice.mjs to public/voice/, precached by the service worker, and loaded
// only when the offline voice first speaks or is made ready (speech.ts, warmUpVoiceWhenIdle).
import type { VoiceEngine } from './protocol';

interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(wpm: number): void;
  get_samplerate(): number;
  synthesize(text: string, onChunk: (samples: Int16Array, events: unknown[]) => unknown): unknown;
}

interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

type ModuleFactory = (options: { getPreloadedPackage: () => ArrayBuffer }) => Promise<EspeakModule>;

const languages = new Set(['fi', 'sv', 'en']);

export async function loadEspeak(folder: URL): Promise<VoiceEngine> {
  const dataUrl = new URL('espeak-ng.data', folder).href;
  const [factory, data] = await Promise.all([
    import(/* @vite-ignore */ new URL('espeak-ng.mjs', folder).href).then((m: { default: ModuleFactory }) => m.default),
    fetch(dataUrl).then((response) => {
      if (!response.ok) throw new Error(`${dataUrl}: ${response.status}`);
      return response.arrayBuffer();
    }),
  ]);
  // The data is handed over, so the engine does not fetch it again.
  const espeak = new (await factory({ getPreloadedPackage: () => data })).eSpeakNGWorker();
  let voice = '';
  return {
    synthesize(text, lang, wpm) {
      const wanted = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
      const name = languages.has(wanted) ? wanted : 'fi';
      if (name !== voice) {
        if (espeak.set_voice(name) !== 0) throw new Error(`eSpeak NG has no voice ${name}`);
        voice = name;
      }
      espeak.set_rate(wpm);
      const chunks: Float32Array[] = [];
      espeak.synthesize(text, (samples) => {
        const chunk = new Float32Array(samples.length);
        for (let i = 0; i < samples.length; i += 1) chunk[i] = samples[i]! / 32768;
        chunks.push(chunk);
        return false; // go on
      });
      const samples = new Float32Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        samples.set(chunk, at);
        at += chunk.length;
      }
      return { samples, sampleRate: espeak.get_samplerate() };
    },
  };
}
