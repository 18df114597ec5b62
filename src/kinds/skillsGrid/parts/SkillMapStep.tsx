import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { KindViewProps } from '../../types';
import { skillLabel, skillMap } from '../model';

/** The group's combined map: every strength with the pictures of the members who have it. */
export function SkillMapStep({ exercise, members, answers, onStep }: KindViewProps<'skillsGrid'>) {
  const { t, tContent } = useT();
  const rows = skillMap(exercise.config, answers.entries, members.map((m) => m.id));
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <div class="stack">
      <Section title={t('skillsGrid.mapTitle')} pictogram="skills">
        <p class="lead">
          <Say text={t('skillsGrid.mapIntro')} />
        </p>
        <ul class="row-list skill-map">
          {rows.map(({ skill, holderIds }) => {
            const label = skillLabel(skill, tContent);
            return (
              <li key={skill.id} class={holderIds.length > 0 ? 'skill-map__row' : 'skill-map__row is-empty'} data-card>
                <Pictogram id={skill.pictogram} size={56} />
                <div class="skill-map__body">
                  <Say class="skill-map__name" text={label} />
                  {holderIds.length > 0 ? (
                    <span class="skill-map__holders">
                      {holderIds.flatMap((id) => {
                        const m = byId.get(id);
                        return m ? [<Avatar key={id} {...memberLook(m)} size="small" />] : [];
                      })}
                    </span>
                  ) : (
                    <Say class="skill-map__nobody" text={t('skillsGrid.nobody')} />
                  )}
                </div>
                <div class="button-row">
                  <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                  {skill.textKey ? null : (
                    <RemoveButton label={t('actions.remove')} onClick={() => void answers.remove('own', skill.id, t('skillsGrid.removed'))}>
                      <span class="visually-hidden"> {label}</span>
                    </RemoveButton>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </Section>
      <BigButton pictogram="previous" label={t('turns.back')} onClick={() => onStep(null)} />
    </div>
  );
}
