// Types for the easy-read check, so its tests are type-checked too.
export interface Failure { rule: 'sentence-length' | 'sentence-count' | 'jargon' | 'passive' | 'number-word' | 'glossary'; detail: string }
export interface Concept { id: string; meaning: string; scope?: { keyPattern?: string; keys?: string[] }; [lng: string]: { use: string; avoid: string[] } | string | { keyPattern?: string; keys?: string[] } | undefined }
export interface Glossary { concepts: readonly unknown[] }
export interface Exception { lng?: string; key: string; rule: string; reason: string }
export declare const MAX_WORDS: number;
export declare const MAX_SENTENCES: number;
export declare function sentences(text: string): string[];
export declare function words(sentence: string): string[];
export declare function isPassive(word: string): boolean;
export declare function negativePassives(text: string): string[];
export declare function checkText(text: string, options: { lng: string; audience?: 'participant' | 'support'; glossary?: Glossary; id?: string }): Failure[];
export declare function inScope(concept: { scope?: { keyPattern?: string; keys?: string[] } }, id?: string): boolean;
export declare function audienceOf(ns: string, key: string, declaration: { support?: Record<string, string[]> }): 'participant' | 'support';
export declare function silenced(exceptions: readonly Exception[], lng: string, id: string, rule: string): boolean;
export declare function run(localesDir: string): {
  failures: (Failure & { lng: string; id: string; text: string })[];
  figures: Record<string, { strings: number; support: number; sentences: number; mean: number; p90: number }>;
  exceptions: number;
  pending: number;
  unused: Exception[];
};
