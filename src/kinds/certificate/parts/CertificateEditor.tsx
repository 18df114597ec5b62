import { useState } from 'preact/hooks';
import type { PictogramId } from '../../../content/pictogramId';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { TextField } from '../../../ui/TextField';
import { certificateParts, type CertificatePart } from '../model';

const pictogramOf: Record<CertificatePart, PictogramId> = { achievements: 'trophy', partners: 'partner', when: 'calendar', where: 'place' };

interface Props {
  readonly shown: Record<CertificatePart, string>;
  readonly onSave: (parts: Record<CertificatePart, string>) => void;
  readonly onCancel: () => void;
}

/** The group rewrites the gathered parts: one achievement or partner per line. */
export function CertificateEditor({ shown, onSave, onCancel }: Props) {
  const { t } = useT();
  const [parts, setParts] = useState(shown);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(parts);
      }}
    >
      {certificateParts.map((part) => (
        <TextField
          key={part}
          name={part}
          label={t(`certificate.parts.${part}`)}
          pictogram={pictogramOf[part]}
          value={parts[part]}
          maxLength={1000}
          multiline={part === 'achievements' || part === 'partners'}
          onInput={(value) => setParts({ ...parts, [part]: value })}
        />
      ))}
      <div class="button-row">
        <BigButton variant="primary" pictogram="save" label={t('actions.save')} type="submit" />
        <BigButton pictogram="close" label={t('actions.cancel')} onClick={onCancel} />
      </div>
    </form>
  );
}
