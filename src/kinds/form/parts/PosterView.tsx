import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import type { KindViewProps } from '../../types';
import { changedFields, fieldWrite, formValues } from '../model';
import { noPhoto, paperField, paperOf, photoField, photoOf, posterPhotoIds, posterPrefill, posterRows, posterValues, type Paper } from '../poster';
import { FormFields } from './FormFields';
import { InvitationCard } from './InvitationCard';

const papers: readonly [Paper, 'notice-board' | 'invitation'][] = [
  ['poster', 'notice-board'],
  ['card', 'invitation'],
];

/**
 * A poster or invitation from the group's data (content/posters.ts): the card shows at once, filled in
 * from the goal, the agreed place and time and the partners; "Muokkaa" changes the words (step "edit").
 */
export function PosterView({ exercise, answers, sources, group, step, onStep }: KindViewProps<'form'>) {
  const { t, tContent } = useT();
  const fields = exercise.config.fields;
  const prefill = posterPrefill(fields, sources, { group: { name: group?.name ?? '', place: group?.place ?? '' } }, tContent);
  const values = posterValues(formValues(answers.entries), prefill);
  if (step === 'edit') {
    return (
      <FormFields
        fields={fields}
        values={values}
        suggestedNames={[]}
        onSave={async (next) => {
          // Saved as it is, the poster still counts as done (its paper is kept as the answer).
          const changed = changedFields(values, next);
          await answers.put(...(changed.length > 0 ? changed : [fieldWrite(paperField, paperOf(values))]));
          onStep(null);
        }}
      />
    );
  }
  const { hello, rows } = posterRows(exercise.id, values, tContent);
  const photos = posterPhotoIds(sources);
  const photoId = photoOf(values);
  // "Vaihda kuva" goes through the group's photos and then no photo.
  const choices = [...photos, noPhoto];
  const nextPhoto = choices[(choices.indexOf(photoId ?? noPhoto) + 1) % choices.length] ?? noPhoto;
  const paper = paperOf(values);
  return (
    <div class="stack">
      <InvitationCard hello={hello} helloPictogram={exercise.pictogram} rows={rows} photoId={photoId} />
      <div class="button-row">
        <BigButton pictogram="edit" label={t('kinds.form.editPoster')} onClick={() => onStep('edit')} />
        {photos.length > 0 ? <BigButton pictogram="photo" label={t('kinds.form.changePhoto')} onClick={() => void answers.put(fieldWrite(photoField, nextPhoto))} /> : null}
      </div>
      <div class="poster-paper stack" role="group" aria-label={t('kinds.form.paper.label')}>
        <p class="lead">
          <Say text={t('kinds.form.paper.label')} />
        </p>
        <div class="button-row">
          {papers.map(([id, pictogram]) => (
            <BigButton key={id} pictogram={pictogram} label={t(`kinds.form.paper.${id}`)} pressed={paper === id} onClick={() => void answers.put(fieldWrite(paperField, id))} />
          ))}
        </div>
      </div>
    </div>
  );
}
