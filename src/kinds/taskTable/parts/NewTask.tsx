import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import type { KindViewProps } from '../../types';
import { newTaskWrites, taskTextMaxLength, type NewTask as Created } from '../model';
import { stepOf } from '../steps';

/** A new task: tap a ready one (its usual skills come with it) or write one; then its skills. */
export function NewTask({ exercise, answers, onStep }: KindViewProps<'taskTable'>) {
  const { t, tContent } = useT();
  const [text, setText] = useState('');
  const add = async (created: Created | null) => {
    if (!created) return;
    await answers.put(...created.writes);
    onStep(stepOf('skills', created.key));
  };
  return (
    <div class="stack">
      <Section title={t('taskTable.ready')} pictogram="tasks">
        <div class="picture-choices">
          {exercise.config.suggestions.map((suggestion) => (
            <BigButton
              key={suggestion.id}
              layout="tile"
              pictogram={suggestion.pictogram}
              label={tContent(suggestion.textKey)}
              onClick={() => void add(newTaskWrites({ suggestion }))}
            />
          ))}
        </div>
      </Section>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void add(newTaskWrites({ text }));
        }}
      >
        <TextField name="task-text" label={t('taskTable.write')} pictogram="pencil-paper" value={text} maxLength={taskTextMaxLength} onInput={setText} />
        <BigButton type="submit" pictogram="add" label={t('taskTable.add')} />
      </form>
      <BigButton pictogram="previous" label={t('taskTable.backToTasks')} onClick={() => onStep(null)} />
    </div>
  );
}
