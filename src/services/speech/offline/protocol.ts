// The offline voice's worker protocol. The page asks for one sentence at a time and gets back its
// samples; it may cancel what it no longer needs. The engine loads on the first request; when it
// cannot load, every waiting request gets an error (and the next request tries again).

export type VoiceRequest =
  | { readonly type: 'synthesize'; readonly id: number; readonly text: string; readonly lang: string; readonly wpm: number }
  /** Drops the requests not yet synthesized; no ids = all of them. */
  | { readonly type: 'cancel'; readonly ids?: readonly number[] };

export type VoiceReply =
  | { readonly type: 'audio'; readonly id: number; readonly samples: Float32Array; readonly sampleRate: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

export interface VoiceEngine {
  /** Mono samples (−1 … 1) of the text spoken in a language ("fi", "sv", "en") at a pace (words per minute). */
  synthesize(text: string, lang: string, wpm: number): { samples: Float32Array; sampleRate: number };
}

type Job = Extract<VoiceRequest, { type: 'synthesize' }>;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The worker's side: returns the message handler. Synthesizing blocks, so between two sentences it
 * gives the message queue a turn (`later`), and a cancel that came meanwhile drops what is waiting.
 */
export function createVoiceServer(
  load: () => Promise<VoiceEngine>,
  reply: (answer: VoiceReply) => void,
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
): (request: VoiceRequest) => void {
  const queue: Job[] = [];
  let engine: Promise<VoiceEngine> | null = null;
  let busy = false;

  const next = (): void => {
    if (busy || queue.length === 0) return;
    busy = true;
    engine ??= load();
    engine.then(
      (ready) =>
        later(() => {
          const job = queue.shift();
          if (job) {
            try {
              reply({ type: 'audio', id: job.id, ...ready.synthesize(job.text, job.lang, job.wpm) });
            } catch (error) {
              reply({ type: 'error', id: job.id, message: message(error) });
            }
          }
          busy = false;
          next();
        }),
      (error: unknown) => {
        engine = null;
        for (const job of queue.splice(0)) reply({ type: 'error', id: job.id, message: message(error) });
        busy = false;
      },
    );
  };

  return (request) => {
    if (request.type === 'synthesize') {
      queue.push(request);
      next();
      return;
    }
    const drop = request.ids ? new Set(request.ids) : null;
    for (let i = queue.length - 1; i >= 0; i -= 1) if (!drop || drop.has(queue[i]!.id)) queue.splice(i, 1);
  };
}
