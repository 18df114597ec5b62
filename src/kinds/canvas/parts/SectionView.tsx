import { useEffect } from 'preact/hooks';
import type { CanvasSection } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import { AddCard } from '../../shared/AddCard';
import type { KindViewProps } from '../../types';
import { canvasCards, newCardWrite, suggestionCard, suggestionWrite, visitedSections, visitWrite } from '../model';
import { CanvasCardView } from './CanvasCardView';

interface Props extends KindViewProps<'canvas'> {
  readonly section: CanvasSection;
}

/** One section: ready picture cards to tap in, and the guiding questions with the group's cards. */
export function SectionView({ exercise, answers, section, onStep }: Props) {
  const { t, tContent } = useT();
  const cards = canvasCards(answers.entries).filter((c) => c.sectionId === section.id);
  const isVisited = visitedSections(answers.entries).has(section.id);
  useEffect(() => {
    if (!isVisited) void answers.put(visitWrite(section.id));
    // Mark the section gone through once; `answers` is a new object on every render.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [isVisited, section.id]);
  const suggestions = section.suggestions ?? [];
  return (
    <div class="stack">
      <h2 class="section-title section-title--big">{tContent(section.titleKey)}</h2>
      {suggestions.length > 0 ? (
        <Section title={t('kinds.canvas.suggestions')} pictogram="pictures">
          <div class="picture-choices">
            {suggestions.map((suggestion) => {
              const card = suggestionCard(cards, section.id, suggestion.id);
              return (
                <BigButton
                  key={suggestion.id}
                  layout="tile"
                  pictogram={suggestion.pictogram}
                  label={tContent(suggestion.textKey)}
                  pressed={Boolean(card)}
                  onClick={() =>
                    card
                      ? void answers.remove('card', card.key, t('cards.removed'))
                      : void answers.put(suggestionWrite(section.id, suggestion.id))
                  }
                />
              );
            })}
          </div>
        </Section>
      ) : null}
      {section.questions.map((question) => (
        <section key={question.id} class="stack canvas-question" aria-label={tContent(question.textKey)}>
          <PictureCard size="large" pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')} />
          <ul class="card-grid">
            {cards
              .filter((c) => c.questionId === question.id)
              .map((card) => (
                <li key={card.key}>
                  <CanvasCardView card={card} section={section} canMarkMissing={exercise.config.canMarkMissing} answers={answers} />
                </li>
              ))}
          </ul>
          <AddCard label={t('kinds.canvas.addAnswer')} pictogram={question.pictogram} onAdd={(content) => void answers.put(newCardWrite(section.id, question.id, content))} />
        </section>
      ))}
      <BigButton variant="primary" pictogram="done" label={t('kinds.canvas.backToSections')} onClick={() => onStep(null)} />
    </div>
  );
}
