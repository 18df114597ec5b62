import { useMemo } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { TodoRow } from '../../kinds/shared/TodoRow';
import type { Todo } from '../../kinds/shared/todos';
import { Loading } from '../../ui/Loading';
import { MediaContext } from '../../ui/mediaPort';
import { PictureCard } from '../../ui/PictureCard';
import { Section } from '../../ui/Section';
import { AppScreen } from '../parts/AppScreen';
import { mediaPortFor } from '../parts/mediaPortFor';
import type { Route } from '../router';
import { useTodos } from './useTodos';

/**
 * "Meidän työt": every job the group agreed (memos, partner agreements, the task table) with who does it,
 * where and when it was agreed; anyone may tick a job done (participants and support persons), with undo.
 */
export function TodosScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t } = useT();
  const data = useTodos(groupId);
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  if (!data) {
    return (
      <AppScreen route={route} title={t('todos.title')}>
        <Loading />
      </AppScreen>
    );
  }
  const open = data.todos.filter((todo) => !todo.done);
  const done = data.todos.filter((todo) => todo.done);
  const toggle = (todo: Todo) => void data.toggle(todo, { message: t(todo.done ? 'todos.markedOpen' : 'todos.markedDone'), label: t('todos.undo') });
  return (
    <AppScreen route={route} title={t('todos.title')}>
      <PictureCard pictogram="tasks" text={t(data.todos.length === 0 ? 'todos.empty' : 'todos.intro')} speakLabel={t('actions.listen')} />
      <MediaContext.Provider value={media}>
        {open.length > 0 ? (
          <Section title={t('todos.openTitle')} pictogram="tasks">
            <ul class="row-list todo-list">
              {open.map((todo) => (
                <TodoRow key={todo.id} todo={todo} people={data.people} onToggle={toggle} />
              ))}
            </ul>
          </Section>
        ) : null}
        {data.todos.length > 0 && open.length === 0 ? <PictureCard pictogram="celebrate" text={t('todos.allDone')} speakLabel={t('actions.listen')} /> : null}
        {done.length > 0 ? (
          <Section title={t('todos.doneTitle')} pictogram="done">
            <ul class="row-list todo-list">
              {done.map((todo) => (
                <TodoRow key={todo.id} todo={todo} people={data.people} onToggle={toggle} />
              ))}
            </ul>
          </Section>
        ) : null}
      </MediaContext.Provider>
    </AppScreen>
  );
}
