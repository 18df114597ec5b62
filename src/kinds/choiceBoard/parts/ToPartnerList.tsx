import { useContext } from 'preact/hooks';
import type { ChoiceBoardConfig } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SupportModeContext } from '../../../ui/modePort';
import type { KindLinks } from '../../types';

interface Props {
  readonly config: ChoiceBoardConfig;
  readonly chosen: ReadonlySet<string>;
  /** The group has own options (they have their own "add to the partner list" buttons). */
  readonly hasOwn: boolean;
  readonly links: KindLinks;
}

/** The chosen picture options, each with "add to the partner list" (the new-partner form, filled in). */
export function ToPartnerList({ config, chosen, hasOwn, links }: Props) {
  const { t, tContent } = useT();
  // The partner form is a support person's page: participants see what they chose and the list.
  const isSupport = useContext(SupportModeContext);
  const rows = config.options.filter((o) => chosen.has(o.id)).map((o) => ({ key: o.id, text: tContent(o.textKey), pictogram: o.pictogram }));
  if (rows.length === 0 && !hasOwn) return null;
  return (
    <Section title={t('kinds.choiceBoard.toPartnerList')} pictogram="partner">
      <p>
        <Say text={t('kinds.choiceBoard.toPartnerListHint')} />
      </p>
      {rows.length > 0 ? (
        <ul class="summary-list">
          {rows.map((row) => (
            <li key={row.key} class="summary-row">
              <Pictogram id={row.pictogram} size={40} />
              <Say text={row.text} />
              {isSupport ? (
                <BigButton pictogram="add" label={t('kinds.choiceBoard.addToPartnerList')} href={links.newPartnerFrom(row.key)}>
                  <span class="visually-hidden"> {row.text}</span>
                </BigButton>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <BigButton pictogram="partner" label={t('kinds.choiceBoard.seePartnerList')} href={links.partners} />
    </Section>
  );
}
