import { useState } from 'preact/hooks';
import type { PictureText } from '../../../content/types';
import { newId } from '../../../domain/ids';
import type { Partner } from '../../../domain/partners';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import { PhotoInput } from '../../shared/MediaInputs';
import type { Answers } from '../../types';
import { memoWrite, toggled, type MemoData, type MemoTask } from '../model';
import { PeoplePicker } from './PeoplePicker';

interface Props {
  readonly memoKey: string;
  readonly saved: MemoData;
  readonly parts: readonly PictureText[];
  readonly members: readonly Person[];
  readonly partners: readonly Partner[];
  readonly answers: Answers;
  readonly onDone: () => void;
}

/** Fill in the memo part by part; every change is saved at once, so nothing is lost. */
export function MemoEditor({ memoKey, saved, parts, members, partners, answers, onDone }: Props) {
  const { t, tContent } = useT();
  const [memo, setMemo] = useState(saved);
  const part = (id: string) => parts.find((p) => p.id === id);
  const label = (id: string) => tContent(part(id)?.textKey ?? '');
  const change = (next: MemoData) => {
    setMemo(next);
    void answers.put(memoWrite(memoKey, next));
  };
  const setTask = (index: number, task: MemoTask) => change({ ...memo, tasks: memo.tasks.map((x, i) => (i === index ? task : x)) });
  const text = (id: 'topic' | 'talked' | 'agreed' | 'next', multiline = true) => (
    <TextField name={id} label={label(id)} pictogram={part(id)?.pictogram ?? 'memo'} value={memo[id]} multiline={multiline} maxLength={id === 'topic' ? 200 : 2000} onInput={(value) => change({ ...memo, [id]: value })} />
  );
  return (
    <form class="stack memo-editor" onSubmit={(event) => event.preventDefault()}>
      {text('topic', false)}
      <TextField name="day" type="date" label={label('day')} pictogram="calendar" value={memo.day} onInput={(day) => change({ ...memo, day })} />
      <Section title={label('people')} pictogram="group">
        <PeoplePicker
          label={label('people')}
          members={members}
          chosen={memo.personIds}
          onToggle={(id) => change({ ...memo, personIds: toggled(memo.personIds, id) })}
          partners={partners}
          chosenPartners={memo.partnerKeys}
          onTogglePartner={(key) => change({ ...memo, partnerKeys: toggled(memo.partnerKeys, key) })}
        />
      </Section>
      {text('talked')}
      {text('agreed')}
      <Section title={label('tasks')} pictogram="tasks">
        {memo.tasks.map((task, index) => (
          <div key={index} class="stack memo-task" data-card>
            <TextField name={`task-${index}`} label={t('memo.task', { number: index + 1 })} pictogram="tasks" value={task.text} maxLength={300} onInput={(value) => setTask(index, { ...task, text: value })} />
            <PeoplePicker label={t('memo.whoDoes')} members={members} chosen={task.personIds} onToggle={(id) => setTask(index, { ...task, personIds: toggled(task.personIds, id) })} />
            <BigButton
              variant="quiet"
              pictogram="remove"
              label={t('memo.removeTask')}
              onClick={() => {
                const next = { ...memo, tasks: memo.tasks.filter((_, i) => i !== index) };
                setMemo(next);
                void answers.putUndoable([memoWrite(memoKey, next)], [memoWrite(memoKey, memo)], t('memo.taskRemoved'));
              }}
            />
          </div>
        ))}
        <BigButton pictogram="add" label={t('memo.addTask')} onClick={() => change({ ...memo, tasks: [...memo.tasks, { id: newId(), text: '', personIds: [] }] })} />
      </Section>
      {text('next')}
      <PhotoInput hasPhoto={memo.photoId !== undefined} onSaved={(photoId) => change({ ...memo, photoId })} />
      <BigButton variant="primary" pictogram="done" label={t('memo.ready')} onClick={onDone} />
    </form>
  );
}
