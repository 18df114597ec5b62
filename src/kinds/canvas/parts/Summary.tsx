import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { GoalBox } from '../../cardBoard/parts/GoalBox';
import { VoicePlay } from '../../shared/MediaInputs';
import type { KindViewProps } from '../../types';
import { canvasCards } from '../model';
import { cardText, MissingBadge } from './CanvasCardView';

/** The whole canvas as one page: the tips list, or the plan with what is still missing marked. */
export function Summary({ exercise, answers, sources, onStep }: KindViewProps<'canvas'>) {
  const { t, tContent } = useT();
  const { sections, summaryTitleKey, showsGoal } = exercise.config;
  const cards = canvasCards(answers.entries);
  return (
    <div class="stack summary">
      <h2 class="section-title section-title--big">
        <Pictogram id="summary" size={48} />
        <Say text={tContent(summaryTitleKey)} />
      </h2>
      {showsGoal ? <GoalBox entries={sources} /> : null}
      {sections.map((section) => {
        const inSection = cards.filter((c) => c.sectionId === section.id);
        return (
          <Section key={section.id} title={tContent(section.titleKey)} pictogram={section.pictogram}>
            {inSection.length === 0 ? (
              <p>
                <Say text={t('kinds.canvas.empty')} />
              </p>
            ) : (
              <ul class="summary-list">
                {inSection.map((card) => {
                  const suggestion = section.suggestions?.find((s) => s.id === card.suggestionId);
                  const question = section.questions.find((q) => q.id === card.questionId);
                  return (
                    <li key={card.key} class={card.missing ? 'summary-row is-missing' : 'summary-row'}>
                      <Pictogram id={suggestion?.pictogram ?? question?.pictogram ?? section.pictogram} size={40} />
                      <Say text={cardText(card, section, tContent)} />
                      {card.voiceId ? <VoicePlay mediaId={card.voiceId} /> : null}
                      {card.missing ? <MissingBadge /> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
        );
      })}
      <BigButton pictogram="previous" label={t('kinds.canvas.backToSections')} onClick={() => onStep(null)} />
    </div>
  );
}
