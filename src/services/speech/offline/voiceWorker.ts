// The offline voice's Web Worker: speaks sentences into samples with eSpeak NG, off the page's thread.
/// <reference lib="webworker" />
import { loadEspeak } from './espeakEngine';
import { createVoiceServer, type VoiceReply, type VoiceRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const folder = new URL(`${import.meta.env.BASE_URL}voice/`, self.location.href);
const handle = createVoiceServer(
  () => loadEspeak(folder),
  (answer: VoiceReply) => self.postMessage(answer, answer.type === 'audio' ? [answer.samples.buffer] : []),
);
self.addEventListener('message', (event: MessageEvent<VoiceRequest>) => handle(event.data));
