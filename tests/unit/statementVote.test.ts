import { describe, expect, it } from 'vitest';
import { goodFriendStatements } from '../../src/content/statements';
import type { AnswerWrite } from '../../src/kinds/types';
import { readGroupSettings } from '../../src/domain/groupSettings';
import {
  allVoted,
  editRuleWrite,
  isAgreed,
  isRejected,
  meaningOf,
  ownRuleWrite,
  readRules,
  ruleOffer,
  ruleOfStatement,
  ruleWrite,
  statementVoteProgress,
  tally,
  votesFor,
  voteWrite,
} from '../../src/kinds/statementVote/model';
import { ruleLook } from '../../src/kinds/statementVote/rules';
import { entry } from './fixtures';

const exerciseId = 'm02-agree';
const saved = (...writes: AnswerWrite[]) => writes.map((w) => entry(exerciseId, w.type, w.key, w.data));
const byId = (id: string) => goodFriendStatements.find((s) => s.id === id)!;
const listens = byId('listens');
const kiss = byId('must-kiss');
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

  it('says what the votes mean: all or most said yes or no, split, or nobody voted', () => {
    const meaning = (yes: number, no: number) => meaningOf({ statement: listens, yes: Array.from({ length: yes }, (_, i) => `y${i}`), no: Array.from({ length: no }, (_, i) => `n${i}`) });
    expect([meaning(3, 0), meaning(2, 1), meaning(0, 3), meaning(1, 2), meaning(2, 2), meaning(0, 0)]).toEqual(['allYes', 'mostYes', 'allNo', 'mostNo', 'split', 'none']);
  });

  it('knows when every member has voted (a removed member does not count, an empty group never has)', () => {
    const votes = votesFor(saved(voteWrite(listens.id, 'a', 'yes'), voteWrite(listens.id, 'gone', 'no')), listens.id);
    expect(allVoted(votes, ['a'])).toBe(true);
    expect(allVoted(votes, ['a', 'b'])).toBe(false);
    expect(allVoted(votes, [])).toBe(false);
  });

  it('offers the statement as a rule when most say yes, and its opposite when most say no', () => {
    const votes = saved(voteWrite(kiss.id, 'a', 'no'), voteWrite(kiss.id, 'b', 'no'), voteWrite(listens.id, 'a', 'yes'));
    const [yesRow, noRow] = tally([listens, kiss], votes, ['a', 'b']);
    expect(ruleOffer(yesRow!)).toEqual({ statementId: listens.id, opposite: false, textKey: listens.textKey });
    expect(isRejected(noRow!)).toBe(true);
    expect(ruleOffer(noRow!)).toEqual({ statementId: kiss.id, opposite: true, textKey: 'statementOpposites.must-kiss' });
    // A good-friend statement the group says no to has no opposite to offer; a tie offers nothing.
    expect(ruleOffer(tally([listens], saved(voteWrite(listens.id, 'a', 'no')), ['a'])[0]!)).toBeNull();
    expect(ruleOffer(tally([kiss], saved(voteWrite(kiss.id, 'a', 'no'), voteWrite(kiss.id, 'b', 'yes')), ['a', 'b'])[0]!)).toBeNull();
  });

  it('makes one rule per confirmed offer, after the rules the group already has, shown as the statement or its opposite', () => {
    const own = ownRuleWrite('Puhelimet äänettömälle.', []);
    const noRow = tally([kiss], saved(voteWrite(kiss.id, 'a', 'no')), ['a'])[0]!;
    const write = ruleWrite(ruleOffer(noRow)!, readRules(saved(own)));
    expect(write).toEqual({ type: 'rule', key: `statement-${kiss.id}`, data: { statementId: kiss.id, opposite: true, order: 2 } });
    const rules = readRules(saved(own, write));
    expect(rules.map((r) => r.order)).toEqual([1, 2]);
    const rule = ruleOfStatement(rules, kiss.id)!;
    expect(ruleLook(rule)).toEqual({ textKey: 'statementOpposites.must-kiss', pictogram: kiss.pictogram });
    // Edited in the group's own words, it stays the opposite rule of the same statement.
    const [edited] = readRules(saved(editRuleWrite(rule, 'Suukot vain luvalla.')));
    expect(edited).toMatchObject({ statementId: kiss.id, opposite: true, text: 'Suukot vain luvalla.' });
    expect(ruleOfStatement(rules, listens.id)).toBeUndefined();
  });

  it('gives each statement that a good friend would not do an opposite, and the others none', () => {
    expect(goodFriendStatements.filter((s) => s.oppositeKey).map((s) => s.id)).toEqual(['never-disagree', 'buys-gifts', 'tells-my-things', 'must-kiss', 'must-not-help', 'gives-money']);
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
    const offer = ruleOffer(tally([listens], votes, ['a'])[0]!)!;
    expect(statementVoteProgress(config, [...votes, ...saved(ruleWrite(offer, []))])).toBe('done');
  });
});

describe('group settings', () => {
  it('hides votes until everyone has voted unless the group chose open voting', () => {
    expect(readGroupSettings([])).toEqual({ openVoting: false });
    const on = entry('group-settings', 'setting', 'open-voting', { on: true });
    expect(readGroupSettings([on])).toEqual({ openVoting: true });
    expect(readGroupSettings([{ ...on, data: { on: 'yes' } }])).toEqual({ openVoting: false });
    expect(readGroupSettings([{ ...on, deleted: true }])).toEqual({ openVoting: false });
  });
});
