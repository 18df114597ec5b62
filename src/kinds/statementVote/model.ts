// "Yhtä mieltä?": each member votes yes or no on one statement at a time; statements the group
// agrees with become its rules. Pure functions only.
import * as v from 'valibot';
import type { PictureText, StatementVoteConfig } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

export type Vote = 'yes' | 'no';

/** Saved per (statement, person): key `${statementId}:${personId}`. DO NOT CHANGE without a migration. */
export const voteSchema = v.object({ vote: v.picklist(['yes', 'no']) });

/** A rule: an agreed statement (shown in the reader's language) or the group's own words. */
export const ruleSchema = v.object({
  statementId: v.optional(v.string()),
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
  readonly statement: PictureText;
  /** Ids of the members who said yes / no, in member order. */
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

/** Counts the votes of the current members only (a removed member's votes no longer count). */
export function tally(statements: readonly PictureText[], entries: readonly Entry[], memberIds: readonly string[]): Tally[] {
  return statements.map((statement) => {
    const votes = votesFor(entries, statement.id);
    return {
      statement,
      yes: memberIds.filter((id) => votes.get(id) === 'yes'),
      no: memberIds.filter((id) => votes.get(id) === 'no'),
    };
  });
}

/** The group agrees when more members said yes than no. */
export const isAgreed = (t: Tally): boolean => t.yes.length > t.no.length;

export function readRules(entries: readonly Entry[]): Rule[] {
  const rules: Rule[] = [];
  for (const entry of entries) {
    if (entry.type !== 'rule') continue;
    const parsed = v.safeParse(ruleSchema, entry.data);
    if (parsed.success) rules.push({ ...parsed.output, key: entry.key, exerciseId: entry.exerciseId });
  }
  return rules.sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/** Rules for agreed statements that are not rules yet (making rules twice adds nothing). */
export function rulesFromAgreement(tallies: readonly Tally[], existing: readonly Rule[]): AnswerWrite[] {
  const have = new Set(existing.map((r) => r.statementId).filter(Boolean));
  let order = existing.reduce((max, r) => Math.max(max, r.order), 0);
  return tallies
    .filter((t) => isAgreed(t) && !have.has(t.statement.id))
    .map((t) => ({ type: 'rule', key: `statement-${t.statement.id}`, data: { statementId: t.statement.id, order: ++order } }));
}

/** A rule in the group's own words. */
export function ownRuleWrite(text: string, existing: readonly Rule[]): AnswerWrite {
  const order = existing.reduce((max, r) => Math.max(max, r.order), 0) + 1;
  return { type: 'rule', key: `own-${newId()}`, data: { text, order } };
}

export function editRuleWrite(rule: Rule, text: string): AnswerWrite {
  const data: RuleData = { ...(rule.statementId ? { statementId: rule.statementId } : {}), text, order: rule.order };
  return { type: 'rule', key: rule.key, data };
}

export function statementVoteProgress(config: StatementVoteConfig, entries: readonly Entry[]): Progress {
  if (entries.some((e) => e.type === 'rule')) return 'done';
  return config.statements.some((s) => votesFor(entries, s.id).size > 0) ? 'started' : 'not-started';
}
