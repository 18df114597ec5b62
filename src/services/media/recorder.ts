// Voice notes with the tablet's microphone (MediaRecorder). No time limit: recording stops when the
// person taps stop.

export interface RecordedVoice {
  readonly blob: Blob;
  readonly mime: string;
  readonly durationMs: number;
}

export interface VoiceRecording {
  stop(): Promise<RecordedVoice>;
  cancel(): void;
}

export type RecordingProblem = 'noMicrophone';

const preferredTypes = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];

/** Starts recording, or says why it cannot (no microphone, permission refused, no MediaRecorder). */
export async function startVoiceRecording(): Promise<VoiceRecording | RecordingProblem> {
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') return 'noMicrophone';
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch {
    return 'noMicrophone';
  }
  const mimeType = preferredTypes.find((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const release = () => stream.getTracks().forEach((track) => track.stop());
  const startedAt = performance.now();
  recorder.start();
  return {
    stop: () =>
      new Promise<RecordedVoice>((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            const mime = recorder.mimeType || mimeType || 'audio/webm';
            resolve({ blob: new Blob(chunks, { type: mime }), mime, durationMs: Math.round(performance.now() - startedAt) });
          },
          { once: true },
        );
        recorder.stop();
      }),
    cancel: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}
