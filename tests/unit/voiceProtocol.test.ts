// The offline voice's worker protocol with a fake engine: one sentence at a time, in order; a cancel
// drops what is waiting; an engine that cannot load answers every waiting request with an error.
import { describe, expect, it } from 'vitest';
import { createVoiceServer, type VoiceEngine, type VoiceReply, type VoiceRequest } from '../../src/services/speech/offline/protocol';

function server(load: () => Promise<VoiceEngine>) {
  const replies: VoiceReply[] = [];
  const turns: (() => void)[] = [];
  const handle = createVoiceServer(load, (reply) => replies.push(reply), (run) => turns.push(run));
  /** Lets the worker run everything it has been given (its message queue gets a turn in between). */
  const settle = async () => {
    for (let i = 0; i < 50; i += 1) {
      await Promise.resolve();
      turns.splice(0).forEach((run) => run());
    }
  };
  return { replies, handle, settle };
}

const say = (id: number, text: string, lang = 'fi'): VoiceRequest => ({ type: 'synthesize', id, text, lang, wpm: 150 });

function fakeEngine(): VoiceEngine & { said: string[] } {
  const said: string[] = [];
  return {
    said,
    synthesize(text, lang, wpm) {
      if (lang === 'xx') throw new Error('no voice xx');
      said.push(`${lang}:${text}@${wpm}`);
      return { samples: new Float32Array(text.length), sampleRate: 22050 };
    },
  };
}

describe('offline voice worker protocol', () => {
  it('loads the engine once and answers each sentence in order with its samples', async () => {
    const engine = fakeEngine();
    let loads = 0;
    const { replies, handle, settle } = server(async () => {
      loads += 1;
      return engine;
    });
    handle(say(1, 'Hei.'));
    handle(say(2, 'Hej.', 'sv'));
    await settle();
    expect(loads).toBe(1);
    expect(engine.said).toEqual(['fi:Hei.@150', 'sv:Hej.@150']);
    expect(replies.map((r) => [r.type, r.id, r.type === 'audio' ? r.samples.length : 0])).toEqual([
      ['audio', 1, 4],
      ['audio', 2, 4],
    ]);
  });

  it('drops cancelled sentences that are still waiting, and all of them with no ids', async () => {
    const engine = fakeEngine();
    const { replies, handle, settle } = server(async () => engine);
    handle(say(1, 'Yksi.'));
    handle(say(2, 'Kaksi.'));
    handle(say(3, 'Kolme.'));
    handle({ type: 'cancel', ids: [2] });
    await settle();
    expect(replies.map((r) => r.id)).toEqual([1, 3]);
    handle(say(4, 'Neljä.'));
    handle(say(5, 'Viisi.'));
    handle({ type: 'cancel' });
    await settle();
    expect(engine.said).toEqual(['fi:Yksi.@150', 'fi:Kolme.@150']);
    expect(replies.map((r) => r.id)).toEqual([1, 3]);
  });

  it('answers every waiting sentence with an error when the engine cannot load, and tries again next time', async () => {
    let fail = true;
    const engine = fakeEngine();
    const { replies, handle, settle } = server(async () => {
      if (fail) throw new Error('espeak-ng.data: 404');
      return engine;
    });
    handle(say(1, 'Hei.'));
    handle(say(2, 'Moi.'));
    await settle();
    expect(replies).toEqual([
      { type: 'error', id: 1, message: 'espeak-ng.data: 404' },
      { type: 'error', id: 2, message: 'espeak-ng.data: 404' },
    ]);
    fail = false;
    handle(say(3, 'Hei taas.'));
    await settle();
    expect(replies[2]).toMatchObject({ type: 'audio', id: 3 });
  });

  it('answers a sentence the engine cannot say with an error and goes on with the next', async () => {
    const { replies, handle, settle } = server(async () => fakeEngine());
    handle(say(1, 'Mitä?', 'xx'));
    handle(say(2, 'Hei.'));
    await settle();
    expect(replies.map((r) => [r.type, r.id])).toEqual([
      ['error', 1],
      ['audio', 2],
    ]);
  });
});
