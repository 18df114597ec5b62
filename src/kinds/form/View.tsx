import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import type { KindViewProps } from '../types';
import { changedFields, formValues, supportPersonNames } from './model';
import { FormFields } from './parts/FormFields';
import { InvitationCard } from './parts/InvitationCard';

/** The support persons fill in the fields (step "edit"); everyone sees the result as a picture card. */
export function View({ exercise, members, answers, step, onStep }: KindViewProps<'form'>) {
  const { t } = useT();
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
      <InvitationCard values={values} />
      <BigButton pictogram="edit" label={t('kinds.form.edit')} onClick={() => onStep('edit')} />
    </div>
  );
}
