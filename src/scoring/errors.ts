/** Why a set of answers could not be scored. */
export class ScoringError extends Error {
  override readonly name = 'ScoringError';
  /** Statement ids that have no yes/no answer. */
  readonly missing: readonly string[];
  /** Keys in the answers that are not statement ids of the instrument. */
  readonly unknown: readonly string[];

  constructor(missing: readonly string[], unknown: readonly string[]) {
    const parts = [];
    if (missing.length) parts.push(`missing answers: ${missing.join(', ')}`);
    if (unknown.length) parts.push(`unknown statements: ${unknown.join(', ')}`);
    super(`Cannot score: ${parts.join('; ')}`);
    this.missing = missing;
    this.unknown = unknown;
  }
}

/** Why a result code was rejected. */
export type ResultCodeProblem = 'format' | 'version' | 'checksum' | 'value';

/** A share code that is malformed, from another version, or tampered with. */
export class ResultCodeError extends Error {
  override readonly name = 'ResultCodeError';
  readonly problem: ResultCodeProblem;

  constructor(problem: ResultCodeProblem, detail: string) {
    super(`Invalid result code (${problem}): ${detail}`);
    this.problem = problem;
  }
}

/** A profile, challenge, unit or statement id that the instrument does not have. */
export class UnknownIdError extends Error {
  override readonly name = 'UnknownIdError';
  readonly kind: 'profile' | 'challenge' | 'unit' | 'statement';
  readonly id: string;

  constructor(kind: 'profile' | 'challenge' | 'unit' | 'statement', id: string) {
    super(`Unknown ${kind}: "${id}"`);
    this.kind = kind;
    this.id = id;
  }
}
