import type { PictogramId } from '../../../content/pictogramId';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';

interface Props {
  readonly label: string;
  readonly pictogram: PictogramId;
  readonly ids: readonly string[];
  readonly members: readonly Person[];
}

/** A row of a task: who does it or who helps, as the members' pictures (in member order). */
export function TaskPeople({ label, pictogram, ids, members }: Props) {
  const { t } = useT();
  const people = members.filter((m) => ids.includes(m.id));
  return (
    <div class="task-row">
      <span class="task-row__label">
        <Pictogram id={pictogram} size={32} />
        <Say text={label} />
      </span>
      {people.length > 0 ? (
        <span class="task-row__people">
          {people.map((m) => (
            <Avatar key={m.id} {...memberLook(m)} size="small" />
          ))}
        </span>
      ) : (
        <Say class="task-row__none" text={t('taskTable.nobody')} />
      )}
    </div>
  );
}
