import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { rulesExercise } from '../../content/outcomes';
import { useT } from '../../i18n/useT';
import { editRuleWrite, ownRuleWrite } from '../../kinds/statementVote/model';
import { listEntriesOfType } from '../../storage/repositories/entries';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import { TextField } from '../../ui/TextField';
import { SupportModeContext } from '../../ui/modePort';
import { answersFor } from '../hooks/answersFor';
import { useLive } from '../hooks/useLive';
import { useRules, type ShownRule } from '../hooks/useRules';
import { AppScreen } from '../parts/AppScreen';
import { href, type Route } from '../router';

/**
 * The group's rules. Participants read them (each rule is read aloud when tapped); a support person
 * edits them here: change the words, remove (with undo), add their own.
 */
export function RulesScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t } = useT();
  const isSupport = useContext(SupportModeContext);
  const rules = useRules(groupId);
  const { exercise, meeting } = rulesExercise();
  const entries = useLive(() => listEntriesOfType(groupId, 'rule', [exercise.id]), [groupId]);
  const answers = answersFor(groupId, meeting.id, exercise.id, entries ?? []);
  const [editing, setEditing] = useState<string | null>(null);
  const [newRule, setNewRule] = useState('');
  const existing = rules?.map((r) => r.rule) ?? [];

  const addRule = async (event: Event) => {
    event.preventDefault();
    const text = newRule.trim();
    if (!text) return;
    await answers.put(ownRuleWrite(text, existing));
    setNewRule('');
  };

  // The rules and the form appear together, so nothing moves under a finger.
  if (!rules || !entries) return <AppScreen route={route} title={t('rules.title')}><Loading /></AppScreen>;
  return (
    <AppScreen route={route} title={t('rules.title')}>
      {rules.length === 0 ? (
        <div class="stack">
          <p class="lead">
            <Say text={t('rules.none')} />
          </p>
          <BigButton
            pictogram={exercise.pictogram}
            label={t('rules.goVote')}
            href={href({ name: 'exercise', groupId, meetingId: meeting.id, exerciseId: exercise.id, step: null })}
          />
        </div>
      ) : null}
      <ol class={isSupport ? 'rule-list rule-list--editable' : 'rule-list'}>
        {rules.map((shown) =>
          !isSupport ? (
            <li key={shown.rule.key} class="rule" data-card>
              <Pictogram id={shown.pictogram} size={48} />
              <Say class="rule__text" text={shown.text} />
              <div class="rule__actions">
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
              </div>
            </li>
          ) : editing === shown.rule.key ? (
            <RuleEditor
              key={shown.rule.key}
              shown={shown}
              onSave={async (text) => {
                await answers.put(editRuleWrite(shown.rule, text));
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <li key={shown.rule.key} class="rule" data-card>
              <Pictogram id={shown.pictogram} size={48} />
              <Say class="rule__text" text={shown.text} />
              <div class="rule__actions">
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                <BigButton pictogram="edit" label={t('actions.edit')} onClick={() => setEditing(shown.rule.key)}>
                  <span class="visually-hidden"> {shown.text}</span>
                </BigButton>
                <BigButton pictogram="remove" label={t('actions.remove')} onClick={() => void answers.remove('rule', shown.rule.key, t('rules.removed'))}>
                  <span class="visually-hidden"> {shown.text}</span>
                </BigButton>
              </div>
            </li>
          ),
        )}
      </ol>
      {isSupport ? (
        <form class="stack" onSubmit={addRule}>
          <TextField name="new-rule" label={t('rules.addLabel')} pictogram="add" value={newRule} maxLength={200} onInput={setNewRule} />
          <BigButton type="submit" variant="primary" pictogram="add" label={t('rules.add')} />
        </form>
      ) : null}
      <BigButton pictogram="done" label={t('actions.ready')} href={href({ name: 'group', groupId })} />
    </AppScreen>
  );
}

interface EditorProps {
  readonly shown: ShownRule;
  readonly onSave: (text: string) => Promise<void>;
  readonly onCancel: () => void;
}

function RuleEditor({ shown, onSave, onCancel }: EditorProps) {
  const { t } = useT();
  const [text, setText] = useState(shown.text);
  const form = useRef<HTMLFormElement>(null);
  // Put the cursor in the field, so the support person can type at once.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <li class="rule rule--editing">
      <form
        ref={form}
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) void onSave(text.trim());
        }}
      >
        <TextField name="rule-text" label={t('rules.editLabel')} pictogram={shown.pictogram} value={text} maxLength={200} onInput={setText} />
        <div class="button-row">
          <BigButton type="submit" variant="primary" pictogram="save" label={t('actions.save')} />
          <BigButton pictogram="close" label={t('actions.cancel')} onClick={onCancel} />
        </div>
      </form>
    </li>
  );
}
