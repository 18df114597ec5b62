import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { BigButton } from './BigButton';
import { SupportModeContext } from './modePort';

interface Props {
  readonly label: string;
  readonly onClick: () => void;
  /** Says what is removed, for screen readers (the label alone is the same on every card). */
  readonly children?: ComponentChildren;
}

/** "Remove", shown only in support-person mode: participants never delete, even with undo. */
export function RemoveButton({ label, onClick, children }: Props) {
  if (!useContext(SupportModeContext)) return null;
  return (
    <BigButton pictogram="remove" label={label} onClick={onClick}>
      {children}
    </BigButton>
  );
}
