import type { Partner } from '../../../domain/partners';
import type { Person } from '../../../domain/records';
import { AvatarButton, memberLook } from '../../../ui/Avatar';

interface Props {
  readonly label: string;
  readonly members: readonly Person[];
  readonly chosen: readonly string[];
  readonly onToggle: (id: string) => void;
  /** Partners to tap too (who took part in a memo); none for a task. */
  readonly partners?: readonly Partner[];
  readonly chosenPartners?: readonly string[];
  readonly onTogglePartner?: (key: string) => void;
}

/** Tap the avatars of who took part (members, then partners); tap again to take one out. */
export function PeoplePicker({ label, members, chosen, onToggle, partners = [], chosenPartners = [], onTogglePartner }: Props) {
  return (
    <div class="avatar-grid" role="group" aria-label={label}>
      {members.map((m) => (
        <AvatarButton key={m.id} {...memberLook(m)} pressed={chosen.includes(m.id)} onClick={() => onToggle(m.id)} />
      ))}
      {partners.map((p) => (
        <AvatarButton key={p.key} name={p.name} colourHex="#e8eef7" avatar="partner" pressed={chosenPartners.includes(p.key)} onClick={() => onTogglePartner?.(p.key)} />
      ))}
    </div>
  );
}
