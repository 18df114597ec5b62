// The ten meetings of the Porukka-hautomo workbook (../shared/seeds/000_…). DATA ONLY.
import { checkIn, exercise, paragraph, planned } from './exercises';
import { goodFriendStatements } from './statements';
import { checklistItem as item, supportChecklist } from './supportChecklist';
import type { Meeting } from './types';

const meeting = (
  number: number,
  phase: Meeting['phase'],
  pictogram: Meeting['pictogram'],
  supportChecklistConfig: Meeting['supportChecklist'],
  exercises: Meeting['exercises'],
): Meeting => {
  const id = `m${String(number).padStart(2, '0')}` as Meeting['id'];
  return {
    id,
    number,
    phase,
    pictogram,
    titleKey: `meetings.${id}.title`,
    purposeKey: `meetings.${id}.purpose`,
    supportChecklist: supportChecklistConfig,
    exercises,
  };
};

export const meetings: readonly Meeting[] = [
  meeting(1, 'getting-to-know', 'invitation', supportChecklist({
    before: [item('give-invitation', 'invitation'), item('coffee-and-tea', 'coffee')],
    during: [item('tell-about-hautomo', 'what-is')],
  }), [
    exercise('m01-what-is', 'info', 'what-is', {
      paragraphs: [
        paragraph('m01-what-is', 'p1', 'group'),
        paragraph('m01-what-is', 'p2', 'calendar'),
        paragraph('m01-what-is', 'p3', 'idea'),
        paragraph('m01-what-is', 'p4', 'help-each-other'),
        paragraph('m01-what-is', 'p5', 'check-in'),
      ],
    }),
    planned('m01-invitation', 'form', 'invitation'),
    checkIn('m01'),
  ]),
  meeting(2, 'getting-to-know', 'key', supportChecklist({
    before: [item('bring-keys', 'key'), item('cosy-place', 'coffee')],
  }), [
    checkIn('m02'),
    planned('m02-keys', 'photoStory', 'key'),
    planned('m02-small-talk', 'cardDeck', 'small-talk'),
    exercise('m02-agree', 'statementVote', 'vote', {
      questionKey: 'exercises.m02-agree.question',
      statements: goodFriendStatements,
      outcome: 'rules',
    }),
  ]),
  meeting(3, 'getting-to-know', 'neighbourhood', supportChecklist({
    before: [item('choose-lift-place', 'walk')],
  }), [
    checkIn('m03'),
    planned('m03-city-lift', 'fieldNotes', 'walk'),
    planned('m03-idea-bank', 'canvas', 'idea-bank'),
    planned('m03-scary-places', 'cardBoard', 'scary-place'),
  ]),
  meeting(4, 'wishes-to-goal', 'idea', supportChecklist({
    before: [item('recall-wishes', 'idea')],
  }), [checkIn('m04'), planned('m04-idea-storm', 'cardBoard', 'idea')]),
  meeting(5, 'wishes-to-goal', 'plan', supportChecklist({
    before: [item('bring-goal', 'goal')],
  }), [checkIn('m05'), planned('m05-plan', 'canvas', 'plan')]),
  meeting(6, 'partnership', 'partner', supportChecklist({
    before: [item('think-partners', 'partner')],
  }), [
    checkIn('m06'),
    planned('m06-partner-ideas', 'choiceBoard', 'partner'),
    planned('m06-known-partners', 'cardBoard', 'group'),
    planned('m06-pitch', 'pitchBuilder', 'pitch'),
    planned('m06-ways-to-meet', 'choiceBoard', 'meet-partner'),
  ]),
  meeting(7, 'partnership', 'memo', supportChecklist({
    before: [item('prepare-questions', 'question')],
    after: [item('memo-to-partners', 'share')],
  }), [
    checkIn('m07'),
    planned('m07-agreement', 'form', 'partner'),
    planned('m07-ideas-change', 'cardBoard', 'change'),
    planned('m07-memo', 'form', 'memo'),
  ]),
  meeting(8, 'succeed-together', 'tasks', supportChecklist({
    before: [item('bring-plan', 'plan')],
  }), [
    checkIn('m08'),
    planned('m08-own-shoes', 'cardBoard', 'act-out'),
    planned('m08-telling-others', 'choiceBoard', 'megaphone'),
    planned('m08-skills', 'skillsGrid', 'skills'),
    planned('m08-tasks', 'taskTable', 'tasks'),
  ]),
  meeting(9, 'succeed-together', 'event', supportChecklist({
    before: [item('everyone-knows-task', 'tasks'), item('prepare-feedback', 'feedback')],
  }), [
    checkIn('m09'),
    exercise('m09-success-helpers', 'checklist', 'done', {
      sections: [{
        id: 'helpers',
        items: [
          paragraph('m09-success-helpers', 'small-steps', 'tasks'),
          paragraph('m09-success-helpers', 'schedule', 'calendar'),
          paragraph('m09-success-helpers', 'picture-instructions', 'pictures'),
          paragraph('m09-success-helpers', 'know-where-help', 'ask-help'),
        ],
      }],
    }),
    planned('m09-feedback', 'feedbackKiosk', 'feedback'),
  ]),
  meeting(10, 'we-did-it', 'celebrate', supportChecklist({
    before: [item('invite-everyone', 'invitation'), item('cake-and-coffee', 'cake')],
  }), [
    checkIn('m10'),
    planned('m10-self-evaluation', 'questionRound', 'question'),
    planned('m10-praise', 'praiseRound', 'praise'),
    exercise('m10-celebrate', 'checklist', 'celebrate', {
      sections: [{
        id: 'ways',
        items: [
          paragraph('m10-celebrate', 'cake', 'cake'),
          paragraph('m10-celebrate', 'toast', 'toast'),
          paragraph('m10-celebrate', 'certificates', 'certificate'),
          paragraph('m10-celebrate', 'something-fun', 'celebrate'),
        ],
      }],
    }),
    planned('m10-certificate', 'form', 'certificate'),
    exercise('m10-closing', 'info', 'praise', {
      paragraphs: [
        paragraph('m10-closing', 'p1', 'celebrate'),
        paragraph('m10-closing', 'p2', 'praise'),
        paragraph('m10-closing', 'p3', 'story'),
        paragraph('m10-closing', 'p4', 'forward'),
      ],
    }),
  ]),
];
