import type { PictogramId } from '../../../content/pictogramId';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import type { KindViewProps } from '../../types';
import { taskLook, taskText } from '../look';
import { supportMaxLength, taskTextMaxLength, taskWrite, type Task } from '../model';
import { skillsFromSources } from '../skills';
import { stepOf, taskParts, type TaskPart } from '../steps';
import { NoMembers } from '../../shared/NoMembers';
import { PeoplePicker } from './PeoplePicker';
import { SkillsPart } from './SkillsPart';
import { TextPart } from './TextPart';
import { WhoPart } from './WhoPart';

const partLook: Readonly<Record<TaskPart, { readonly pictogram: PictogramId; readonly key: `taskTable.steps.${TaskPart}` }>> = {
  what: { pictogram: 'tasks', key: 'taskTable.steps.what' },
  skills: { pictogram: 'skills', key: 'taskTable.steps.skills' },
  who: { pictogram: 'people', key: 'taskTable.steps.who' },
  support: { pictogram: 'help-each-other', key: 'taskTable.steps.support' },
};

interface Props extends KindViewProps<'taskTable'> {
  readonly task: Task;
  readonly part: TaskPart;
}

/** One task, one part at a time: its words, the skills it needs, who does it, who helps. Each tap saves. */
export function TaskEditor({ exercise, members, answers, sources, onStep, links, task, part }: Props) {
  const { t, tContent } = useT();
  const map = skillsFromSources(exercise.sources ?? [], sources, members.map((m) => m.id));
  const index = taskParts.indexOf(part);
  const next = taskParts[index + 1];
  const content = {
    what: (
      <TextPart label={t('taskTable.ownWords')} pictogram="pencil-paper" name="task-text" initial={task.text ?? ''} maxLength={taskTextMaxLength} onSave={(text) => answers.put(taskWrite(task, { text }))} />
    ),
    skills: <SkillsPart task={task} map={map} members={members} answers={answers} />,
    who: <WhoPart task={task} map={map} members={members} answers={answers} membersHref={links.members} />,
    support: <SupportPart task={task} members={members} answers={answers} membersHref={links.members} />,
  }[part];
  const shown = taskLook(task);
  return (
    <div class="stack">
      <PictureCard pictogram={shown.pictogram} text={taskText(shown, tContent)} speakLabel={t('actions.listen')} />
      <nav class="board-steps" aria-label={t('taskTable.steps.title')}>
        {taskParts.map((p, n) => (
          <BigButton key={p} pictogram={partLook[p].pictogram} label={`${n + 1}. ${t(partLook[p].key)}`} pressed={p === part} onClick={() => onStep(stepOf(p, task.key))} />
        ))}
      </nav>
      {content}
      <div class="step-nav">
        <BigButton pictogram="previous" label={t('taskTable.backToTasks')} onClick={() => onStep(null)} />
        {next ? (
          <BigButton variant="primary" pictogram="next" label={t('taskTable.next')} onClick={() => onStep(stepOf(next, task.key))} />
        ) : (
          <BigButton variant="primary" pictogram="done" label={t('actions.ready')} onClick={() => onStep(null)} />
        )}
      </div>
    </div>
  );
}

interface SupportProps {
  readonly task: Task;
  readonly members: readonly Person[];
  readonly answers: KindViewProps<'taskTable'>['answers'];
  readonly membersHref: string;
}

/** Who helps (members' pictures), and what support is needed from whom, in words. */
function SupportPart({ task, members, answers, membersHref }: SupportProps) {
  const { t } = useT();
  return (
    <div class="stack">
      {members.length === 0 ? (
        <NoMembers membersHref={membersHref} />
      ) : (
        <PeoplePicker kind="helper" title={t('taskTable.supportQuestion')} pictogram="help-each-other" task={task} people={members} answers={answers} />
      )}
      <TextPart label={t('taskTable.supportText')} pictogram="ask-help" name="task-support" initial={task.support ?? ''} maxLength={supportMaxLength} multiline onSave={(support) => answers.put(taskWrite(task, { support }))} />
    </div>
  );
}
