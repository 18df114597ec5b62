import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import type { KindViewProps } from '../types';
import { changedFields, formValues, supportPersonNames } from './model';
import { FormFields } from './parts/FormFields';
import { invitationCardKey, invitationRows } from './invitation';
import { InvitationCard } from './parts/InvitationCard';
import { PosterView } from './parts/PosterView';

/** The support persons fill in the fields (step "edit"); everyone sees the result as a picture card. */
export function View(props: KindViewProps<'form'>) {
  const { t, tContent, language } = useT();
  const { exercise, members, answers, step, onStep } = props;
  if (exercise.config.template === 'poster') return <PosterView {...props} />;
  const values = formValues(answers.entries);
  const isEmpty = Object.values(values).every((value) => value.trim() === '');
  if (step === 'edit' || isEmpty) {
    return (
      <FormFields
        fields={exercise.config.fields}
        values={values}
        suggestedNames={supportPersonNames(members)}
        onSave={async (next) => {
          await answers.put(...changedFields(values, next));
          onStep(null);
        }}
      />
    );
  }
  return (
    <div class="stack">
      <InvitationCard hello={tContent(`${invitationCardKey}.hello`)} helloPictogram="coffee" rows={invitationRows(values, tContent, language)} />
      <BigButton pictogram="edit" label={t('kinds.form.edit')} onClick={() => onStep('edit')} />
    </div>
  );
}
