// The member's own photo in the member form: take or choose one (downscaled and saved in the group
// like other photos), choose between it and the emoji, or remove it (with the app's undo notice).
// Nothing is saved to the member until the form is saved.
import { useEffect, useState } from 'preact/hooks';
import type { PictogramId } from '../../content/pictogramId';
import { useT } from '../../i18n/useT';
import { dismissUndo, offerUndo, undoStore, type UndoOffer } from '../../state/undoStore';
import { BigButton } from '../../ui/BigButton';
import { ChoiceTiles } from '../../ui/ChoiceTiles';
import { MediaImage } from '../../ui/MediaImage';
import type { MediaProblem } from '../../ui/mediaPort';
import { Notice } from '../../ui/Notice';
import { PhotoButton } from '../../ui/PhotoButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';

export interface PhotoChoice {
  /** The photo taken or chosen (kept while the emoji is chosen, until the form is saved). */
  readonly photoId: string | undefined;
  /** Show the photo rather than the emoji. */
  readonly usePhoto: boolean;
}

/** What the member record gets when the form is saved. */
export const savedPhotoId = (choice: PhotoChoice): string | undefined => (choice.usePhoto ? choice.photoId : undefined);

const problemKey = {
  notAnImage: 'media.problems.notAnImage',
  noMicrophone: 'media.problems.noMicrophone',
  saveFailed: 'media.problems.saveFailed',
} as const satisfies Record<MediaProblem, string>;

interface Props {
  readonly name: string;
  readonly emoji: PictogramId;
  readonly value: PhotoChoice;
  readonly onChange: (value: PhotoChoice) => void;
}

export function MemberPhotoField({ name, emoji, value, onChange }: Props) {
  const { t } = useT();
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  // The undo notice of a removal made here means nothing once the form is gone.
  const [offered, setOffered] = useState<UndoOffer | null>(null);
  useEffect(
    () => () => {
      if (offered && undoStore.getState().offer === offered) dismissUndo();
    },
    [offered],
  );

  const saved = (photoId: string) => {
    setProblem(null);
    onChange({ photoId, usePhoto: true });
  };
  const remove = () => {
    const before = value;
    onChange({ photoId: undefined, usePhoto: false });
    const offer: UndoOffer = { message: t('memberForm.photoRemoved'), undo: async () => onChange(before) };
    setOffered(offer);
    offerUndo(offer);
  };

  return (
    <fieldset class="stack member-photo-field">
      <legend class="field__label">
        <Pictogram id="photo" size={40} />
        <Say text={t('memberForm.photo')} />
      </legend>
      <p>
        <Say text={t('memberForm.photoIntro')} />
      </p>
      {value.photoId ? (
        <>
          <MediaImage mediaId={value.photoId} alt={name || t('memberForm.photo')} />
          <ChoiceTiles
            legend={t('memberForm.showWhich')}
            legendPictogram="pictures"
            name="member-picture-kind"
            value={value.usePhoto ? 'photo' : 'emoji'}
            onChange={(kind) => onChange({ ...value, usePhoto: kind === 'photo' })}
            choices={[
              { value: 'photo', label: t('memberForm.usePhoto'), pictogram: 'photo' },
              { value: 'emoji', label: t('memberForm.useEmoji'), pictogram: emoji },
            ]}
          />
        </>
      ) : null}
      <div class="member-photo">
        <PhotoButton label={t('memberForm.takePhoto')} capture="user" onSaved={saved} onProblem={setProblem} />
        <PhotoButton label={t('memberForm.pickPhoto')} onSaved={saved} onProblem={setProblem} />
        {value.photoId ? <BigButton pictogram="remove" label={t('memberForm.removePhoto')} onClick={remove} /> : null}
      </div>
      {problem ? (
        <Notice pictogram="photo" tone="warning" text={t(problemKey[problem])}>
          <BigButton variant="quiet" pictogram="close" label={t('actions.close')} onClick={() => setProblem(null)} />
        </Notice>
      ) : null}
      <Notice pictogram="photo-consent" text={t('memberForm.photoOnPaper')} />
    </fieldset>
  );
}
