import type { KindViewProps } from '../types';
import { Everyone } from './parts/Everyone';
import { HolderStep } from './parts/HolderStep';
import { Overview } from './parts/Overview';

/** Choose the holder (step null), praise the holder (step = the holder's person id), everyone's praise (step "everyone"). */
export function View(props: KindViewProps<'praiseRound'>) {
  const { step, members } = props;
  if (step === 'everyone') return <Everyone {...props} />;
  const holder = members.find((m) => m.id === step);
  return holder ? <HolderStep key={holder.id} {...props} holder={holder} /> : <Overview {...props} />;
}
