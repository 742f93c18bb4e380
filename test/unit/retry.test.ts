import { describe, expect, it } from 'vitest';
import { parseRetryAfter, withRetry } from '../../src/util/retry.js';

describe('withRetry', () => {
  const noSleep = { sleep: async () => {}, random: () => 1 };

  it('retries what is retryable, a bounded number of times', async () => {
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw new Error('503'); }, { attempts: 4, classify: () => ({ retry: true }), ...noSleep })).rejects.toThrow('503');
    expect(calls).toBe(4);
  });

  it('stops at once on what is not retryable', async () => {
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw new Error('404'); }, { classify: () => ({ retry: false }), ...noSleep })).rejects.toThrow('404');
    expect(calls).toBe(1);
  });

  it('waits at least as long as the server asked, with exponential backoff otherwise', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(async () => {
      calls++;
      if (calls < 4) throw new Error(String(calls));
      return 'done';
    }, {
      baseMs: 100,
      classify: (e) => ({ retry: true, ...((e as Error).message === '2' ? { afterMs: 5000 } : {}) }),
      sleep: async (ms) => { waits.push(ms); },
      random: () => 1,
    });
    expect(result).toBe('done');
    expect(waits).toEqual([100, 5000, 400]);
  });

  it('gives up rather than wait longer than maxAfterMs', async () => {
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw new Error('429'); }, { maxAfterMs: 1000, classify: () => ({ retry: true, afterMs: 3_600_000 }), ...noSleep })).rejects.toThrow('429');
    expect(calls).toBe(1);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
