import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { skillLabel } from '../../skillsGrid/model';
import { taskLook, taskText } from '../look';
import type { Task } from '../model';
import type { SkillsMap } from '../skills';
import { TaskPeople } from './TaskPeople';

interface Props {
  readonly task: Task;
  readonly number: number;
  readonly map: SkillsMap;
  readonly members: readonly Person[];
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

/** One row of the table as a big card: the task, the skills it needs, who does it and who helps. */
export function TaskCard({ task, number, map, members, onEdit, onRemove }: Props) {
  const { t, tContent } = useT();
  const look = taskLook(task);
  const text = taskText(look, tContent);
  const skills = map.skills.filter((s) => task.skillIds.includes(s.id));
  return (
    <article class="task-card" data-card aria-label={t('taskTable.taskNumber', { n: number })}>
      <div class="task-card__title">
        <Pictogram id={look.pictogram} size={64} />
        <Say class="task-card__text" text={text} />
      </div>
      <div class="task-row">
        <span class="task-row__label">
          <Pictogram id="skills" size={32} />
          <Say text={t('taskTable.skillsLabel')} />
        </span>
        {skills.length > 0 ? (
          <ul class="skill-chips">
            {skills.map((skill) => (
              <li key={skill.id} class="skill-chip">
                <Pictogram id={skill.pictogram} size={32} />
                <Say text={skillLabel(skill, tContent)} />
              </li>
            ))}
          </ul>
        ) : (
          <Say class="task-row__none" text={t('taskTable.nobody')} />
        )}
      </div>
      <TaskPeople label={t('taskTable.doersLabel')} pictogram="people" ids={task.doerIds} members={members} />
      <TaskPeople label={t('taskTable.helpersLabel')} pictogram="help-each-other" ids={task.helperIds} members={members} />
      {task.support ? <Say class="task-card__support" text={task.support} /> : null}
      <div class="button-row">
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        <BigButton pictogram="edit" label={t('actions.edit')} onClick={onEdit}>
          <span class="visually-hidden"> {text}</span>
        </BigButton>
        <RemoveButton label={t('actions.remove')} onClick={onRemove}>
          <span class="visually-hidden"> {text}</span>
        </RemoveButton>
      </div>
    </article>
  );
}
