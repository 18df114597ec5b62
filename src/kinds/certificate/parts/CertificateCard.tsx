import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { lines, type CertificatePart } from '../model';

interface Props {
  readonly person: Person;
  readonly groupName: string;
  readonly parts: Record<CertificatePart, string>;
  readonly personal: { readonly tasks: readonly string[]; readonly strengths: readonly string[] };
}

function PartList({ title, text }: { readonly title: string; readonly text: string }) {
  const items = lines(text);
  if (items.length === 0) return null;
  return (
    <>
      <h3 class="certificate__subtitle">
        <Say text={title} />
      </h3>
      <ul class="certificate__list">
        {items.map((line, i) => (
          <li key={i}>
            <Say text={line} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One participant's certificate, as on paper: name, what they took part in, what the group did. */
export function CertificateCard({ person, groupName, parts, personal }: Props) {
  const { t } = useT();
  const place = [parts.when, parts.where].filter((s) => s.trim() !== '').join(', ');
  return (
    <article class="certificate stack" data-card aria-label={t('certificate.of', { name: person.name })}>
      <h2 class="certificate__title with-pictogram">
        <Pictogram id="certificate" size={56} />
        <Say text={t('certificate.title')} />
      </h2>
      <Avatar {...memberLook(person)} size="large" />
      <p class="lead">
        <Say text={t('certificate.tookPart', { name: person.name, group: groupName })} />
      </p>
      <p>
        <Say text={t('certificate.together')} />
      </p>
      <PartList title={t('certificate.achievements')} text={parts.achievements} />
      {personal.tasks.length > 0 ? <PartList title={t('certificate.ownTasks', { name: person.name })} text={personal.tasks.join('\n')} /> : null}
      {personal.strengths.length > 0 ? <PartList title={t('certificate.strengths', { name: person.name })} text={personal.strengths.join('\n')} /> : null}
      <PartList title={t('certificate.partners')} text={parts.partners} />
      {place ? <PartList title={t('certificate.whenWhere')} text={place} /> : null}
      <SpeakButton label={t('actions.listen')} scope="[data-card]" />
    </article>
  );
}
