import { describe, expect, it } from 'vitest';
import { milestoneStatus } from '../../src/features/progress/milestone-status.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2026-11-24');

describe('milestone status', () => {
  it.each([
    ['no dates and no progress: not started', {}, 'notStarted'],
    ['no dates with progress: in progress', { progress: 20 }, 'inProgress'],
    ['due today: still in progress', { start: d('2026-10-01'), due: d('2026-11-24'), progress: 60 }, 'inProgress'],
    ['overdue without completion: late', { start: d('2026-01-01'), due: d('2026-11-23'), progress: 80 }, 'late'],
    [
      'done early: done',
      { start: d('2026-01-01'), due: d('2027-03-01'), completedOn: d('2026-10-01'), progress: 100 },
      'done',
    ],
    ['completed late is still done', { due: d('2026-05-01'), completedOn: d('2026-06-01') }, 'done'],
    ['100 % without a date: done', { due: d('2026-05-01'), progress: 100 }, 'done'],
    ['starts in the future: not started', { start: d('2027-01-10'), due: d('2027-04-01') }, 'notStarted'],
    [
      'started early with progress: in progress',
      { start: d('2027-01-10'), due: d('2027-04-01'), progress: 10 },
      'inProgress',
    ],
  ] as const)('%s', (_, milestone, expected) => {
    expect(milestoneStatus(milestone, today)).toBe(expected);
  });
});
