import type { Partner } from '../../../domain/partners';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Section } from '../../../ui/Section';

interface Props {
  readonly partners: readonly Partner[];
  readonly onAdd: (partner: Partner) => void;
}

/** The group's partners that are not on the board yet: tap one to make it a card. */
export function PartnerTiles({ partners, onAdd }: Props) {
  const { t } = useT();
  if (partners.length === 0) return null;
  return (
    <Section title={t('cards.fromPartnerList')} pictogram="partner">
      <div class="picture-choices">
        {partners.map((partner) => (
          <BigButton key={partner.key} layout="tile" pictogram="partner" label={partner.name} onClick={() => onAdd(partner)} />
        ))}
      </div>
    </Section>
  );
}
