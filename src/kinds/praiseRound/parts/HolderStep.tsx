import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { MemberTurns } from '../../shared/MemberTurns';
import type { KindViewProps } from '../../types';
import { giversOf, praiseFor } from '../model';
import { GivePanel } from './GivePanel';
import { PraiseCardView } from './PraiseCardView';

interface Props extends KindViewProps<'praiseRound'> {
  readonly holder: Person;
}

/** The holder fills the screen; each member in turn (the holder too) gives them praise cards. */
export function HolderStep({ exercise, members, answers, links, holder, onStep }: Props) {
  const { t } = useT();
  const cards = praiseFor(answers.entries, holder.id);
  const givers = giversOf(answers.entries, holder.id);
  return (
    <div class="stack">
      <div class="praise-holder">
        <h2 class="praise-holder__title">
          <Say text={t('kinds.praiseRound.holderTitle')} />
        </h2>
        <Avatar {...memberLook(holder)} size="large" />
      </div>
      <MemberTurns
        members={members}
        title={t('kinds.praiseRound.whoPraises')}
        titlePictogram="praise"
        membersHref={links.members}
        badgeOf={(m) => (givers.has(m.id) ? 'praise' : undefined)}
        describe={(m) => t(givers.has(m.id) ? 'kinds.praiseRound.hasPraised' : 'kinds.praiseRound.notPraised')}
        turn={(giver, done) => <GivePanel config={exercise.config} holder={holder} giver={giver} answers={answers} onDone={done} />}
        footer={
          <>
            <Section title={t('kinds.praiseRound.received', { name: holder.name })} pictogram="kind-words">
              {cards.length > 0 ? (
                <ul class="card-grid">
                  {cards.map((card) => (
                    <li key={card.key}>
                      <PraiseCardView card={card} config={exercise.config} members={members} answers={answers} />
                    </li>
                  ))}
                </ul>
              ) : (
                <Notice pictogram="praise" text={t('kinds.praiseRound.noPraise')} />
              )}
            </Section>
            <nav class="step-nav" aria-label={t('kinds.praiseRound.navigation')}>
              <BigButton pictogram="take-turns" label={t('kinds.praiseRound.newHolder')} onClick={() => onStep(null)} />
              <BigButton pictogram="results" label={t('kinds.praiseRound.everyone')} onClick={() => onStep('everyone')} />
            </nav>
          </>
        }
      />
    </div>
  );
}
