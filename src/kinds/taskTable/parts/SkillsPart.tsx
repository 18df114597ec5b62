import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Section } from '../../../ui/Section';
import { skillLabel } from '../../skillsGrid/model';
import type { Answers } from '../../types';
import { needWrite, type Task } from '../model';
import type { SkillsMap } from '../skills';

interface Props {
  readonly task: Task;
  readonly map: SkillsMap;
  readonly members: readonly Person[];
  readonly answers: Answers;
}

/** The skills the task needs: the pictures of the skills map, each with who has it. */
export function SkillsPart({ task, map, members, answers }: Props) {
  const { t, tContent } = useT();
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <Section title={t('taskTable.skillsQuestion')} pictogram="skills">
      <div class="picture-choices">
        {map.skills.map((skill) => {
          const isNeeded = task.skillIds.includes(skill.id);
          return (
            <BigButton
              key={skill.id}
              layout="tile"
              pictogram={skill.pictogram}
              label={skillLabel(skill, tContent)}
              pressed={isNeeded}
              onClick={() => void answers.put(needWrite(task.key, skill.id, !isNeeded))}
            >
              <span class="skill-tile__holders">
                {(map.holders.get(skill.id) ?? []).flatMap((id) => {
                  const m = byId.get(id);
                  return m ? [<Avatar key={id} {...memberLook(m)} size="small" showName={false} />] : [];
                })}
              </span>
            </BigButton>
          );
        })}
      </div>
    </Section>
  );
}
