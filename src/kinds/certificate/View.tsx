import { formatDay } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { PictureCard } from '../../ui/PictureCard';
import type { KindViewProps } from '../types';
import { certificateParts, gathered, holders, partWrites, personalLines, savedParts, type CertificatePart } from './model';
import { CertificateEditor } from './parts/CertificateEditor';
import { CertificateCard } from './parts/CertificateCard';
import { NoMembers } from '../shared/NoMembers';

/** Every participant's certificate (step null) and the group's parts to rewrite (step "edit"). */
export function View({ exercise, members, answers, sources, step, onStep, group, links }: KindViewProps<'certificate'>) {
  const { t, tContent, language } = useT();
  const { config } = exercise;
  const fromJourney = gathered(config, sources, tContent, group, (d) => formatDay(d, language));
  const saved = savedParts(answers.entries);
  const shown = Object.fromEntries(certificateParts.map((p) => [p, saved[p] ?? fromJourney[p]])) as Record<CertificatePart, string>;
  if (step === 'edit') {
    return (
      <CertificateEditor
        shown={shown}
        onSave={(parts) => void answers.put(...partWrites(parts)).then(() => onStep(null))}
        onCancel={() => onStep(null)}
      />
    );
  }
  const people = holders(members);
  const isEdited = certificateParts.some((p) => saved[p] !== undefined);
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(config.introKey)} speakLabel={t('actions.listen')} />
      <div class="button-row">
        <BigButton variant="primary" pictogram="edit" label={t('certificate.edit')} onClick={() => onStep('edit')} />
        {isEdited ? (
          <BigButton
            pictogram="undo"
            label={t('certificate.useGathered')}
            onClick={() => void answers.putUndoable(partWrites(fromJourney), partWrites(shown), t('certificate.gatheredUsed'))}
          />
        ) : null}
        <BigButton pictogram="done" label={t('certificate.ready')} onClick={() => void answers.put({ type: 'ready', key: 'ready', data: { ready: true } })} />
      </div>
      {people.length === 0 ? (
        <NoMembers membersHref={links.members} />
      ) : null}
      {people.map((person) => (
        <CertificateCard key={person.id} person={person} groupName={group?.name ?? ''} parts={shown} personal={personalLines(config, sources, person, tContent)} />
      ))}
    </div>
  );
}
