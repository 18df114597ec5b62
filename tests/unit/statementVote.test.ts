import { describe, expect, it } from 'vitest';
import { goodFriendStatements } from '../../src/content/statements';
import type { AnswerWrite } from '../../src/kinds/types';
import {
  editRuleWrite,
  isAgreed,
  ownRuleWrite,
  readRules,
  rulesFromAgreement,
  statementVoteProgress,
  tally,
  votesFor,
  voteWrite,
} from '../../src/kinds/statementVote/model';
import { ruleLook } from '../../src/kinds/statementVote/rules';
import { entry } from './fixtures';

const exerciseId = 'm02-agree';
const saved = (...writes: AnswerWrite[]) => writes.map((w) => entry(exerciseId, w.type, w.key, w.data));
const [listens, kiss] = goodFriendStatements as [(typeof goodFriendStatements)[0], (typeof goodFriendStatements)[0]];
const config = { questionKey: 'q', statements: goodFriendStatements, outcome: 'rules' as const };

describe('statement vote', () => {
  it('keeps one vote per person and statement, the last one given', () => {
    const entries = saved(voteWrite(listens.id, 'anna', 'no'), voteWrite(listens.id, 'anna', 'yes'));
    // The same key twice: storage keeps one record (deterministic id); the model reads it by key.
    expect(voteWrite(listens.id, 'anna', 'yes').key).toBe(voteWrite(listens.id, 'anna', 'no').key);
    expect(votesFor(entries.slice(1), listens.id).get('anna')).toBe('yes');
  });

  it('tallies yes and no per statement in member order, ignoring removed members', () => {
    const entries = saved(
      voteWrite(listens.id, 'anna', 'yes'),
      voteWrite(listens.id, 'ben', 'yes'),
      voteWrite(listens.id, 'cai', 'no'),
      voteWrite(listens.id, 'gone', 'no'),
      voteWrite(kiss.id, 'anna', 'no'),
    );
    const [first, second] = tally([listens, kiss], entries, ['cai', 'ben', 'anna']);
    expect(first).toMatchObject({ yes: ['ben', 'anna'], no: ['cai'] });
    expect(second).toMatchObject({ yes: [], no: ['anna'] });
    expect(isAgreed(first!)).toBe(true);
    expect(isAgreed(second!)).toBe(false);
  });

  it('needs more yes than no: a tie is not agreement', () => {
    const entries = saved(voteWrite(listens.id, 'a', 'yes'), voteWrite(listens.id, 'b', 'no'));
    expect(isAgreed(tally([listens], entries, ['a', 'b'])[0]!)).toBe(false);
    expect(isAgreed(tally([listens], [], ['a', 'b'])[0]!)).toBe(false);
  });

  it('turns agreed statements into rules once, after the rules the group already has', () => {
    const votes = saved(voteWrite(listens.id, 'a', 'yes'), voteWrite(kiss.id, 'a', 'no'));
    const tallies = tally(goodFriendStatements, votes, ['a']);
    const own = ownRuleWrite('Puhelimet äänettömälle.', []);
    const firstTime = rulesFromAgreement(tallies, readRules(saved(own)));
    expect(firstTime).toEqual([{ type: 'rule', key: `statement-${listens.id}`, data: { statementId: listens.id, order: 2 } }]);
    const rules = readRules(saved(own, ...firstTime));
    expect(rules.map((r) => r.order)).toEqual([1, 2]);
    expect(rulesFromAgreement(tallies, rules)).toEqual([]);
  });

  it('shows a rule in the group’s own words once edited, otherwise as the statement', () => {
    const [rule] = readRules(saved({ type: 'rule', key: `statement-${listens.id}`, data: { statementId: listens.id, order: 1 } }));
    expect(ruleLook(rule!)).toEqual({ textKey: listens.textKey, pictogram: listens.pictogram });
    const edited = editRuleWrite(rule!, 'Kuuntelemme toisiamme.');
    const [after] = readRules(saved(edited));
    expect(ruleLook(after!)).toEqual({ text: 'Kuuntelemme toisiamme.', pictogram: listens.pictogram });
    expect(after!.statementId).toBe(listens.id);
  });

  it('skips saved answers that do not match the schema', () => {
    const entries = [entry(exerciseId, 'vote', `${listens.id}:a`, { vote: 'maybe' }), entry(exerciseId, 'rule', 'x', { order: 'first' })];
    expect(votesFor(entries, listens.id).size).toBe(0);
    expect(readRules(entries)).toEqual([]);
  });

  it('is started after the first vote and done when rules are made', () => {
    expect(statementVoteProgress(config, [])).toBe('not-started');
    const votes = saved(voteWrite(listens.id, 'a', 'yes'));
    expect(statementVoteProgress(config, votes)).toBe('started');
    expect(statementVoteProgress(config, [...votes, ...saved(...rulesFromAgreement(tally(goodFriendStatements, votes, ['a']), []))])).toBe('done');
  });
});
