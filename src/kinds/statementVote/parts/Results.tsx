import type { PictogramId } from '../../../content/pictogramId';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { KindViewProps } from '../../types';
import { meaningOf, readRules, ruleOfStatement, ruleOffer, ruleWrite, tally, type Meaning } from '../model';
import { ruleLook } from '../rules';

const meaningPictogram: Record<Meaning, PictogramId> = {
  allYes: 'yes',
  mostYes: 'yes',
  allNo: 'no',
  mostNo: 'no',
  split: 'question',
  none: 'question',
};

/**
 * The tally with pictures and what it means in words. A statement the group agrees with, or the
 * opposite of one it says no to, is offered as a rule: the group makes each rule with its own tap,
 * and can take it back.
 */
export function Results({ exercise, members, answers, links, onStep }: KindViewProps<'statementVote'>) {
  const { t, tContent } = useT();
  const tallies = tally(exercise.config.statements, answers.entries, members.map((m) => m.id));
  const rules = readRules(answers.entries);
  const byId = new Map(members.map((m) => [m.id, m]));
  const voters = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const m = byId.get(id);
      return m ? [<Avatar key={id} {...memberLook(m)} size="small" showName={false} />] : [];
    });
  const offersAny = tallies.some((row) => ruleOffer(row) !== null);

  return (
    <div class="stack">
      <p class="lead">
        <Say text={t('kinds.statementVote.resultsIntro')} />
      </p>
      <ul class="results">
        {tallies.map((row) => {
          const meaning = meaningOf(row);
          const offer = ruleOffer(row);
          const rule = ruleOfStatement(rules, row.statement.id);
          const look = rule ? ruleLook(rule) : null;
          const ruleText = look ? (look.text ?? tContent(look.textKey ?? '')) : offer ? tContent(offer.textKey) : '';
          return (
            <li key={row.statement.id} class={`result result--${meaning}${offer || rule ? ' is-agreed' : ''}${rule ? ' is-rule' : ''}`} data-card>
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
                <p class="result__meaning">
                  <Pictogram id={meaningPictogram[meaning]} size={32} />
                  <Say text={t(`kinds.statementVote.meaning.${meaning}`)} />
                </p>
                {rule ? (
                  <div class="result__rule is-made">
                    <p class="result__rule-text">
                      <Pictogram id="rules" size={40} />
                      <span>
                        <Say class="result__rule-label" text={t('kinds.statementVote.isRule')} /> <Say text={ruleText} />
                      </span>
                    </p>
                    <BigButton
                      variant="quiet"
                      pictogram="undo"
                      label={t('kinds.statementVote.undoRule')}
                      onClick={() => void answers.remove('rule', rule.key, t('rules.removed'))}
                    />
                  </div>
                ) : offer ? (
                  <div class="result__rule">
                    <p class="result__rule-text">
                      <Pictogram id="rules" size={40} />
                      <span>
                        <Say class="result__rule-label" text={t('kinds.statementVote.canBeRule')} /> <Say text={ruleText} />
                      </span>
                    </p>
                    <BigButton
                      variant="primary"
                      pictogram="rules"
                      label={t('kinds.statementVote.makeRule')}
                      onClick={() => void answers.put(ruleWrite(offer, rules))}
                    />
                  </div>
                ) : null}
              </div>
              <SpeakButton label={t('actions.listen')} scope="[data-card]" />
            </li>
          );
        })}
      </ul>
      {rules.length > 0 ? (
        <Notice pictogram="rules" tone="success" text={t('kinds.statementVote.rulesMade')}>
          <BigButton pictogram="rules" label={t('actions.seeRules')} href={links.rules} />
        </Notice>
      ) : offersAny ? null : (
        <Notice pictogram="question" text={t('kinds.statementVote.noAgreement')} />
      )}
      <BigButton pictogram="previous" label={t('kinds.statementVote.backToStatements')} onClick={() => onStep(null)} />
    </div>
  );
}
