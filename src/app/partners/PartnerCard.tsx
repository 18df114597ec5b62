import { findMeeting } from '../../content/lookup';
import { telHref, type Partner } from '../../domain/partners';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { RemoveButton } from '../../ui/RemoveButton';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import { SupportOnly } from '../support/SupportOnly';
import { contactWayPictogram } from './contactWays';

interface Props {
  readonly partner: Partner;
  readonly editHref: string;
  readonly onRemove: () => void;
}

/** A partner: who, what they offer, how to reach them, and the meetings and tasks they are part of. */
export function PartnerCard({ partner, editHref, onRemove }: Props) {
  const { t, tContent } = useT();
  const meetings = partner.meetingIds.flatMap((id) => findMeeting(id) ?? []);
  return (
    <article class="partner-card stack" data-card aria-label={partner.name}>
      <h2 class="section-title">
        <Pictogram id="partner" size={48} />
        <Say text={partner.name} />
      </h2>
      {partner.organisation ? <Say class="lead" text={partner.organisation} /> : null}
      {partner.offers ? <p><Say text={t('partners.offersText', { offers: partner.offers })} /></p> : null}
      {partner.ways.length > 0 ? (
        <ul class="diary-chips" aria-label={t('partners.ways')}>
          {partner.ways.map((way) => (
            <li key={way} class="diary-chip">
              <Pictogram id={contactWayPictogram[way]} size={32} />
              <Say text={t(`partners.way.${way}`)} />
            </li>
          ))}
        </ul>
      ) : null}
      {meetings.length > 0 ? (
        <p>
          <Say text={t('partners.inMeetings', { meetings: meetings.map((m) => `${m.number}. ${tContent(m.titleKey)}`).join(', ') })} />
        </p>
      ) : null}
      {partner.tasks ? <p><Say text={t('partners.tasksText', { tasks: partner.tasks })} /></p> : null}
      <div class="button-row">
        {partner.phone ? <BigButton pictogram="phone" label={t('partners.call', { phone: partner.phone })} href={telHref(partner.phone)} /> : null}
        {partner.email ? <BigButton pictogram="e-mail" label={t('partners.write', { email: partner.email })} href={`mailto:${partner.email}`} /> : null}
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        <SupportOnly>
          <BigButton pictogram="edit" label={t('actions.edit')} href={editHref}>
            <span class="visually-hidden"> {partner.name}</span>
          </BigButton>
        </SupportOnly>
        <RemoveButton label={t('actions.remove')} onClick={onRemove}>
          <span class="visually-hidden"> {partner.name}</span>
        </RemoveButton>
      </div>
    </article>
  );
}
