import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { hasContent, partnerStep, type Agreement, type AgreementTask, type PartnerAgreement } from '../model';

interface Props {
  readonly list: readonly PartnerAgreement[];
  readonly members: readonly Person[];
  readonly onStep: (step: string | null) => void;
}

/** Every agreement made, one card per partner, each read aloud on its own. */
export function AgreementSummary({ list, members, onStep }: Props) {
  const { t } = useT();
  const made = list.filter((p) => hasContent(p.agreement));
  return (
    <div class="stack summary">
      <h2 class="section-title section-title--big">
        <Pictogram id="summary" size={48} />
        <Say text={t('agreement.summaryTitle')} />
      </h2>
      {made.length === 0 ? (
        <p>
          <Say text={t('agreement.noneYet')} />
        </p>
      ) : null}
      {made.map(({ partner, agreement }) =>
        agreement ? (
          <article key={partner.key} class="board-card stack" data-card aria-label={partner.name}>
            <h3 class="section-title">
              <Pictogram id="partner" size={40} />
              <Say text={partner.name} />
            </h3>
            <AgreementRows agreement={agreement} partnerName={partner.name} members={members} />
            <div class="button-row">
              <SpeakButton label={t('actions.listen')} scope="[data-card]" />
              <BigButton pictogram="edit" label={t('actions.edit')} onClick={() => onStep(partnerStep(partner.key))}>
                <span class="visually-hidden"> {partner.name}</span>
              </BigButton>
            </div>
          </article>
        ) : null,
      )}
      <BigButton pictogram="previous" label={t('agreement.backToPartners')} onClick={() => onStep(null)} />
    </div>
  );
}

function AgreementRows({ agreement, partnerName, members }: { readonly agreement: Agreement; readonly partnerName: string; readonly members: readonly Person[] }) {
  const { t } = useT();
  const { where, when, tasks, money } = agreement;
  const moneyText =
    money.isNeeded === null
      ? t('agreement.moneyOpen')
      : !money.isNeeded
        ? t('agreement.moneyNotNeeded')
        : [t('agreement.moneyNeeded'), money.amount ? t('agreement.amountText', { amount: money.amount }) : '', money.source ? t('agreement.sourceText', { source: money.source }) : '']
            .filter(Boolean)
            .join(' ');
  return (
    <ul class="summary-list">
      {where ? <Row pictogram="place" text={t('agreement.whereText', { where })} /> : null}
      {when ? <Row pictogram="calendar" text={t('agreement.whenText', { when })} /> : null}
      {tasks.map((task) => (
        <TaskSummary key={task.id} task={task} partnerName={partnerName} members={members} />
      ))}
      <Row pictogram="money" text={moneyText} />
    </ul>
  );
}

function Row({ pictogram, text }: { readonly pictogram: 'place' | 'calendar' | 'money'; readonly text: string }) {
  return (
    <li class="summary-row">
      <Pictogram id={pictogram} size={40} />
      <Say text={text} />
    </li>
  );
}

function TaskSummary({ task, partnerName, members }: { readonly task: AgreementTask; readonly partnerName: string; readonly members: readonly Person[] }) {
  const { t, language } = useT();
  const doers = members.filter((m) => task.memberIds.includes(m.id));
  const names = [...doers.map((m) => m.name), ...(task.byPartner ? [partnerName] : [])];
  const who = names.length > 0 ? t('agreement.doneBy', { names: new Intl.ListFormat(language, { type: 'conjunction' }).format(names) }) : t('agreement.nobodyYet');
  return (
    <li class="summary-row">
      <Pictogram id="tasks" size={40} />
      <Say text={`${task.text.replace(/[.!?]+$/, '')}. ${who}`} />
      <span class="result__voters" aria-hidden="true">
        {doers.map((m) => (
          <Avatar key={m.id} {...memberLook(m)} size="small" showName={false} />
        ))}
        {task.byPartner ? <Pictogram id="partner" size={32} /> : null}
      </span>
    </li>
  );
}
