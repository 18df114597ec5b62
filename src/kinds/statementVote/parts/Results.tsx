import { colourHex } from '../../../domain/people';
import { useT } from '../../../i18n/useT';
import { Avatar } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { KindViewProps } from '../../types';
import { isAgreed, readRules, rulesFromAgreement, tally } from '../model';

/** The tally with pictures; agreed statements can become the group's rules. */
export function Results({ exercise, members, answers, links, onStep }: KindViewProps<'statementVote'>) {
  const { t, tContent } = useT();
  const tallies = tally(exercise.config.statements, answers.entries, members.map((m) => m.id));
  const rules = readRules(answers.entries);
  const newRules = rulesFromAgreement(tallies, rules);
  const byId = new Map(members.map((m) => [m.id, m]));
  const voters = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const m = byId.get(id);
      return m ? [<Avatar key={id} name={m.name} colourHex={colourHex(m.colour)} avatar={m.avatar} size="small" showName={false} />] : [];
    });

  return (
    <div class="stack">
      <p class="lead">
        <Say text={t('kinds.statementVote.resultsIntro')} />
      </p>
      <ul class="results">
        {tallies.map((row) => {
          const agreed = isAgreed(row);
          return (
            <li key={row.statement.id} class={agreed ? 'result is-agreed' : 'result'} data-card>
              <Pictogram id={row.statement.pictogram} size={64} />
              <div class="result__body">
                <Say class="result__statement" text={tContent(row.statement.textKey)} />
                <div class="result__counts">
                  <span class="result__count">
                    <Pictogram id="yes" size={32} />
                    <Say text={t('kinds.statementVote.yesCount', { count: row.yes.length })} />
                    <span class="result__voters">{voters(row.yes)}</span>
                  </span>
                  <span class="result__count">
                    <Pictogram id="no" size={32} />
                    <Say text={t('kinds.statementVote.noCount', { count: row.no.length })} />
                    <span class="result__voters">{voters(row.no)}</span>
                  </span>
                </div>
                {agreed ? (
                  <p class="result__agreed">
                    <Pictogram id="done" size={32} />
                    <Say text={t('kinds.statementVote.agreed')} />
                  </p>
                ) : null}
              </div>
              <SpeakButton label={t('actions.listen')} scope="[data-card]" />
            </li>
          );
        })}
      </ul>
      {newRules.length > 0 ? (
        <BigButton
          variant="primary"
          pictogram="rules"
          label={t('kinds.statementVote.makeRules', { count: newRules.length })}
          onClick={() => void answers.put(...newRules)}
        />
      ) : rules.length > 0 ? (
        <Notice pictogram="rules" tone="success" text={t('kinds.statementVote.rulesMade')}>
          <BigButton pictogram="rules" label={t('actions.seeRules')} href={links.rules} />
        </Notice>
      ) : (
        <Notice pictogram="question" text={t('kinds.statementVote.noAgreement')} />
      )}
      <BigButton pictogram="previous" label={t('kinds.statementVote.backToStatements')} onClick={() => onStep(null)} />
    </div>
  );
}
