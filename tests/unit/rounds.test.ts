// Meeting 10's rounds: the self-evaluation questions and the praise round.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import * as praise from '../../src/kinds/praiseRound/model';
import * as round from '../../src/kinds/questionRound/model';
import type { AnswerWrite } from '../../src/kinds/types';
import { entry, person } from './fixtures';

const evaluation = findExercise('m10-self-evaluation')!.exercise as ExerciseOf<'questionRound'>;
const praiseRound = findExercise('m10-praise')!.exercise as ExerciseOf<'praiseRound'>;
const saved = (exerciseId: string, ...writes: (AnswerWrite | null)[]) => writes.flatMap((w) => (w ? [entry(exerciseId, w.type, w.key, w.data)] : []));
const answers = (...writes: AnswerWrite[]) => saved(evaluation.id, ...writes);
const members = [person('anna'), person('ben'), person('cai')];
const blank = (questionId: string, personId: string): round.RoundAnswer => ({ questionId, personId });

describe('self-evaluation (question round)', () => {
  it('asks the workbook’s six questions, with a face scale and topic pictures to answer by', () => {
    expect(evaluation.config.questions.map((q) => q.id)).toEqual(['what-i-did', 'best', 'decide', 'learned', 'hard', 'differently']);
    expect(evaluation.config.faces.length).toBe(3);
    expect(evaluation.config.topics.length).toBeGreaterThan(5);
  });

  it('keeps one answer per question and person, and changes one part at a time', () => {
    const first = round.answerWrite(blank('best', 'anna'), { face: 'good', text: '  Bingo  ' });
    expect(first).toEqual({ type: 'answer', key: 'best:anna', data: { face: 'good', text: 'Bingo' } });
    const entries = answers(first);
    const current = round.turnAnswer(entries, 'best', 'anna');
    const second = round.answerWrite(current, round.topicChange(current, 'coffee'));
    expect(second.data).toEqual({ face: 'good', text: 'Bingo', topics: ['coffee'] });
    // The same face again takes it away; another topic is added; the same topic again is taken away.
    expect(round.faceChange(current, 'good')).toEqual({ face: null });
    expect(round.faceChange(current, 'okay')).toEqual({ face: 'okay' });
    expect(round.topicChange({ topics: ['coffee'] }, 'coffee')).toEqual({ topics: [] });
    expect(round.answerWrite({ ...current, topics: ['coffee'] }, { topics: [], face: null, text: ' ' }).data).toEqual({});
    expect(v.is(round.answerSchema, second.data)).toBe(true);
  });

  it('lists answers with something in them, in member order, leaving out removed members', () => {
    const entries = answers(
      round.answerWrite(blank('best', 'cai'), { text: 'Kahvit' }),
      round.answerWrite(blank('best', 'anna'), { face: 'good' }),
      round.answerWrite(blank('best', 'ben'), { face: null }),
      round.answerWrite(blank('best', 'gone'), { text: 'Olin mukana' }),
      round.answerWrite(blank('hard', 'ben'), { text: 'Siivous' }),
    );
    expect(round.answersTo(entries, 'best', members).map((a) => a.personId)).toEqual(['anna', 'cai']);
    expect(round.answersTo(entries, 'hard', members).map((a) => a.text)).toEqual(['Siivous']);
  });

  it('keeps a pair’s answer under the member who took the turn; either of the pair opens it', () => {
    const pairAnswer = round.answerWrite(blank('decide', 'anna'), { text: 'Päätimme paikan', pairId: 'ben' });
    const entries = answers(pairAnswer);
    expect(round.turnAnswer(entries, 'decide', 'ben')).toMatchObject({ personId: 'anna', pairId: 'ben' });
    expect([...round.answeredIds(entries, 'decide')].sort()).toEqual(['anna', 'ben']);
    // Cai may join nobody else's answer; Ben is already in Anna's.
    expect(round.pairCandidates(entries, round.turnAnswer(entries, 'decide', 'cai'), members).map((m) => m.id)).toEqual([]);
    expect(round.pairCandidates(entries, round.turnAnswer(entries, 'decide', 'anna'), members).map((m) => m.id)).toEqual(['ben', 'cai']);
  });

  it('gives Ben his own answer once he answers alone, and a pair answer without content counts for nobody', () => {
    const emptyPair = round.answerWrite(blank('learned', 'anna'), { pairId: 'ben' });
    expect(round.answeredIds(answers(emptyPair), 'learned').size).toBe(0);
    const own = round.answerWrite(blank('learned', 'ben'), { text: 'Opin soittamaan' });
    expect(round.turnAnswer(answers(emptyPair, own), 'learned', 'ben')).toMatchObject({ personId: 'ben', text: 'Opin soittamaan' });
  });

  it('refuses answers that are too long or not text', () => {
    expect(v.is(round.answerSchema, { text: 'x'.repeat(1001) })).toBe(false);
    expect(v.is(round.answerSchema, { topics: 'coffee' })).toBe(false);
  });

  it('is done when every question has an answer', () => {
    const { config } = evaluation;
    expect(round.roundProgress(config, [])).toBe('not-started');
    const one = round.answerWrite(blank('best', 'anna'), { face: 'good' });
    expect(round.roundProgress(config, answers(one))).toBe('started');
    const all = config.questions.map((q) => round.answerWrite(blank(q.id, 'ben'), { text: 'Vastaus' }));
    expect(round.roundProgress(config, answers(...all))).toBe('done');
  });
});

