import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { PictureCard } from '../../ui/PictureCard';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import type { KindViewProps } from '../types';
import { drawnCards, drawnWrite, nextCard } from './model';

/** Draw a topic card; tap it to hear it; talk about it. The card on the table is kept in the address. */
export function View({ exercise, answers, step, onStep }: KindViewProps<'cardDeck'>) {
  const { t, tContent } = useT();
  const { cards, introKey } = exercise.config;
  const drawn = drawnCards(answers.entries);
  const current = cards.find((c) => c.id === step);
  const talkedAbout = cards.filter((c) => drawn.has(c.id) && c.id !== current?.id);

  const draw = () => {
    const card = nextCard(cards, drawn, current?.id ?? null);
    if (!card) return;
    onStep(card.id);
    void answers.put(drawnWrite(card.id));
  };

  return (
    <div class="stack">
      <p class="lead">
        <Say text={tContent(introKey)} />
      </p>
      {current ? (
        <PictureCard size="large" class="drawn-card" pictogram={current.pictogram} text={tContent(current.textKey)} speakLabel={t('actions.listen')} />
      ) : (
        <div class="card-back" aria-hidden="true">
          <Pictogram id="draw-card" size={128} />
        </div>
      )}
      <BigButton variant="primary" pictogram="draw-card" label={t(current ? 'kinds.cardDeck.drawNext' : 'kinds.cardDeck.draw')} onClick={draw} />
      {talkedAbout.length > 0 ? (
        <Section title={t('kinds.cardDeck.talkedAbout', { count: drawn.size })} pictogram="done">
          <ul class="topic-list">
            {talkedAbout.map((card) => (
              <li key={card.id}>
                <PictureCard pictogram={card.pictogram} text={tContent(card.textKey)} speakLabel={t('actions.listen')} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
