import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import type { KindViewProps } from '../../types';
import { praiseFor } from '../model';
import { PraiseCardView } from './PraiseCardView';

/** Each member's praise, kept: what the others said and what they said of themselves. */
export function Everyone({ exercise, members, answers, onStep }: KindViewProps<'praiseRound'>) {
  const { t } = useT();
  return (
    <div class="stack">
      {members.map((m) => {
        const cards = praiseFor(answers.entries, m.id);
        return (
          <section key={m.id} class="stack praise-person" aria-label={m.name}>
            <h2 class="section-title">
              <Avatar {...memberLook(m)} size="medium" />
            </h2>
            {cards.length > 0 ? (
              <ul class="card-grid">
                {cards.map((card) => (
                  <li key={card.key}>
                    <PraiseCardView card={card} config={exercise.config} members={members} answers={answers} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                <Say text={t('kinds.praiseRound.nobody')} />
              </p>
            )}
          </section>
        );
      })}
      <BigButton pictogram="previous" label={t('kinds.praiseRound.back')} onClick={() => onStep(null)} />
    </div>
  );
}