describe('Onnistuja! (praise round)', () => {
  const { config } = praiseRound;
  const give = (...writes: (AnswerWrite | null)[]) => saved(praiseRound.id, ...writes);

  it('has ready praises said to another and of oneself, and the workbook’s questions', () => {
    expect(config.praises.map((p) => p.id)).toContain('brave');
    for (const p of config.praises) expect(p.selfTextKey).not.toBe(p.textKey);
    expect(config.questions).toHaveLength(2);
    expect(config.selfQuestions).toHaveLength(2);
  });

  it('keeps a ready praise once per holder, giver and praise, and says who gave it', () => {
    const brave = praise.readyPraiseWrite('anna', 'ben', 'brave', 1);
    expect(brave).toEqual({ type: 'praise', key: 'anna:ben:brave', data: { holderId: 'anna', giverId: 'ben', praiseId: 'brave', createdAt: 1 } });
    const again = praise.readyPraiseWrite('anna', 'ben', 'brave', 2);
    expect(again.key).toBe(brave.key);
    const entries = give(brave, praise.readyPraiseWrite('anna', 'cai', 'brave', 3));
    expect(praise.praiseFor(entries, 'anna').map((c) => c.giverId)).toEqual(['ben', 'cai']);
    expect([...praise.readyGiven(entries, 'anna', 'ben').keys()]).toEqual(['brave']);
    expect([...praise.giversOf(entries, 'anna')]).toEqual(['ben', 'cai']);
  });

  it('keeps the giver’s own words or voice as new cards, and refuses empty words', () => {
    expect(praise.ownPraiseWrite('anna', 'ben', { text: '   ' })).toBeNull();
    const words = praise.ownPraiseWrite('anna', 'ben', { text: ' Kiitos kahveista ' }, 1);
    const voice = praise.ownPraiseWrite('anna', 'ben', { voiceId: 'voice-1' }, 2);
    expect(words?.key).not.toBe(voice?.key);
    expect(praise.praiseFor(give(words, voice), 'anna').map((c) => c.text ?? c.voiceId)).toEqual(['Kiitos kahveista', 'voice-1']);
    expect(v.is(praise.praiseSchema, { holderId: 'anna', giverId: 'ben', text: 'x'.repeat(301), createdAt: 1 })).toBe(false);
  });

  it('words a ready praise for another ("Olit rohkea.") or for oneself ("Olin rohkea.")', () => {
    const other = praise.praiseOption(config, { holderId: 'anna', giverId: 'ben', praiseId: 'brave', createdAt: 1 });
    const self = praise.praiseOption(config, { holderId: 'anna', giverId: 'anna', praiseId: 'brave', createdAt: 1 });
    expect(other?.textKey).toBe('exercises.m10-praise.praises.brave.other');
    expect(self?.textKey).toBe('exercises.m10-praise.praises.brave.self');
    expect(praise.praiseOption(config, { holderId: 'anna', giverId: 'ben', praiseId: 'gone', createdAt: 1 })).toBeNull();
  });

  it('counts each member’s praise and is done once someone has been praised', () => {
    expect(praise.praiseProgress([])).toBe('not-started');
    const entries = give(praise.readyPraiseWrite('anna', 'ben', 'brave', 1), praise.readyPraiseWrite('anna', 'anna', 'learned', 2), praise.readyPraiseWrite('cai', 'anna', 'thanks', 3));
    expect(Object.fromEntries(praise.praiseCounts(entries))).toEqual({ anna: 2, cai: 1 });
    expect(praise.praiseProgress(entries)).toBe('done');
    expect(praise.isSelfPraise(praise.praiseFor(entries, 'anna')[1]!)).toBe(true);
  });
});
