// Agreeing with a partner (meeting 7): where and when, which tasks and who does them, and money.
// One agreement per partner of the group's partner list.
import * as v from 'valibot';
import { newId } from '../../domain/ids';
import { readPartners, type Partner } from '../../domain/partners';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A task and who does it: members (person ids) and/or the partner. key = a random id. */
export const agreementTaskSchema = v.object({
  id,
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  memberIds: v.pipe(v.array(id), v.maxLength(40)),
  byPartner: v.boolean(),
});
export type AgreementTask = v.InferOutput<typeof agreementTaskSchema>;

/** One per partner: key = the partner's key. DO NOT CHANGE without a migration. */
export const agreementSchema = v.object({
  where: text(200),
  when: text(200),
  tasks: v.pipe(v.array(agreementTaskSchema), v.maxLength(40)),
  money: v.object({
    /** null = not talked about yet. */
    isNeeded: v.nullable(v.boolean()),
    amount: text(80),
    source: text(200),
  }),
});
export type Agreement = v.InferOutput<typeof agreementSchema>;

export const agreementType = 'agreement';

export const emptyAgreement = (): Agreement => ({ where: '', when: '', tasks: [], money: { isNeeded: null, amount: '', source: '' } });

/** The saved agreements by partner key. */
export function agreementsByPartner(entries: readonly Entry[]): ReadonlyMap<string, Agreement> {
  const agreements = new Map<string, Agreement>();
  for (const entry of entries) {
    if (entry.type === agreementType && v.is(agreementSchema, entry.data)) agreements.set(entry.key, entry.data);
  }
  return agreements;
}

export const hasContent = (a: Agreement | undefined): boolean =>
  Boolean(a && (a.where.trim() || a.when.trim() || a.tasks.length > 0 || a.money.isNeeded !== null));

/** Saves the agreement with a partner; texts are trimmed. */
export function agreementWrite(partnerKey: string, agreement: Agreement): AnswerWrite {
  const data: Agreement = {
    where: agreement.where.trim(),
    when: agreement.when.trim(),
    tasks: agreement.tasks,
    money: { isNeeded: agreement.money.isNeeded, amount: agreement.money.amount.trim(), source: agreement.money.source.trim() },
  };
  return { type: agreementType, key: partnerKey, data };
}

export function withTask(agreement: Agreement, taskText: string): Agreement {
  const clean = taskText.trim();
  if (!clean) return agreement;
  return { ...agreement, tasks: [...agreement.tasks, { id: newId(), text: clean, memberIds: [], byPartner: false }] };
}

export const withoutTask = (agreement: Agreement, taskId: string): Agreement => ({ ...agreement, tasks: agreement.tasks.filter((t) => t.id !== taskId) });

/** Who does a task: a member's id toggles them; 'partner' toggles the partner. */
export function toggleDoer(agreement: Agreement, taskId: string, doer: string | 'partner'): Agreement {
  return {
    ...agreement,
    tasks: agreement.tasks.map((task) => {
      if (task.id !== taskId) return task;
      if (doer === 'partner') return { ...task, byPartner: !task.byPartner };
      const has = task.memberIds.includes(doer);
      return { ...task, memberIds: has ? task.memberIds.filter((m) => m !== doer) : [...task.memberIds, doer] };
    }),
  };
}

export interface PartnerAgreement {
  readonly partner: Partner;
  readonly agreement: Agreement | undefined;
}

/** Every partner of the list with their agreement, if one is made (the list comes in as a source). */
export function partnerAgreements(sources: readonly Entry[], entries: readonly Entry[]): PartnerAgreement[] {
  const agreements = agreementsByPartner(entries);
  return readPartners(sources).map((partner) => ({ partner, agreement: agreements.get(partner.key) }));
}

export function agreementProgress(entries: readonly Entry[]): Progress {
  return [...agreementsByPartner(entries).values()].some(hasContent) ? 'done' : 'not-started';
}

/** Steps in the address: none (choose a partner), "partner-<key>", "summary". */
export const partnerStep = (partnerKey: string): string => `partner-${partnerKey}`;
export const summaryStep = 'summary';
