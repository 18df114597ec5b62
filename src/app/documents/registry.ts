// Which exercise offers which document. ONE LINE PER DOCUMENT: map the exercise id to a function
// (data, texts) => DocumentSpec | null (see ./types.ts). The app shows a "Make a PDF" panel under every
// exercise listed here (app/documents/DocumentPanel.tsx); the function decides from `data.step`
// whether there is something to print on that step (return null = no button).
//
//   'm08-tasks': taskTableDocument,
//
import { memoExerciseId } from '../../content/memos';
import type { MeetingId } from '../../content/types';
import { actionPlanDocument } from './actionPlan';
import { certificatesDocument } from './certificate';
import { feedbackSummaryDocument } from './feedbackSummary';
import { invitationDocument } from './invitation';
import { memoDocument } from './memo';
import { posterDocument } from './poster';
import { taskTableDocument } from './taskTable';
import { tipsListDocument } from './tipsList';
import type { MakeDocument } from './types';

const meetingIds: readonly MeetingId[] = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10'];

export const documentRegistry: Readonly<Record<string, MakeDocument>> = {
  // Every meeting's memos (one PDF per memo, on the memo's own page).
  ...Object.fromEntries(meetingIds.map((m) => [memoExerciseId(m), memoDocument])),
  'm01-invitation': invitationDocument,
  // The other documents plug in here, one line each:
  'm03-idea-bank': tipsListDocument,
  'm05-plan': actionPlanDocument,
  'm06-cafe-invitation': posterDocument,
  'm08-poster': posterDocument,
  'm08-tasks': taskTableDocument,
  'm09-feedback': feedbackSummaryDocument,
  'm10-certificate': certificatesDocument,
  'm10-invitation': posterDocument,
};

/** The document maker of an exercise, if it has one. */
export const documentFor = (exerciseId: string): MakeDocument | undefined => documentRegistry[exerciseId];
