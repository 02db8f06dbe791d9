/**
 * The status of a plan milestone, computed at build time from its dates and reported
 * progress. A milestone is done when it has a completion date or 100 % progress; late
 * when its due day has passed without that; not started before its start day with no
 * progress; in progress otherwise. Due today is still in progress.
 */
export type MilestoneStatus = 'done' | 'inProgress' | 'late' | 'notStarted';

export interface Scheduled {
  start?: Date;
  due?: Date;
  completedOn?: Date;
  progress?: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function milestoneStatus(m: Scheduled, today: Date): MilestoneStatus {
  if (m.completedOn || (m.progress ?? 0) >= 100) return 'done';
  const now = day(today);
  if (m.due && day(m.due) < now) return 'late';
  if (m.start && day(m.start) > now && !(m.progress ?? 0)) return 'notStarted';
  if (!m.start && !m.due && !(m.progress ?? 0)) return 'notStarted';
  return 'inProgress';
}
