/**
 * The bench's own bookkeeping: a lost, doubled or unknown row must show, and the feed must hand out
 * each submission once and remember it.
 * Run: node --import tsx --test collector/bench/checks.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { submissionSchema } from '../src/submissions.ts';
import { UUID_V4_PATTERN } from '../src/vocabulary.ts';
import { checkStored } from './stored.ts';
import { SubmissionFeed, submissionPlan } from './submissions.ts';

describe('checkStored', () => {
  it('finds acknowledged ids that are missing, ids stored twice and ids never sent', () => {
    const sent = new Set(['a', 'b', 'c', 'd']);
    const check = checkStored(['a', 'b', 'b', 'x'], ['a', 'b', 'c'], sent);
    assert.deepEqual(check, { rows: 4, storedTwice: 1, lost: ['c'], unknown: ['x'] });
  });

  it('reports nothing when exactly the acknowledged ids are stored once', () => {
    assert.deepEqual(checkStored(['b', 'a'], ['a', 'b'], new Set(['a', 'b', 'c'])), { rows: 2, storedTwice: 0, lost: [], unknown: [] });
  });
});

describe('SubmissionFeed', () => {
  it('hands out each submission once, in order, remembers them, and nothing after close', () => {
    const plan = submissionPlan(5);
    const feed = new SubmissionFeed(plan);
    assert.equal(feed.next(), plan[0]);
    assert.equal(feed.next(), plan[1]);
    feed.close();
    assert.equal(feed.next(), undefined);
    assert.deepEqual([...feed.drawn.keys()], [plan[0]?.id, plan[1]?.id]);
    assert.deepEqual(feed.remaining(), plan.slice(2));
  });
});

describe('submissionPlan', () => {
  it('makes submissions with distinct v4 ids and only the fields the schema allows', () => {
    const plan = submissionPlan(200);
    assert.equal(new Set(plan.map((submission) => submission.id)).size, 200);
    const allowed = new Set(Object.keys(submissionSchema.properties));
    for (const submission of plan) {
      assert.match(submission.id, new RegExp(UUID_V4_PATTERN));
      assert.equal(Object.keys(submission.answers).length, 20);
      for (const field of Object.keys(submission)) assert.ok(allowed.has(field), field);
    }
  });
});
