import type { KindViewProps } from '../types';
import { partnerAgreements, partnerStep, summaryStep } from './model';
import { AgreementEditor } from './parts/AgreementEditor';
import { AgreementSummary } from './parts/AgreementSummary';
import { ChoosePartner } from './parts/ChoosePartner';

/** Steps in the address: none (choose a partner), "partner-<key>" (the agreement), "summary" (all of them). */
export function View(props: KindViewProps<'agreement'>) {
  const { step, onStep, answers, sources, members } = props;
  const list = partnerAgreements(sources, answers.entries);
  if (step === summaryStep) return <AgreementSummary list={list} members={members} onStep={onStep} />;
  const chosen = list.find(({ partner }) => partnerStep(partner.key) === step);
  if (chosen) {
    // A new partner is a new form (the draft starts from that partner's saved agreement).
    return <AgreementEditor key={chosen.partner.key} partner={chosen.partner} saved={chosen.agreement} members={members} answers={answers} onStep={onStep} />;
  }
  return <ChoosePartner {...props} list={list} />;
}
