import { methodCards, practices, type MethodCard, type Practice } from '../../content/library';
import type { PictureText } from '../../content/types';
import { useNamespace } from '../../i18n/useNamespace';
import { useT } from '../../i18n/useT';
import { Loading } from '../../ui/Loading';
import { PictureCard } from '../../ui/PictureCard';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { SpeakButton } from '../../ui/SpeakButton';
import { AppScreen } from '../parts/AppScreen';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import type { LibrarySection, Route } from '../router';

interface Props {
  readonly route: Route;
  readonly section: LibrarySection;
  readonly itemId: string;
}

/** One method card or practice, in full, read aloud part by part. */
export function LibraryItemScreen({ route, section, itemId }: Props) {
  const { t, tLibrary } = useT();
  const isReady = useNamespace('library');
  const card = section === 'methods' ? methodCards.find((c) => c.id === itemId) : undefined;
  const practice = section === 'practices' ? practices.find((p) => p.id === itemId) : undefined;
  if (!card && !practice) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  if (!isReady) return <AppScreen route={route} title={t('library.title')}><Loading /></AppScreen>;
  const title = tLibrary((card ?? practice)?.titleKey ?? '');
  return (
    <AppScreen route={route} title={title}>
      {card ? <MethodView card={card} /> : null}
      {practice ? <PracticeView practice={practice} /> : null}
    </AppScreen>
  );
}

function MethodView({ card }: { readonly card: MethodCard }) {
  const { t, tLibrary } = useT();
  return (
    <>
      <PictureCard size="large" pictogram={card.pictogram} text={tLibrary(card.summaryKey)} speakLabel={t('actions.listen')} />
      <Rows title={t('library.points')} pictogram="done" rows={card.points} />
      <Rows title={t('library.questions')} pictogram="question" rows={card.questions} />
    </>
  );
}

function PracticeView({ practice }: { readonly practice: Practice }) {
  const { t, tLibrary } = useT();
  return (
    <>
      <PictureCard pictogram="place" text={tLibrary(practice.placeKey)} speakLabel={t('actions.listen')} />
      <PictureCard size="large" pictogram={practice.pictogram} text={tLibrary(practice.ideaKey)} speakLabel={t('actions.listen')} />
      <PictureCard pictogram="group" text={t('library.forWhom', { text: tLibrary(practice.forWhomKey) })} speakLabel={t('actions.listen')} />
      <Rows title={t('library.lessons')} pictogram="idea" rows={practice.lessons} />
    </>
  );
}

function Rows({ title, pictogram, rows }: { readonly title: string; readonly pictogram: 'done' | 'question' | 'idea'; readonly rows: readonly PictureText[] }) {
  const { t, tLibrary } = useT();
  return (
    <Section title={title} pictogram={pictogram}>
      <ul class="rule-list">
        {rows.map((row) => (
          <li key={row.id} class="rule" data-card>
            <Pictogram id={row.pictogram} size={48} />
            <Say class="rule__text" text={tLibrary(row.textKey)} />
            <SpeakButton label={t('actions.listen')} scope="[data-card]" />
          </li>
        ))}
      </ul>
    </Section>
  );
}
