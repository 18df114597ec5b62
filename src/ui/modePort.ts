// Whether support-person mode is open, for parts of the kit that only support persons may use
// (removing). The app provides it; without it, the safe answer: participant mode.
import { createContext } from 'preact';

export const SupportModeContext = createContext(false);
