import type { Partner } from '../../../domain/partners';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { AvatarButton, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import type { AgreementTask } from '../model';

interface Props {
  readonly task: AgreementTask;
  readonly members: readonly Person[];
  readonly partner: Partner;
  readonly onToggle: (doer: string | 'partner') => void;
  readonly onRemove: () => void;
}

/** A task and who does it: tap the members' pictures and/or the partner. */
export function TaskRow({ task, members, partner, onToggle, onRemove }: Props) {
  const { t } = useT();
  return (
    <li class="board-card" data-card>
      <div class="with-pictogram">
        <Pictogram id="tasks" size={40} />
        <Say class="card-face__text" text={task.text} />
      </div>
      <fieldset class="stack">
        <legend class="field__label">
          <Say text={t('agreement.whoDoes')} />
        </legend>
        <div class="avatar-grid">
          {members.map((m) => (
            <AvatarButton
              key={m.id}
              {...memberLook(m)}
              pressed={task.memberIds.includes(m.id)}
              description={task.text}
              onClick={() => onToggle(m.id)}
            />
          ))}
          <BigButton layout="tile" pictogram="partner" label={partner.name} pressed={task.byPartner} onClick={() => onToggle('partner')}>
            <span class="visually-hidden"> {task.text}</span>
          </BigButton>
        </div>
      </fieldset>
      <RemoveButton label={t('actions.remove')} onClick={onRemove}>
        <span class="visually-hidden"> {task.text}</span>
      </RemoveButton>
    </li>
  );
}
