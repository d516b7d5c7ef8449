/** Shapes of the per-language files in content/<lang>/ (see content/schema/). */
import type { ChallengeId, ProfileId, UnitId } from '../scoring/index.js';

export interface ProfileText {
  name: string;
  summary: string;
  kernkenmerken: string;
  focus: string;
  kansen: string;
}

export interface ChallengeText {
  title: string;
  explanation: string;
}

export interface ActionText {
  title: string;
  summary: string;
  steps: { title: string; text: string }[];
}

/** A practice example beside actions: a real case from the sources, retold (content/<lang>/examples.json). */
export interface Example {
  id: string;
  title: string;
  /** The sector or kind of organisation, when the source gives it. */
  sector?: string;
  text: string;
  actions: string[];
  source: { document: string };
}

export interface TextSection {
  title: string;
  paragraphs: string[];
  citation?: string;
}

export interface Texts {
  intro: { title: string; informalLearning: string; whatTheScanDoes: string; duration: string; tip: string };
  leerbeleid: { title: string; text: string };
  instruction: string;
  units: Record<UnitId, { label: string; the: string }>;
  privacy: TextSection;
  challengesInfo: TextSection;
  about: TextSection;
  translationNote: string;
}

/** Each part is loaded on its own, when a step needs it. */
export interface ContentParts {
  statements: { statements: Record<string, string> };
  profiles: { profiles: Record<ProfileId, ProfileText> };
  challenges: { challenges: Record<ChallengeId, ChallengeText> };
  actions: { actions: Record<string, ActionText> };
  texts: Texts;
  /** Three to five questions per challenge for the team conversation. */
  questions: { questions: Record<ChallengeId, string[]> };
  /** The part of texts.json the scan's own screens use, without the footer's and the picker's texts. */
  scan: ScanTexts;
}

export type ScanTexts = Pick<Texts, 'intro' | 'leerbeleid' | 'instruction' | 'units' | 'translationNote'>;

export type ContentPart = keyof ContentParts;
