import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { PictureCard } from '../../../ui/PictureCard';
import type { KindViewProps } from '../../types';
import { readTasks } from '../model';
import { skillsFromSources } from '../skills';
import { stepOf } from '../steps';
import { TaskCard } from './TaskCard';

/** The table as a list of big task cards, and "Add a task". */
export function TaskList({ exercise, members, answers, sources, onStep }: KindViewProps<'taskTable'>) {
  const { t, tContent } = useT();
  const tasks = readTasks(answers.entries);
  const map = skillsFromSources(exercise.sources ?? [], sources, members.map((m) => m.id));
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} />
      {tasks.length === 0 ? (
        <Notice pictogram="tasks" text={t('taskTable.empty')} />
      ) : (
        <ul class="row-list task-list">
          {tasks.map((task, i) => (
            <li key={task.key}>
              <TaskCard
                task={task}
                number={i + 1}
                map={map}
                members={members}
                onEdit={() => onStep(stepOf('what', task.key))}
                onRemove={() => void answers.remove('task', task.key, t('taskTable.removed'))}
              />
            </li>
          ))}
        </ul>
      )}
      <BigButton variant="primary" pictogram="add" label={t('taskTable.add')} onClick={() => onStep('new')} />
    </div>
  );
}
