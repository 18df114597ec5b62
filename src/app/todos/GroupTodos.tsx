import { useT } from '../../i18n/useT';
import { TodoRow } from '../../kinds/shared/TodoRow';
import { BigButton } from '../../ui/BigButton';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { GroupMedia } from '../parts/GroupMedia';
import { href } from '../router';
import { useTodos } from './useTodos';

const shown = 3;

/** On the group page: the open jobs (the first 3) and a way to all of them; nothing while there are no jobs. */
export function GroupTodos({ groupId }: { readonly groupId: string }) {
  const { t } = useT();
  const data = useTodos(groupId);
  if (!data || data.todos.length === 0) return null;
  const open = data.todos.filter((todo) => !todo.done);
  return (
    <Section title={t('todos.title')} pictogram="tasks" class="group-todos">
      <p>
        <Say text={open.length > 0 ? t('todos.openCount', { count: open.length }) : t('todos.allDone')} />
      </p>
      {open.length > 0 ? (
        <GroupMedia groupId={groupId}>
          <ul class="row-list todo-list">
            {open.slice(0, shown).map((todo) => (
              <TodoRow key={todo.id} todo={todo} people={data.people} />
            ))}
          </ul>
        </GroupMedia>
      ) : null}
      <BigButton pictogram="tasks" label={t('todos.open')} href={href({ name: 'todos', groupId })} />
    </Section>
  );
}
