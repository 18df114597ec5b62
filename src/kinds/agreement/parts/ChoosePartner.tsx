import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { PictureCard } from '../../../ui/PictureCard';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import type { KindViewProps } from '../../types';
import { hasContent, partnerStep, summaryStep, type PartnerAgreement } from '../model';

interface Props extends KindViewProps<'agreement'> {
  readonly list: readonly PartnerAgreement[];
}

/** Which partner do we agree with? Each partner as a big card; or, with no partners, the way to the list. */
export function ChoosePartner({ exercise, links, list, onStep }: Props) {
  const { t, tContent } = useT();
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} />
      {list.length === 0 ? (
        <Notice pictogram="partner" text={t('agreement.noPartners')}>
          <BigButton pictogram="partner" label={t('agreement.toPartnerList')} href={links.partners} />
        </Notice>
      ) : (
        <>
          <h2 class="section-title">
            <Pictogram id="partner" size={40} />
            <Say text={t('agreement.choosePartner')} />
          </h2>
          <ul class="exercise-grid">
            {list.map(({ partner, agreement }) => (
              <li key={partner.key}>
                <button type="button" class="exercise-card" onClick={() => onStep(partnerStep(partner.key))}>
                  <Pictogram id="partner" size={72} />
                  <Say class="exercise-card__title" text={partner.name} />
                  {partner.organisation ? <Say text={partner.organisation} /> : null}
                  {hasContent(agreement) ? (
                    <span class="badge badge--done">
                      <Pictogram id="done" size={24} />
                      <Say text={t('agreement.agreed')} />
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
          <BigButton variant="primary" pictogram="summary" label={t('agreement.seeAll')} onClick={() => onStep(summaryStep)} />
        </>
      )}
    </div>
  );
}
