import { useState } from 'preact/hooks';
import type { Partner } from '../../../domain/partners';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import type { Answers } from '../../types';
import { agreementWrite, emptyAgreement, hasContent, summaryStep, toggleDoer, withoutTask, withTask, type Agreement } from '../model';
import { TaskRow } from './TaskRow';

interface Props {
  readonly partner: Partner;
  readonly saved: Agreement | undefined;
  readonly members: readonly Person[];
  readonly answers: Answers;
  readonly onStep: (step: string | null) => void;
}

/**
 * The agreement with one partner. Taps (who does a task, money yes or no, a new task) save at once,
 * with what has been written so far; "Save" and "Back" save the words too.
 */
export function AgreementEditor({ partner, saved, members, answers, onStep }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState<Agreement>(saved ?? emptyAgreement());
  const [newTask, setNewTask] = useState('');
  const commit = (next: Agreement) => {
    setDraft(next);
    void answers.put(agreementWrite(partner.key, next));
  };
  // Going back loses nothing: what has been written is saved too.
  const keep = () => {
    if (saved || hasContent(draft)) void answers.put(agreementWrite(partner.key, draft));
  };
  const money = draft.money;
  return (
    <div class="stack">
      <h2 class="section-title section-title--big">
        <Pictogram id="partner" size={48} />
        <Say text={t('agreement.withPartner', { name: partner.name })} />
      </h2>
      <Section title={t('agreement.whereWhen')} pictogram="place">
        <TextField name="agreement-where" label={t('agreement.where')} pictogram="place" value={draft.where} maxLength={200} onInput={(where) => setDraft({ ...draft, where })} />
        <TextField name="agreement-when" label={t('agreement.when')} pictogram="calendar" value={draft.when} maxLength={200} onInput={(when) => setDraft({ ...draft, when })} />
      </Section>
      <Section title={t('agreement.tasks')} pictogram="tasks">
        {draft.tasks.length > 0 ? (
          <ul class="card-grid">
            {draft.tasks.map((task) => (
              <TaskRow
                key={task.id}
                task={task}
                members={members}
                partner={partner}
                onToggle={(doer) => commit(toggleDoer(draft, task.id, doer))}
                onRemove={() => {
                  const next = withoutTask(draft, task.id);
                  setDraft(next);
                  void answers.putUndoable([agreementWrite(partner.key, next)], [agreementWrite(partner.key, draft)], t('agreement.taskRemoved'));
                }}
              />
            ))}
          </ul>
        ) : null}
        <form
          class="add-card stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (!newTask.trim()) return;
            commit(withTask(draft, newTask));
            setNewTask('');
          }}
        >
          <TextField name="agreement-task" label={t('agreement.newTask')} pictogram="tasks" value={newTask} maxLength={200} onInput={setNewTask} />
          <BigButton type="submit" pictogram="add" label={t('agreement.addTask')} />
        </form>
      </Section>
      <Section title={t('agreement.money')} pictogram="money">
        <div class="button-row" role="group" aria-label={t('agreement.money')}>
          <BigButton pictogram="yes" label={t('agreement.moneyYes')} pressed={money.isNeeded === true} onClick={() => commit({ ...draft, money: { ...money, isNeeded: true } })} />
          <BigButton pictogram="no" label={t('agreement.moneyNo')} pressed={money.isNeeded === false} onClick={() => commit({ ...draft, money: { ...money, isNeeded: false } })} />
        </div>
        {money.isNeeded ? (
          <>
            <TextField name="agreement-amount" label={t('agreement.amount')} pictogram="money" value={money.amount} maxLength={80} onInput={(amount) => setDraft({ ...draft, money: { ...money, amount } })} />
            <TextField name="agreement-source" label={t('agreement.source')} pictogram="money-source" value={money.source} maxLength={200} onInput={(source) => setDraft({ ...draft, money: { ...money, source } })} />
          </>
        ) : null}
      </Section>
      <BigButton
        variant="primary"
        pictogram="save"
        label={t('agreement.save')}
        onClick={() => {
          keep();
          onStep(summaryStep);
        }}
      />
      <BigButton
        pictogram="previous"
        label={t('agreement.backToPartners')}
        onClick={() => {
          keep();
          onStep(null);
        }}
      />
    </div>
  );
}
