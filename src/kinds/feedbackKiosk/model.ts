// Palautekysely: the answers of an event's visitors, one response per visitor. Responses are
// anonymous: the key is a random id and nothing names a person. A response is saved after every
// answer, so what a visitor said is kept even when they walk away before the end.
import * as v from 'valibot';
import type { FeedbackKioskConfig, FeedbackQuestion, PictureText } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));

const replySchema = v.object({
  /** Ids of the picture answers tapped. */
  choices: v.optional(v.pipe(v.array(id), v.maxLength(32))),
  text: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  voiceId: v.optional(id),
  /** A drawing (a photo-type media record; added later). */
  drawingId: v.optional(id),
});
export type Reply = v.InferOutput<typeof replySchema>;

export const funAnswers = ['yes', 'no'] as const;
export type Fun = (typeof funAnswers)[number];

/** One visitor's answers: type "response", key = a random id; replies by question id. DO NOT CHANGE without a migration. */
export const responseSchema = v.object({
  fun: v.optional(v.picklist(funAnswers)),
  replies: v.record(id, replySchema),
  createdAt: v.number(),
});
export type FeedbackResponse = v.InferOutput<typeof responseSchema>;
export type KeyedResponse = FeedbackResponse & { readonly key: string };

export const responseType = 'response';

export const emptyResponse = (now: number = Date.now()): FeedbackResponse => ({ replies: {}, createdAt: now });

export const hasAnswer = (reply: Reply | undefined): boolean => Boolean(reply && ((reply.choices?.length ?? 0) > 0 || reply.text?.trim() || reply.voiceId || reply.drawingId));

export const hasContent = (response: FeedbackResponse | undefined): boolean =>
  Boolean(response && (response.fun || Object.values(response.replies).some(hasAnswer)));

/** Every response, oldest first. */
export function responsesOf(entries: readonly Entry[]): KeyedResponse[] {
  const responses: KeyedResponse[] = [];
  for (const entry of entries) {
    if (entry.type === responseType && v.is(responseSchema, entry.data)) responses.push({ ...entry.data, key: entry.key });
  }
  return responses.sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
}

export function responseOf(entries: readonly Entry[], key: string): FeedbackResponse | undefined {
  const entry = entries.find((e) => e.type === responseType && e.key === key);
  return entry && v.is(responseSchema, entry.data) ? entry.data : undefined;
}

/** A reply without its empty parts (no empty list, no blank text), or undefined when nothing is left. */
function cleanReply(reply: Reply): Reply | undefined {
  const text = reply.text?.trim();
  const clean: Reply = {
    ...(reply.choices && reply.choices.length > 0 ? { choices: reply.choices } : {}),
    ...(text ? { text } : {}),
    ...(reply.voiceId ? { voiceId: reply.voiceId } : {}),
    ...(reply.drawingId ? { drawingId: reply.drawingId } : {}),
  };
  return hasAnswer(clean) ? clean : undefined;
}

/** The write that saves a visitor's response as it is now (empty replies left out). */
export function responseWrite(key: string, response: FeedbackResponse): AnswerWrite {
  const replies: Record<string, Reply> = {};
  for (const [questionId, reply] of Object.entries(response.replies)) {
    const clean = cleanReply(reply);
    if (clean) replies[questionId] = clean;
  }
  return { type: responseType, key, data: { ...(response.fun ? { fun: response.fun } : {}), replies, createdAt: response.createdAt } };
}

export const withFun = (response: FeedbackResponse, fun: Fun): FeedbackResponse => ({ ...response, fun });

/** A change to one question's reply: a part set to undefined is removed. */
export interface ReplyChange {
  readonly choices?: readonly string[] | undefined;
  readonly text?: string | undefined;
  readonly voiceId?: string | undefined;
  readonly drawingId?: string | undefined;
}

/** The response with one question's reply changed. */
export function withReply(response: FeedbackResponse, questionId: string, change: ReplyChange): FeedbackResponse {
  const next: Record<string, unknown> = { ...response.replies[questionId] };
  for (const [part, value] of Object.entries(change)) {
    if (value === undefined) delete next[part];
    else next[part] = value;
  }
  return { ...response, replies: { ...response.replies, [questionId]: next as Reply } };
}

/** The picture answers with one tapped on or off. */
export function toggledChoices(reply: Reply | undefined, choiceId: string): string[] {
  const choices = reply?.choices ?? [];
  return choices.includes(choiceId) ? choices.filter((c) => c !== choiceId) : [...choices, choiceId];
}

export interface ChoiceCount {
  readonly choice: PictureText;
  readonly count: number;
}

/** What visitors said about one question; `key` is the response's (for removing one). */
export interface QuestionSummary {
  readonly question: FeedbackQuestion;
  readonly choices: readonly ChoiceCount[];
  readonly texts: readonly { readonly key: string; readonly text: string }[];
  readonly voices: readonly { readonly key: string; readonly voiceId: string }[];
  readonly drawings: readonly { readonly key: string; readonly drawingId: string }[];
}

export interface FeedbackSummary {
  /** Visitors who answered at least something. */
  readonly responses: number;
  readonly fun: Readonly<Record<Fun, number>>;
  readonly questions: readonly QuestionSummary[];
}

/** Counts of the faces and pictures, and the visitors' words and voice notes, question by question. */
export function feedbackSummary(config: FeedbackKioskConfig, entries: readonly Entry[]): FeedbackSummary {
  const responses = responsesOf(entries).filter(hasContent);
  const countFun = (fun: Fun) => responses.filter((r) => r.fun === fun).length;
  const questions = config.questions.map((question): QuestionSummary => {
    const replies = responses.flatMap((r) => {
      const reply = r.replies[question.id];
      return reply ? [{ key: r.key, reply }] : [];
    });
    const choices = question.choices
      .map((choice) => ({ choice, count: replies.filter(({ reply }) => reply.choices?.includes(choice.id)).length }))
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count);
    return {
      question,
      choices,
      texts: replies.flatMap(({ key, reply }) => (reply.text ? [{ key, text: reply.text }] : [])),
      voices: replies.flatMap(({ key, reply }) => (reply.voiceId ? [{ key, voiceId: reply.voiceId }] : [])),
      drawings: replies.flatMap(({ key, reply }) => (reply.drawingId ? [{ key, drawingId: reply.drawingId }] : [])),
    };
  });
  return { responses: responses.length, fun: { yes: countFun('yes'), no: countFun('no') }, questions };
}

export type RemovablePart = 'text' | 'voiceId' | 'drawingId';

/** A support person removes one visitor's words, voice note or drawing from the summary (the rest of the response stays). */
export function withoutPart(entries: readonly Entry[], key: string, questionId: string, part: RemovablePart): { write: AnswerWrite; undo: AnswerWrite } | null {
  const response = responseOf(entries, key);
  if (!response) return null;
  return { write: responseWrite(key, withReply(response, questionId, { [part]: undefined })), undo: responseWrite(key, response) };
}

export function feedbackProgress(entries: readonly Entry[]): Progress {
  return responsesOf(entries).some(hasContent) ? 'done' : 'not-started';
}
