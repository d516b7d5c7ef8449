/**
 * Synthetic submissions for looking at the dashboard before real ones arrive, and for its tests:
 * answers drawn from the profile archetypes with noise (validity/synthetic.ts), stored through the
 * collector's own storeSubmission with a chosen week of receipt.
 */
import { randomUUID } from 'node:crypto';

import type { Queryable } from '../storage.ts';
import { storeSubmission } from '../submissions.ts';
import type { ProfileId } from '../../../src/scoring/index.ts';
import { syntheticRows } from '../validity/synthetic.ts';
import { STATEMENTS } from '../vocabulary.ts';

/** A batch of submissions received in one week, from one kind of sender. */
export interface SampleBatch {
  /** Any day of the week of receipt. */
  received: Date;
  count: number;
  partner?: string;
  sector?: string;
  size?: string;
  /** Relative weight of each archetype; default the report's validation sample. */
  weights?: Record<ProfileId, number>;
  /** Seed of this batch's answers; the same seed gives the same answers. */
  seed: number;
}

/** Stores the batches; resolves to the number of submissions stored. */
export async function storeSample(db: Queryable, batches: readonly SampleBatch[]): Promise<number> {
  let stored = 0;
  for (const batch of batches) {
    const rows = syntheticRows(batch.count, { seed: batch.seed, noise: 0.12, weights: batch.weights });
    for (const row of rows) {
      const ok = await storeSubmission(
        db,
        {
          id: randomUUID(),
          key: '1',
          answers: Object.fromEntries(STATEMENTS.map((id, i) => [id, row.answers[i]!])),
          unit: 'team',
          lang: 'nl',
          profile: row.profile,
          partner: batch.partner,
          sector: batch.sector,
          size: batch.size,
        },
        batch.received,
      );
      if (ok) stored += 1;
    }
  }
  return stored;
}

/** The middle of a quarter ("2026-Q1" → 15 February 2026), as a day of receipt. */
export function dayInQuarter(quarter: string): Date {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new RangeError(`not a quarter: ${quarter}`);
  return new Date(Date.UTC(Number(match[1]), (Number(match[2]) - 1) * 3 + 1, 15));
}

/**
 * Two years of a growing monitor: two partners, several sectors and sizes, the profile mix moving
 * slowly towards the learning organisation, and one quiet quarter that stays below k.
 */
export function previewSample(): SampleBatch[] {
  const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
  const quiet = '2025-Q3';
  const batches: SampleBatch[] = [];
  quarters.forEach((quarter, index) => {
    const received = dayInQuarter(quarter);
    const drift = index / (quarters.length - 1);
    const weights = {
      ambitie: 30 - 12 * drift,
      basis: 22,
      'employee-journey': 18,
      groei: 16 + 4 * drift,
      'lerende-organisatie': 14 + 10 * drift,
    };
    if (quarter === quiet) {
      batches.push({ received, count: 6, partner: 'alfa', sector: 'onderwijs', size: '10-49', weights, seed: 100 + index });
      return;
    }
    const base = 30 + index * 12;
    batches.push(
      { received, count: base, partner: 'alfa', sector: 'onderwijs', size: '10-49', weights, seed: 100 + index },
      { received, count: Math.round(base * 0.8), partner: 'beta', sector: 'zorg-welzijn', size: '50-249', weights, seed: 200 + index },
      { received, count: Math.round(base * 0.5), sector: 'industrie', size: '250+', weights, seed: 300 + index },
      { received, count: 7, sector: 'horeca', size: '1-9', weights, seed: 400 + index },
    );
  });
  return batches;
}
