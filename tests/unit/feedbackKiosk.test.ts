import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import {
  emptyResponse,
  feedbackProgress,
  feedbackSummary,
  hasContent,
  responseOf,
  responseSchema,
  responsesOf,
  responseWrite,
  toggledChoices,
  withFun,
  withoutPart,
  withReply,
} from '../../src/kinds/feedbackKiosk/model';
import { newVisitorStep, parseKioskStep, questionStep, thanksStep } from '../../src/kinds/feedbackKiosk/steps';
import { entry } from './fixtures';

const { config } = (findExercise('m09-feedback')!.exercise as ExerciseOf<'feedbackKiosk'>);
const saved = (key: string, data: unknown) => entry('m09-feedback', 'response', key, data);

describe('feedback kiosk: responses', () => {
  it('saves a response with its empty parts left out, and nothing that names a person', () => {
    let response = withFun(emptyResponse(5), 'yes');
    response = withReply(response, 'nice', { choices: toggledChoices(undefined, 'music'), text: '  Kiva bingo ' });
    response = withReply(response, 'dislike', { choices: [], text: '   ' });
    const write = responseWrite('r1', response);
    expect(write).toEqual({ type: 'response', key: 'r1', data: { fun: 'yes', replies: { nice: { choices: ['music'], text: 'Kiva bingo' } }, createdAt: 5 } });
    expect(v.is(responseSchema, write.data)).toBe(true);
  });

  it('taps a picture on and off, and removes a part set to undefined', () => {
    expect(toggledChoices({ choices: ['food'] }, 'music')).toEqual(['food', 'music']);
    expect(toggledChoices({ choices: ['food', 'music'] }, 'food')).toEqual(['music']);
    const withVoice = withReply(emptyResponse(1), 'nice', { voiceId: 'v1', text: 'Hauskaa' });
    expect(withReply(withVoice, 'nice', { voiceId: undefined }).replies['nice']).toEqual({ text: 'Hauskaa' });
  });

  it('counts a response only when something was answered', () => {
    expect(hasContent(emptyResponse(1))).toBe(false);
    expect(hasContent(withReply(emptyResponse(1), 'nice', { choices: [] }))).toBe(false);
    expect(hasContent(withFun(emptyResponse(1), 'no'))).toBe(true);
    expect(feedbackProgress([])).toBe('not-started');
    expect(feedbackProgress([saved('a', { replies: {}, createdAt: 1 })])).toBe('not-started');
    expect(feedbackProgress([saved('a', { fun: 'no', replies: {}, createdAt: 1 })])).toBe('done');
  });

  it('reads responses oldest first and skips data that does not fit', () => {
    const entries = [saved('b', { fun: 'yes', replies: {}, createdAt: 2 }), saved('a', { fun: 'no', replies: {}, createdAt: 1 }), saved('c', { fun: 'maybe', replies: {}, createdAt: 3 })];
    expect(responsesOf(entries).map((r) => r.key)).toEqual(['a', 'b']);
    expect(responseOf(entries, 'b')?.fun).toBe('yes');
    expect(responseOf(entries, 'c')).toBeUndefined();
  });
});

describe('feedback kiosk: summary', () => {
  const entries = [
    saved('r1', { fun: 'yes', replies: { nice: { choices: ['music', 'food'], text: 'Bingo oli paras' } }, createdAt: 1 }),
    saved('r2', { fun: 'yes', replies: { nice: { choices: ['music', 'unknown'] }, dislike: { voiceId: 'voice-1' } }, createdAt: 2 }),
    saved('r3', { fun: 'no', replies: { dislike: { choices: ['noise'], text: 'Liian kova musiikki' } }, createdAt: 3 }),
    saved('r4', { replies: {}, createdAt: 4 }),
  ];

  it('counts the faces and the pictures (most first), and keeps the words and voice notes', () => {
    const summary = feedbackSummary(config, entries);
    expect(summary.responses).toBe(3);
    expect(summary.fun).toEqual({ yes: 2, no: 1 });
    const [nice, dislike, other] = summary.questions;
    expect(nice!.choices.map((c) => [c.choice.id, c.count])).toEqual([['music', 2], ['food', 1]]);
    expect(nice!.texts).toEqual([{ key: 'r1', text: 'Bingo oli paras' }]);
    expect(dislike!.choices.map((c) => [c.choice.id, c.count])).toEqual([['noise', 1]]);
    expect(dislike!.voices).toEqual([{ key: 'r2', voiceId: 'voice-1' }]);
    expect(other).toMatchObject({ choices: [], texts: [], voices: [] });
  });

  it('lets a support person take out one visitor’s words and keeps the rest, with undo', () => {
    const change = withoutPart(entries, 'r3', 'dislike', 'text')!;
    expect(change.write.data).toEqual({ fun: 'no', replies: { dislike: { choices: ['noise'] } }, createdAt: 3 });
    expect(change.undo.data).toEqual(entries[2]!.data);
    expect(withoutPart(entries, 'missing', 'dislike', 'text')).toBeNull();
  });
});

describe('feedback kiosk: steps in the address', () => {
  it('reads the question and the response key back, and refuses what is not a step', () => {
    const first = newVisitorStep();
    expect(first).toMatch(/^kiosk-0-[0-9a-f]{32}$/);
    expect(first.length).toBeLessThanOrEqual(64);
    expect(parseKioskStep(questionStep(2, 'abcdef0123'), 3)).toEqual({ screen: 'question', index: 2, key: 'abcdef0123' });
    expect(parseKioskStep(thanksStep, 3)).toEqual({ screen: 'thanks' });
    expect(parseKioskStep(questionStep(4, 'abcdef0123'), 3)).toBeNull();
    expect(parseKioskStep(null, 3)).toBeNull();
    expect(parseKioskStep('kiosk', 3)).toBeNull();
    expect(parseKioskStep('kiosk-1-x', 3)).toBeNull();
  });
});
