import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { Pictogram } from '../../ui/Pictogram';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import { taskLook, taskText } from '../taskTable/look';
import { TaskPeople } from '../taskTable/parts/TaskPeople';
import type { KindViewProps } from '../types';
import { eventRows, isAllDone, statusWrite, tickWrite } from './model';

/** The event day: every task of the task table with its people, and a big "Done" to tick it. */
export function View({ exercise, members, answers, sources }: KindViewProps<'taskChecklist'>) {
  const { t, tContent } = useT();
  const rows = eventRows(sources, answers.entries);
  const allDone = isAllDone(rows);
  const status = statusWrite(rows, answers.entries);
  // The task list lives in meeting 8, so whether all is done is saved here for the meeting's progress.
  useEffect(() => {
    if (status) void answers.put(status);
    // Only when the answer changes: a new status write object each render must not save again.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [status !== null, allDone]);
  const doneCount = rows.filter((r) => r.isDone).length;
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} />
      {rows.length === 0 ? (
        <Notice pictogram="tasks" text={t('taskChecklist.empty')} />
      ) : (
        <>
          <p class="step-count">
            <Say text={t('taskChecklist.count', { done: doneCount, total: rows.length })} />
          </p>
          <ul class="row-list event-list">
            {rows.map((row) => {
              const look = taskLook(row.task);
              const text = taskText(look, tContent);
              return (
                <li key={row.task.key} class={row.isDone ? 'event-task is-done' : 'event-task'} data-card>
                  <div class="task-card__title">
                    <Pictogram id={look.pictogram} size={64} />
                    <Say class="task-card__text" text={text} />
                  </div>
                  <TaskPeople label={t('taskTable.doersLabel')} pictogram="people" ids={row.task.doerIds} members={members} />
                  {row.task.helperIds.length > 0 ? <TaskPeople label={t('taskTable.helpersLabel')} pictogram="help-each-other" ids={row.task.helperIds} members={members} /> : null}
                  {row.task.support ? <Say class="task-card__support" text={row.task.support} /> : null}
                  <div class="button-row">
                    <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                    <BigButton variant="primary" pictogram="done" label={t('taskChecklist.done')} pressed={row.isDone} onClick={() => void answers.put(tickWrite(row))}>
                      <span class="visually-hidden"> {text}</span>
                    </BigButton>
                  </div>
                </li>
              );
            })}
          </ul>
          {allDone ? <Notice pictogram="celebrate" tone="success" text={t('taskChecklist.allDone')} /> : null}
        </>
      )}
    </div>
  );
}
