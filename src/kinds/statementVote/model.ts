// "Yhtä mieltä?": each member votes yes or no on one statement at a time; statements the group
// agrees with (or the opposites of those it says no to) can become its rules, each with its own
// tap. Pure functions only.
import * as v from 'valibot';
import type { Statement, StatementVoteConfig } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

export type Vote = 'yes' | 'no';

/** Saved per (statement, person): key `${statementId}:${personId}`. DO NOT CHANGE without a migration. */
export const voteSchema = v.object({ vote: v.picklist(['yes', 'no']) });

/**
 * A rule: an agreed statement (shown in the reader's language), the opposite of a statement the group
 * said no to (`opposite`), or the group's own words.
 */
export const ruleSchema = v.object({
  statementId: v.optional(v.string()),
  opposite: v.optional(v.boolean()),
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
  order: v.number(),
});
export type RuleData = v.InferOutput<typeof ruleSchema>;

export interface Rule extends RuleData {
  readonly key: string;
  readonly exerciseId: string;
}

export const voteWrite = (statementId: string, personId: string, vote: Vote): AnswerWrite => ({
  type: 'vote',
  key: `${statementId}:${personId}`,
  data: { vote },
});

/** Each member's vote on one statement. */
export function votesFor(entries: readonly Entry[], statementId: string): ReadonlyMap<string, Vote> {
  const votes = new Map<string, Vote>();
  for (const entry of entries) {
    if (entry.type !== 'vote' || !v.is(voteSchema, entry.data)) continue;
    const [sid, personId] = entry.key.split(':');
    if (sid === statementId && personId) votes.set(personId, entry.data.vote);
  }
  return votes;
}

export interface Tally {
  readonly statement: Statement;
  /** Ids of the members who said yes / no, in member order. */
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

/** Counts the votes of the current members only (a removed member's votes no longer count). */
export function tally(statements: readonly Statement[], entries: readonly Entry[], memberIds: readonly string[]): Tally[] {
  return statements.map((statement) => {
    const votes = votesFor(entries, statement.id);
    return {
      statement,
      yes: memberIds.filter((id) => votes.get(id) === 'yes'),
      no: memberIds.filter((id) => votes.get(id) === 'no'),
    };
  });
}

/** The group agrees with the statement when more members said yes than no. */
export const isAgreed = (t: Tally): boolean => t.yes.length > t.no.length;

/** The group agrees that the statement is wrong when more members said no than yes. */
export const isRejected = (t: Tally): boolean => t.no.length > t.yes.length;

/** What the votes on one statement mean, in the words the results use. */
export type Meaning = 'allYes' | 'mostYes' | 'allNo' | 'mostNo' | 'split' | 'none';

export function meaningOf(t: Tally): Meaning {
  if (t.yes.length === 0 && t.no.length === 0) return 'none';
  if (t.no.length === 0) return 'allYes';
  if (t.yes.length === 0) return 'allNo';
  if (isAgreed(t)) return 'mostYes';
  return isRejected(t) ? 'mostNo' : 'split';
}

/** Whether every one of these members has voted on the statement (then the votes are shown). */
export const allVoted = (votes: ReadonlyMap<string, Vote>, memberIds: readonly string[]): boolean =>
  memberIds.length > 0 && memberIds.every((id) => votes.has(id));

export function readRules(entries: readonly Entry[]): Rule[] {
  const rules: Rule[] = [];
  for (const entry of entries) {
    if (entry.type !== 'rule') continue;
    const parsed = v.safeParse(ruleSchema, entry.data);
    if (parsed.success) rules.push({ ...parsed.output, key: entry.key, exerciseId: entry.exerciseId });
  }
  return rules.sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/** The rule a statement's votes offer: the statement itself, or its opposite when the group said no. */
export interface RuleOffer {
  readonly statementId: string;
  readonly opposite: boolean;
  /** The rule's text key (the statement or its opposite). */
  readonly textKey: string;
}

export function ruleOffer(t: Tally): RuleOffer | null {
  if (isAgreed(t)) return { statementId: t.statement.id, opposite: false, textKey: t.statement.textKey };
  if (isRejected(t) && t.statement.oppositeKey) return { statementId: t.statement.id, opposite: true, textKey: t.statement.oppositeKey };
  return null;
}

/** The key a statement's rule is saved under (one rule per statement). DO NOT CHANGE (saved). */
export const statementRuleKey = (statementId: string): string => `statement-${statementId}`;

/** The saved rule made from this statement, if the group made one. */
export const ruleOfStatement = (rules: readonly Rule[], statementId: string): Rule | undefined =>
  rules.find((r) => r.key === statementRuleKey(statementId));

/** The group confirms one offered rule with its own tap; it goes after the rules the group already has. */
export function ruleWrite(offer: RuleOffer, existing: readonly Rule[]): AnswerWrite {
  const order = existing.reduce((max, r) => Math.max(max, r.order), 0) + 1;
  const data: RuleData = { statementId: offer.statementId, ...(offer.opposite ? { opposite: true } : {}), order };
  return { type: 'rule', key: statementRuleKey(offer.statementId), data };
}

/** A rule in the group's own words. */
export function ownRuleWrite(text: string, existing: readonly Rule[]): AnswerWrite {
  const order = existing.reduce((max, r) => Math.max(max, r.order), 0) + 1;
  return { type: 'rule', key: `own-${newId()}`, data: { text, order } };
}

export function editRuleWrite(rule: Rule, text: string): AnswerWrite {
  const data: RuleData = {
    ...(rule.statementId ? { statementId: rule.statementId } : {}),
    ...(rule.opposite ? { opposite: true } : {}),
    text,
    order: rule.order,
  };
  return { type: 'rule', key: rule.key, data };
}

export function statementVoteProgress(config: StatementVoteConfig, entries: readonly Entry[]): Progress {
  if (entries.some((e) => e.type === 'rule')) return 'done';
  return config.statements.some((s) => votesFor(entries, s.id).size > 0) ? 'started' : 'not-started';
}
