import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { SupportModeContext } from '../../ui/modePort';

/** Shown only in support-person mode: editing, removing, settings, files. */
export function SupportOnly({ children }: { readonly children: ComponentChildren }) {
  return useContext(SupportModeContext) ? <>{children}</> : null;
}
