import { findExercise } from '../../../content/lookup';
import type { Entry } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { canvasCards } from '../../canvas/model';
import { cardText, MissingBadge } from '../../canvas/parts/CanvasCardView';

/** The action plan's cards of one section (a learning café's table), to read before adding help. */
export function PlanCards({ sources, sectionId }: { readonly sources: readonly Entry[]; readonly sectionId: string }) {
  const { t, tContent } = useT();
  const rows = [...new Set(sources.map((e) => e.exerciseId))].flatMap((exerciseId) => {
    const plan = findExercise(exerciseId)?.exercise;
    if (plan?.kind !== 'canvas') return [];
    const section = plan.config.sections.find((s) => s.id === sectionId);
    if (!section) return [];
    return canvasCards(sources.filter((e) => e.exerciseId === exerciseId))
      .filter((c) => c.sectionId === sectionId)
      .map((card) => ({ card, text: cardText(card, section, tContent) }))
      .filter((row) => row.text);
  });
  return (
    <div class="stack plan-cards">
      <p class="with-pictogram">
        <Pictogram id="plan" size={40} />
        <Say text={t(rows.length > 0 ? 'cards.fromPlan' : 'cards.nothingInPlan')} />
      </p>
      {rows.length > 0 ? (
        <ul class="summary-list">
          {rows.map(({ card, text }) => (
            <li key={card.key} class={card.missing ? 'summary-row is-missing' : 'summary-row'}>
              <Say text={text} />
              {card.missing ? <MissingBadge /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
