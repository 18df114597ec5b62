import { useContext } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';
import { SpeechContext } from './speechPort';

export interface AvatarLook {
  readonly name: string;
  readonly colourHex: string;
  readonly avatar: PictogramId;
}

interface Props extends AvatarLook {
  readonly size?: 'small' | 'medium' | 'large';
  /** A small pictogram on the disc's corner (a vote, a tick). */
  readonly badge?: PictogramId | undefined;
  readonly showName?: boolean;
}

/** A member's picture: their pictogram on their colour (a ring in their colour in high contrast), with their name under it. */
export function Avatar({ name, colourHex, avatar, size = 'medium', badge, showName = true }: Props) {
  const px = size === 'large' ? 96 : size === 'medium' ? 56 : 32;
  return (
    <span class={`avatar avatar--${size}`}>
      <span class="avatar__disc" style={{ '--avatar-colour': colourHex }}>
        <Pictogram id={avatar} size={px} />
        {badge ? <Pictogram id={badge} size={Math.round(px / 2)} class="avatar__badge" /> : null}
      </span>
      {showName ? <Say class={name.length > 14 ? 'avatar__name avatar__name--long' : 'avatar__name'} text={name} /> : null}
    </span>
  );
}

interface ButtonProps extends Props {
  readonly onClick: () => void;
  readonly pressed?: boolean;
  /** Said by screen readers after the name ("voted yes"). */
  readonly description?: string;
}

/** A member to tap: pass-the-tablet voting, choosing who came. */
export function AvatarButton({ onClick, pressed, description, ...look }: ButtonProps) {
  const speech = useContext(SpeechContext);
  return (
    <button
      type="button"
      class="avatar-button"
      onClick={(event) => {
        speech.sayTapped(event.currentTarget);
        onClick();
      }}
      {...(pressed !== undefined ? { 'aria-pressed': pressed } : {})}
    >
      <Avatar {...look} />
      {look.showName === false ? <span class="visually-hidden">{look.name}</span> : null}
      {description ? <span class="visually-hidden">{description}</span> : null}
    </button>
  );
}
