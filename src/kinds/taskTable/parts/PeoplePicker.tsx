import type { PictogramId } from '../../../content/pictogramId';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { AvatarButton, memberLook } from '../../../ui/Avatar';
import { Section } from '../../../ui/Section';
import type { Answers } from '../../types';
import { doerWrite, helperWrite, type Task } from '../model';

interface Props {
  readonly kind: 'doer' | 'helper';
  readonly title: string;
  readonly pictogram: PictogramId;
  readonly task: Task;
  readonly people: readonly Person[];
  readonly answers: Answers;
  /** Said after the name and whether they do it ("can do: Kitchen skills"). */
  readonly describe?: (person: Person) => string;
}

/** Members' pictures to tap: who does the task, or who helps. Each tap saves at once. */
export function PeoplePicker({ kind, title, pictogram, task, people, answers, describe }: Props) {
  const { t } = useT();
  const chosen = kind === 'doer' ? task.doerIds : task.helperIds;
  const words = kind === 'doer' ? (['taskTable.does', 'taskTable.doesNot'] as const) : (['taskTable.helps', 'taskTable.helpsNot'] as const);
  return (
    <Section title={title} pictogram={pictogram}>
      <div class="avatar-grid">
        {people.map((m) => {
          const isChosen = chosen.includes(m.id);
          const write = kind === 'doer' ? doerWrite : helperWrite;
          const extra = describe?.(m);
          return (
            <AvatarButton
              key={m.id}
              {...memberLook(m)}
              pressed={isChosen}
              badge={isChosen ? 'done' : undefined}
              description={extra ? `${t(words[isChosen ? 0 : 1])}, ${extra}` : t(words[isChosen ? 0 : 1])}
              onClick={() => void answers.put(write(task.key, m.id, !isChosen))}
            />
          );
        })}
      </div>
    </Section>
  );
}
