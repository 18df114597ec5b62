import { useT } from '../../../i18n/useT';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import type { KindViewProps } from '../../types';
import { boardCards } from '../cards';
import { piles } from '../piles';
import { CardFace } from './CardFace';

/** Talk before choosing: the questions, read aloud, and the piles to look at. */
export function TalkStep({ exercise, answers, sources }: KindViewProps<'cardBoard'>) {
  const { t, tContent } = useT();
  const { discussion, fields, importAreas } = exercise.config;
  const pileList = piles(boardCards(answers.entries, sources, importAreas), answers.entries);
  return (
    <div class="stack">
      <Section title={t('cards.talk.title')} pictogram="small-talk">
        {discussion.map((question) => (
          <PictureCard key={question.id} size="large" pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')} />
        ))}
      </Section>
      <ul class="card-grid">
        {pileList.map(({ top }) => (
          <li key={top.ref} class="board-card">
            <CardFace card={top} fields={fields} isFromEarlier={top.isFromEarlier} />
          </li>
        ))}
      </ul>
    </div>
  );
}
