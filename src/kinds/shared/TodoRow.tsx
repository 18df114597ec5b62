import { useContext } from 'preact/hooks';
import { findMeeting } from '../../content/lookup';
import { formatDay } from '../../domain/dates';
import type { Partner } from '../../domain/partners';
import type { Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { Avatar, memberLook } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { SpeechContext } from '../../ui/speechPort';
import type { Todo } from './todos';

export interface TodoPeople {
  readonly members: ReadonlyMap<string, Person>;
  readonly partners: ReadonlyMap<string, Partner>;
}

const sourcePictogram = { memo: 'memo', agreement: 'partner', taskTable: 'tasks' } as const;

/** The names of who does a job: its members, then the partner. */
const whoOf = (todo: Todo, people: TodoPeople): string[] =>
  [...todo.personIds.flatMap((id) => people.members.get(id)?.name ?? []), ...(todo.partnerKey ? [people.partners.get(todo.partnerKey)?.name ?? ''] : [])].filter((n) => n !== '');

/** The job in words, and who does it in words: "Anna ja Ben: Soitamme kahvilaan." */
export function useTodoWords() {
  const { t, tContent, language } = useT();
  const textOf = (todo: Todo) => todo.text ?? (todo.textKey ? tContent(todo.textKey) : '');
  const sentence = (todo: Todo, people: TodoPeople): string => {
    const names = whoOf(todo, people);
    const text = textOf(todo);
    return names.length > 0 ? `${new Intl.ListFormat(language, { type: 'conjunction' }).format(names)}: ${text}` : text;
  };
  const fromOf = (todo: Todo, people: TodoPeople): string => {
    const meeting = t('memo.meetingNumber', { number: findMeeting(todo.meetingId)?.number ?? '' });
    const where =
      todo.source === 'memo'
        ? t('todos.fromMemo', { topic: todo.from || t('memo.untitled') })
        : todo.source === 'agreement'
          ? t('todos.fromAgreement', { partner: people.partners.get(todo.from)?.name ?? '' })
          : t('todos.fromTaskTable');
    return [where, meeting, ...(todo.day ? [formatDay(todo.day, language)] : [])].join(', ');
  };
  return { textOf, whoOf, sentence, fromOf };
}

interface Props {
  readonly todo: Todo;
  readonly people: TodoPeople;
  /** Ticks the job done or open again; without it the row only shows the job. */
  readonly onToggle?: (todo: Todo) => void;
}

/** One job: the doers' pictures, the job, where and when it was agreed, and "Valmis". A tap reads it aloud. */
export function TodoRow({ todo, people, onToggle }: Props) {
  const { t } = useT();
  const speech = useContext(SpeechContext);
  const words = useTodoWords();
  const doers = todo.personIds.flatMap((id) => people.members.get(id) ?? []);
  const partner = todo.partnerKey ? people.partners.get(todo.partnerKey) : undefined;
  return (
    <li class="todo-list__item" data-todo={todo.id}>
      {/* Tapping the row reads it (pointer users); keyboard users have "Valmis" and the page's read aloud. */}
      {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div
        class={`todo-row${todo.done ? ' todo-row--done' : ''}`}
        data-card
        onClick={(event) => {
          if ((event.target as Element).closest('button, a')) return;
          event.stopPropagation();
          speech.readAloud(event.currentTarget);
        }}
      >
        <span class="todo-row__people" aria-hidden="true">
          {doers.map((m) => (
            <Avatar key={m.id} {...memberLook(m)} showName={false} />
          ))}
          {partner ? <Pictogram id="partner" size={56} /> : null}
          {doers.length === 0 && !partner ? <Pictogram id={sourcePictogram[todo.source]} size={56} /> : null}
        </span>
        <span class="todo-row__body">
          <Say class="todo-row__text" text={words.sentence(todo, people)} />
          {doers.length === 0 && !partner ? <Say class="todo-row__note" text={t('todos.nobody')} /> : null}
          <span class="todo-row__from">
            <Pictogram id={sourcePictogram[todo.source]} size={32} />
            <Say text={words.fromOf(todo, people)} />
          </span>
        </span>
        {onToggle ? (
          <BigButton class="todo-row__done" pictogram="done" label={t('todos.markDone')} pressed={todo.done} variant={todo.done ? 'primary' : 'secondary'} onClick={() => onToggle(todo)} />
        ) : null}
      </div>
    </li>
  );
}
