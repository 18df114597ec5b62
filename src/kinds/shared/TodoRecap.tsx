import { useMemo } from 'preact/hooks';
import { readPartners } from '../../domain/partners';
import type { Entry, Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { TodoRow } from './TodoRow';
import { doneBy, gatherTodos, openBefore } from './todos';

/** At most this many jobs are read at a check-in; the rest are counted ("Ja 2 muuta työtä."). */
export const recapLimit = 3;

/**
 * The start of a meeting's check-in: the jobs agreed in earlier meetings that are still open
 * ("Viime kerralla sovimme: …"), at most 3, read with one tap. Nothing when there are none.
 */
export function TodoRecap({ meetingId, sources, members }: { readonly meetingId: string; readonly sources: readonly Entry[]; readonly members: readonly Person[] }) {
  const { t } = useT();
  const open = useMemo(() => openBefore(gatherTodos(sources), meetingId), [sources, meetingId]);
  const people = useMemo(
    () => ({ members: new Map(members.map((m) => [m.id, m])), partners: new Map(readPartners(sources).map((p) => [p.key, p])) }),
    [members, sources],
  );
  if (open.length === 0) return null;
  const rest = open.length - recapLimit;
  return (
    <PictureCard pictogram="tasks" text={t('todos.recap')} speakLabel={t('actions.listen')} class="todo-recap">
      <ul class="row-list todo-list todo-list--recap">
        {open.slice(0, recapLimit).map((todo) => (
          <TodoRow key={todo.id} todo={todo} people={people} />
        ))}
      </ul>
      {rest > 0 ? (
        <p>
          <Say text={t('todos.more', { count: rest })} />
        </p>
      ) : null}
    </PictureCard>
  );
}

/** In the self-evaluation's "Mitä teit itse?": the jobs the member (or pair) ticked done, as a reminder. Nothing when there are none. */
export function JobsDone({ sources, personIds }: { readonly sources: readonly Entry[]; readonly personIds: readonly string[] }) {
  const { t, tContent } = useT();
  const jobs = useMemo(() => {
    const todos = gatherTodos(sources);
    const done = todos.filter((todo) => personIds.some((id) => doneBy([todo], id).length > 0));
    return done.map((todo) => todo.text ?? (todo.textKey ? tContent(todo.textKey) : '')).filter((text) => text !== '');
  }, [sources, personIds, tContent]);
  if (jobs.length === 0) return null;
  return (
    <PictureCard pictogram="done" text={t('todos.yourJobs')} speakLabel={t('actions.listen')} class="jobs-done">
      <ul class="jobs-done__list">
        {jobs.map((text, i) => (
          <li key={i}>
            <Say text={text} />
          </li>
        ))}
      </ul>
    </PictureCard>
  );
}
