import { useT } from '../../../i18n/useT';
import { AvatarButton, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import type { KindViewProps } from '../../types';
import { groupSkills, skillsOfMember } from '../model';
import { NoMembers } from '../../shared/NoMembers';

/** The intro, every member's picture to start their turn, and the way to the group's map. */
export function Overview({ exercise, members, answers, onStep, links }: KindViewProps<'skillsGrid'>) {
  const { t, tContent } = useT();
  const skillIds = new Set(groupSkills(exercise.config, answers.entries).map((s) => s.id));
  const countOf = (personId: string) => [...skillsOfMember(answers.entries, personId)].filter((id) => skillIds.has(id)).length;
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} />
      {members.length === 0 ? (
        <NoMembers membersHref={links.members} />
      ) : (
        <Section title={t('skillsGrid.whoColours')} pictogram="skills">
          <div class="avatar-grid">
            {members.map((m) => {
              const count = countOf(m.id);
              return (
                <AvatarButton
                  key={m.id}
                  {...memberLook(m)}
                  badge={count > 0 ? 'done' : undefined}
                  description={count > 0 ? t('skillsGrid.chosen', { count }) : t('turns.notYet')}
                  onClick={() => onStep(m.id)}
                />
              );
            })}
          </div>
        </Section>
      )}
      <BigButton variant="primary" pictogram="skills" label={t('skillsGrid.seeMap')} onClick={() => onStep('map')} />
    </div>
  );
}
