import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Notice } from '../../../ui/Notice';
import { Say } from '../../../ui/Say';
import { skillLabel } from '../../skillsGrid/model';
import type { Answers } from '../../types';
import type { Task } from '../model';
import { suggestDoers, type SkillsMap } from '../skills';
import { NoMembers } from '../../shared/NoMembers';
import { PeoplePicker } from './PeoplePicker';

interface Props {
  readonly task: Task;
  readonly map: SkillsMap;
  readonly members: readonly Person[];
  readonly answers: Answers;
  readonly membersHref: string;
}

/** Who does the task: members who have the skills it needs come first, as a suggestion. */
export function WhoPart({ task, map, members, answers, membersHref }: Props) {
  const { t, tContent } = useT();
  if (members.length === 0) return <NoMembers membersHref={membersHref} />;
  const { suggested, others } = suggestDoers(members, task.skillIds, map);
  const skillsOf = new Map(suggested.map((s) => [s.person.id, s.skillIds]));
  const describe = (person: Person) => {
    const labels = (skillsOf.get(person.id) ?? []).flatMap((id) => {
      const skill = map.skills.find((s) => s.id === id);
      return skill ? [skillLabel(skill, tContent)] : [];
    });
    return t('taskTable.hasSkills', { skills: labels.join(', ') });
  };
  if (suggested.length === 0) {
    return (
      <div class="stack">
        {task.skillIds.length === 0 ? <Notice pictogram="skills" text={t('taskTable.chooseSkillsFirst')} /> : null}
        <PeoplePicker kind="doer" title={t('taskTable.whoQuestion')} pictogram="people" task={task} people={members} answers={answers} />
      </div>
    );
  }
  return (
    <div class="stack">
      <p class="lead">
        <Say text={t('taskTable.whoQuestion')} />
      </p>
      <PeoplePicker kind="doer" title={t('taskTable.suggested')} pictogram="tip" task={task} people={suggested.map((s) => s.person)} answers={answers} describe={describe} />
      {others.length > 0 ? <PeoplePicker kind="doer" title={t('taskTable.others')} pictogram="people" task={task} people={others} answers={answers} /> : null}
    </div>
  );
}
