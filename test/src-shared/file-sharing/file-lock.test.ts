import { describe, expect, it } from 'vitest';
import {
  describeLockHolder,
  judgeLock,
  LOCK_STALE_AFTER_MS,
  type FileLockHolder,
} from '../../../src-shared/file-sharing/file-lock';

const holder: FileLockHolder = {
  holderName: 'Marie Dupont',
  machine: 'PC-COMPTA',
  processId: 4242,
  openedAt: '2026-12-03T08:14:00.000Z',
  heartbeatAt: '2026-12-03T10:00:00.000Z',
};

const observer = (overrides: Partial<Parameters<typeof judgeLock>[1]> = {}) => ({
  now: new Date('2026-12-03T10:01:00.000Z'),
  machine: 'PC-ACCUEIL',
  isProcessAlive: () => true,
  ...overrides,
});

describe('judgeLock', () => {
  it('finds a file without a lock row free', () => {
    expect(judgeLock(null, observer())).toEqual({ state: 'free' });
  });

  it('keeps a lock whose heartbeat is recent, whatever the machine', () => {
    expect(judgeLock(holder, observer()).state).toBe('held');
  });

  it('judges stale a lock whose heartbeat stopped longer ago than the limit', () => {
    const now = new Date(Date.parse(holder.heartbeatAt) + LOCK_STALE_AFTER_MS + 1);

    expect(judgeLock(holder, observer({ now }))).toMatchObject({
      state: 'stale',
      why: 'heartbeat',
    });
  });

  it('keeps a lock whose heartbeat is exactly at the limit', () => {
    const now = new Date(Date.parse(holder.heartbeatAt) + LOCK_STALE_AFTER_MS);

    expect(judgeLock(holder, observer({ now })).state).toBe('held');
  });

  it('judges stale at once a lock of this machine whose process is gone', () => {
    const verdict = judgeLock(
      holder,
      observer({ machine: 'PC-COMPTA', isProcessAlive: () => false }),
    );

    expect(verdict).toMatchObject({ state: 'stale', why: 'processGone' });
  });

  it('does not look at process ids of another machine', () => {
    const verdict = judgeLock(holder, observer({ isProcessAlive: () => false }));

    expect(verdict.state).toBe('held');
  });

  it('treats a heartbeat nobody can read as stale', () => {
    expect(judgeLock({ ...holder, heartbeatAt: 'hier' }, observer()).state).toBe('stale');
  });
});

describe('describeLockHolder', () => {
  it('names the person, the machine and when the file was opened, in local time', () => {
    const local = new Date(holder.openedAt);
    const time = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;

    expect(describeLockHolder(holder)).toBe(
      `Marie Dupont sur le poste PC-COMPTA depuis le 03/12/2026 à ${time}`,
    );
  });
});
