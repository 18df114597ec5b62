import { useT } from '../../../i18n/useT';
import { AvatarButton, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import type { KindViewProps } from '../../types';
import { praiseCounts } from '../model';
import { NoMembers } from '../../shared/NoMembers';

/** Who holds the tablet now? Tap the holder's picture. */
export function Overview({ exercise, members, answers, links, onStep }: KindViewProps<'praiseRound'>) {
  const { t, tContent } = useT();
  const counts = praiseCounts(answers.entries);
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} />
      {members.length === 0 ? (
        <NoMembers membersHref={links.members} />
      ) : (
        <Section title={t('kinds.praiseRound.chooseHolder')} pictogram="trophy">
          <div class="avatar-grid">
            {members.map((m) => {
              const count = counts.get(m.id) ?? 0;
              return (
                <AvatarButton
                  key={m.id}
                  {...memberLook(m)}
                  badge={count > 0 ? 'praise' : undefined}
                  description={t('kinds.praiseRound.praiseCount', { count })}
                  onClick={() => onStep(m.id)}
                />
              );
            })}
          </div>
        </Section>
      )}
      <BigButton pictogram="results" label={t('kinds.praiseRound.everyone')} onClick={() => onStep('everyone')} />
    </div>
  );
}
