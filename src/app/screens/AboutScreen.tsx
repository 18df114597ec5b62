import type { PictogramId } from '../../content/pictogramId';
import { useT } from '../../i18n/useT';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { AppScreen } from '../parts/AppScreen';
import type { Route } from '../router';

/** The workbook's three keys of belonging together ("yhteisöllisyyden avaimet"). */
const keys: readonly { readonly id: 'choices' | 'taking-part' | 'success'; readonly pictogram: PictogramId }[] = [
  { id: 'choices', pictogram: 'choose' },
  { id: 'taking-part', pictogram: 'group' },
  { id: 'success', pictogram: 'trophy' },
];

/** The five source documents the app is built from (see the seeds' README). */
const sources = ['workbook', 'avot', 'neighbourhood', 'pro-sos', 'porukalla'] as const;

const licenceUrl = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * "About Porukka", for everyone (a link on the start screen and in the settings): what Porukka is, the
 * workbook's three keys, where the method comes from (the source documents, named) and the credits.
 */
export function AboutScreen({ route }: { readonly route: Route }) {
  const { t } = useT();
  return (
    <AppScreen route={route} title={t('about.title')}>
      <p class="lead">
        <Say text={t('about.intro')} />
      </p>
      <Section title={t('about.keys.title')} pictogram="key">
        <ul class="about-keys">
          {keys.map(({ id, pictogram }) => (
            <li key={id}>
              <PictureCard pictogram={pictogram} text={`${t(`about.keys.${id}.title`)}. ${t(`about.keys.${id}.text`)}`} speakLabel={t('actions.listen')} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('about.sources.title')} pictogram="story">
        <p>
          <Say text={t('about.sources.intro')} />
        </p>
        <p>
          <Say text={t('about.sources.listTitle')} />
        </p>
        <ul class="about-sources">
          {sources.map((id) => (
            <li key={id}>
              <Say text={t(`about.sources.${id}`)} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('about.credits.title')} pictogram="information">
        <p>
          <Say text={t('about.credits.lifeStory')} />
        </p>
        <p>
          <a class="about-licence" href={licenceUrl} rel="noopener noreferrer" target="_blank">
            {t('about.credits.licenceLink')}
          </a>
        </p>
      </Section>
    </AppScreen>
  );
}
