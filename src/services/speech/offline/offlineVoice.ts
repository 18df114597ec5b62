// The page's side of the offline voice: asks the worker for one sentence at a time, plays each
// through Web Audio, asks for the next while one plays, and says which sentence is being read.
// Loaded only when the offline voice first speaks or is made ready (never in the initial JavaScript).
import type { VoiceReply, VoiceRequest } from './protocol';

/** The app's rate setting (0.75 … 1.15 of the device's normal pace) as eSpeak NG words per minute. */
export const wordsPerMinute = (rate: number): number => Math.round(rate * 160);

export interface OfflineSentence {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
}

/** Where sentences go to become samples: the worker, or (in tests) the protocol with a fake engine. */
export interface VoiceChannel {
  send(request: VoiceRequest): void;
  /** The worker's answers; also an error for every request when the worker itself cannot start. */
  onReply: ((reply: VoiceReply) => void) | null;
}

export interface OfflineReading {
  readonly sentences: readonly OfflineSentence[];
  readonly wpm: number;
  /** Created (or resumed) inside the tap, so the browser lets it sound. */
  readonly audio: BaseAudioContext;
  /** The sentence now sounding. */
  onSentence(id: string): void;
  onEnd(): void;
  /** The offline voice could not speak (the engine did not load). */
  onError(lang: string): void;
}

function workerChannel(): VoiceChannel {
  const worker = new Worker(new URL('./voiceWorker.ts', import.meta.url), { type: 'module' });
  const waiting = new Set<number>();
  const channel: VoiceChannel = {
    onReply: null,
    send(request) {
      if (request.type === 'synthesize') waiting.add(request.id);
      else if (request.ids) request.ids.forEach((id) => waiting.delete(id));
      else waiting.clear();
      worker.postMessage(request, []);
    },
  };
  worker.addEventListener('message', (event: MessageEvent<VoiceReply>) => {
    waiting.delete(event.data.id);
    channel.onReply?.(event.data);
  });
  // The worker's script failed to load or threw: nothing it was asked will come.
  worker.addEventListener('error', () => {
    for (const id of waiting) channel.onReply?.({ type: 'error', id, message: 'voice worker failed' });
    waiting.clear();
  });
  return channel;
}

let channel: VoiceChannel | null = null;
let nextId = 1;
const answers = new Map<number, (reply: VoiceReply) => void>();

/** Tests put a channel of their own here. */
export function useVoiceChannel(replacement: VoiceChannel | null): void {
  channel = replacement;
  if (channel) channel.onReply = (reply) => answers.get(reply.id)?.(reply);
}

const ask = (sentence: OfflineSentence, wpm: number, answer: (reply: VoiceReply) => void): number => {
  if (!channel) useVoiceChannel(workerChannel());
  const id = nextId++;
  answers.set(id, (reply) => {
    answers.delete(id);
    answer(reply);
  });
  channel!.send({ type: 'synthesize', id, text: sentence.text, lang: sentence.lang, wpm });
  return id;
};

/**
 * Loads the engine and the language's voice before the first reading: a short word is made and thrown
 * away. The first reading then does not wait for the engine (≈ 0.8 s here, seconds on a tablet). A
 * failure is left for the first reading to tell (it asks again).
 */
export function warmUpOfflineVoice(lang: string): void {
  ask({ id: 'warm-up', text: 'a', lang }, wordsPerMinute(1), () => undefined);
}

/** Starts reading; returns the function that stops it (the sound, and whatever is still asked for). */
export function playOffline(reading: OfflineReading): () => void {
  const { sentences, audio } = reading;
  const replies: (VoiceReply | undefined)[] = [];
  const asked = new Map<number, number>(); // sentence index → request id
  let stopped = false;
  let playing = -1; // the index of the sentence sounding (or waited for)
  let source: AudioBufferSourceNode | null = null;

  const request = (index: number): void => {
    const sentence = sentences[index];
    if (!sentence || asked.has(index)) return;
    asked.set(
      index,
      ask(sentence, reading.wpm, (reply) => {
        asked.delete(index);
        replies[index] = reply;
        if (!stopped && index === playing) play(index);
      }),
    );
  };

  const play = (index: number): void => {
    playing = index;
    if (index >= sentences.length) {
      stopped = true;
      reading.onEnd();
      return;
    }
    const reply = replies[index];
    if (!reply) return request(index); // it comes to `play` when ready
    replies[index] = undefined;
    if (reply.type === 'error') {
      stop();
      reading.onError(sentences[index]!.lang);
      return;
    }
    request(index + 1); // the next sentence is made while this one plays
    if (reply.samples.length === 0) return play(index + 1);
    const buffer = audio.createBuffer(1, reply.samples.length, reply.sampleRate);
    buffer.getChannelData(0).set(reply.samples);
    source = audio.createBufferSource();
    source.buffer = buffer;
    source.connect(audio.destination);
    source.addEventListener('ended', () => {
      if (!stopped) play(index + 1);
    });
    reading.onSentence(sentences[index]!.id);
    source.start();
  };

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    source?.stop();
    const ids = [...asked.values()];
    ids.forEach((id) => answers.delete(id));
    if (ids.length > 0) channel?.send({ type: 'cancel', ids });
  };

  play(0);
  return stop;
}
