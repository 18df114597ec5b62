import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { GoalBox } from '../../cardBoard/parts/GoalBox';
import type { KindViewProps } from '../../types';
import { canvasCards, visitedSections } from '../model';

/** The goal, the sections as big picture tiles (cards so far, gone through or not), and the summary. */
export function Overview({ exercise, answers, sources, onStep }: KindViewProps<'canvas'>) {
  const { t, tContent } = useT();
  const { sections, introKey, showsGoal, canMarkMissing } = exercise.config;
  const cards = canvasCards(answers.entries);
  const visited = visitedSections(answers.entries);
  return (
    <div class="stack">
      {showsGoal ? <GoalBox entries={sources} /> : null}
      <PictureCard pictogram={exercise.pictogram} text={tContent(introKey)} speakLabel={t('actions.listen')} />
      <ul class="exercise-grid">
        {sections.map((section) => {
          const inSection = cards.filter((c) => c.sectionId === section.id);
          const missing = inSection.filter((c) => c.missing).length;
          return (
            <li key={section.id}>
              <button type="button" class="exercise-card" onClick={() => onStep(`section-${section.id}`)}>
                <Pictogram id={section.pictogram} size={72} />
                <Say class="exercise-card__title" text={tContent(section.titleKey)} />
                <Say text={t('kinds.canvas.cardCount', { count: inSection.length })} />
                {visited.has(section.id) ? (
                  <span class="badge badge--done">
                    <Pictogram id="done" size={24} />
                    <Say text={t('kinds.canvas.visited')} />
                  </span>
                ) : null}
                {canMarkMissing && missing > 0 ? (
                  <span class="badge">
                    <Pictogram id="missing" size={24} />
                    <Say text={t('kinds.canvas.missingCount', { count: missing })} />
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <BigButton variant="primary" pictogram="summary" label={t('kinds.canvas.seeAll')} onClick={() => onStep('summary')} />
    </div>
  );
}
