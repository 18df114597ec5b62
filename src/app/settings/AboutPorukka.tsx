import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { PictogramId } from '../../content/pictogramId';
import { useT } from '../../i18n/useT';
import { Pictogram } from '../../ui/Pictogram';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';

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
 * "About Porukka" at the end of the settings: what Porukka is, the workbook's three keys, where the
 * method comes from (the source documents, named) and the credits. A section of the settings rather
 * than a screen of its own: a new address would add to the start-up JavaScript, which is at its budget.
 */
export function AboutPorukka() {
  const { t } = useT();
  return (
    <Section title={t('about.title')} pictogram="what-is" class="about">
      <p class="lead">
        <Say text={t('about.intro')} />
      </p>
      <Part title={t('about.keys.title')} pictogram="key">
        <ul class="about-keys">
          {keys.map(({ id, pictogram }) => (
            <li key={id}>
              <PictureCard pictogram={pictogram} text={`${t(`about.keys.${id}.title`)}. ${t(`about.keys.${id}.text`)}`} speakLabel={t('actions.listen')} />
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('about.sources.title')} pictogram="story">
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
      </Part>
      <Part title={t('about.credits.title')} pictogram="information">
        <p>
          <Say text={t('about.credits.lifeStory')} />
        </p>
        <p>
          <a class="about-licence" href={licenceUrl} rel="noopener noreferrer" target="_blank">
            {t('about.credits.licenceLink')}
          </a>
        </p>
      </Part>
    </Section>
  );
}

/** A part of the section, with a smaller heading (h3 under the section's h2). */
function Part({ title, pictogram, children }: { readonly title: string; readonly pictogram: PictogramId; readonly children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="stack" aria-labelledby={id}>
      <h3 id={id} class="section-title">
        <Pictogram id={pictogram} size={32} />
        <Say text={title} />
      </h3>
      {children}
    </section>
  );
}
