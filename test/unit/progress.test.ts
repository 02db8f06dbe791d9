import { describe, expect, it } from 'vitest';
import { direction, elapsedShare, progressShare, standing } from '../../src/features/progress/indicator-progress.ts';
import { barChartLayout } from '../../src/features/progress/bar-chart.ts';
import {
  departmentsWithPlans,
  openCommitments,
  plansInDepartment,
  plansOfAgenda,
  rollUp,
  type PlanLike,
} from '../../src/features/progress/progress-rollup.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('indicator progress', () => {
  it('measures an increasing indicator from baseline to goal', () => {
    expect(direction({ baseline: 22, goal: 90, current: 76 })).toBe('increase');
    expect(progressShare({ baseline: 22, goal: 90, current: 76 })).toBeCloseTo(54 / 68);
  });
  it('measures a decreasing indicator (fewer days is progress)', () => {
    const days = { baseline: 45, goal: 15, current: 30 };
    expect(direction(days)).toBe('decrease');
    expect(progressShare(days)).toBeCloseTo(0.5);
    expect(progressShare({ ...days, current: 50 })).toBe(0);
    expect(progressShare({ ...days, current: 10 })).toBe(1);
  });
  it('treats a goal equal to the baseline as met while the value holds', () => {
    expect(direction({ baseline: 5, goal: 5, current: 5 })).toBe('maintain');
    expect(progressShare({ baseline: 5, goal: 5, current: 5 })).toBe(1);
    expect(progressShare({ baseline: 5, goal: 5, current: 4 })).toBe(0);
  });
  it('judges standing against the share of the plan elapsed when measured', () => {
    const period = { start: d('2026-01-01'), end: d('2027-01-01') };
    expect(elapsedShare(period.start, period.end, d('2026-07-02'))).toBeCloseTo(0.5, 2);
    expect(standing({ baseline: 0, goal: 100, current: 60, measuredOn: d('2026-07-02') }, period)).toBe('onTrack');
    expect(standing({ baseline: 0, goal: 100, current: 30, measuredOn: d('2026-07-02') }, period)).toBe('behind');
    expect(standing({ baseline: 45, goal: 15, current: 15, measuredOn: d('2026-02-01') }, period)).toBe('reached');
    expect(standing({ baseline: 45, goal: 15, current: 40, measuredOn: d('2026-10-01') }, period)).toBe('behind');
  });
});

describe('bar chart geometry', () => {
  it('scales bars to the track and places markers', () => {
    const layout = barChartLayout(
      [
        { label: 'a', value: 50, valueText: '50 %', marker: 25 },
        { label: 'b', value: 100, valueText: '100 %' },
      ],
      { max: 100, width: 600, valueRoom: 100 },
    );
    expect(layout.trackWidth).toBe(500);
    expect(layout.bars[0]!.barWidth).toBe(250);
    expect(layout.bars[0]!.markerX).toBe(125);
    expect(layout.bars[1]!.barWidth).toBe(500);
    expect(layout.bars[1]!.markerX).toBeUndefined();
    expect(layout.bars[1]!.barY).toBeGreaterThan(layout.bars[0]!.barY);
    expect(layout.height).toBeGreaterThan(layout.bars[1]!.barY + layout.barHeight);
  });
  it('never draws outside the track, nor negative bars', () => {
    const layout = barChartLayout(
      [
        { label: 'x', value: -5, valueText: '' },
        { label: 'y', value: 300, valueText: '' },
      ],
      { max: 100 },
    );
    expect(layout.bars[0]!.barWidth).toBe(0);
    expect(layout.bars[1]!.barWidth).toBe(layout.trackWidth);
  });
  it('defaults the scale to the largest value', () => {
    const layout = barChartLayout([
      { label: 'x', value: 4, valueText: '' },
      { label: 'y', value: 8, valueText: '' },
    ]);
    expect(layout.bars[1]!.barWidth).toBe(layout.trackWidth);
    expect(layout.bars[0]!.barWidth).toBe(layout.trackWidth / 2);
  });
});

const plan = (over: Partial<PlanLike> = {}): PlanLike => ({
  valueGroup: { id: 'entidades-territoriales' },
  territories: [{ id: '27001' }, { id: '27050' }],
  agenda: { id: 'atrato' },
  offers: [{ id: 'o1' }, { id: 'o2' }],
  startsOn: d('2026-01-01'),
  endsOn: d('2027-01-01'),
  milestones: [
    { start: d('2026-01-01'), due: d('2026-03-01'), completedOn: d('2026-02-20'), progress: 100, subMilestones: [] },
    { start: d('2026-02-01'), due: d('2026-10-01'), progress: 50, subMilestones: [] },
    { start: d('2027-01-01'), due: d('2027-02-01'), progress: 0, subMilestones: [] },
  ],
  indicators: [
    { kind: 'estrategico', baseline: 0, goal: 10, current: 9, measuredOn: d('2026-07-02') },
    { kind: 'estrategico', baseline: 45, goal: 15, current: 40, measuredOn: d('2026-07-02') },
    { kind: 'operativo', baseline: 0, goal: 10, current: 10, measuredOn: d('2026-07-02') },
  ],
  meetings: [
    {
      date: d('2026-02-01'),
      participants: [{ count: 5 }, { count: 3 }],
      commitments: [
        { description: 'a', responsible: 'x', due: d('2026-03-01'), status: 'cumplido' },
        { description: 'b', responsible: 'x', due: d('2026-12-01'), status: 'pendiente' },
      ],
    },
    {
      date: d('2026-12-10'),
      participants: [{ count: 40 }],
      commitments: [{ description: 'c', responsible: 'y', due: d('2026-12-05'), status: 'en-curso' }],
    },
  ],
  ...over,
});

describe('progress roll-up', () => {
  const today = d('2026-11-24');
  it('counts operational figures and strategic standing for one plan', () => {
    const p = rollUp([plan()], today);
    expect(p).toMatchObject({
      plans: 1,
      meetingsHeld: 1,
      participants: 8,
      territoriesReached: 2,
      valueGroupsServed: 1,
      offersDeployed: 2,
      openCommitments: 2,
      milestones: { done: 1, late: 1, notStarted: 1, inProgress: 0 },
      strategicIndicators: { reached: 0, onTrack: 1, behind: 1 },
    });
  });
  it('counts distinct territories, groups and offers across plans', () => {
    const other = plan({
      territories: [{ id: '15001' }, { id: '27001' }],
      valueGroup: { id: 'eat' },
      offers: [{ id: 'o2' }],
      agenda: undefined,
    });
    const p = rollUp([plan(), other], today);
    expect(p.territoriesReached).toBe(3);
    expect(p.valueGroupsServed).toBe(2);
    expect(p.offersDeployed).toBe(2);
    expect(p.meetingsHeld).toBe(2);
    expect(plansOfAgenda([plan(), other], 'atrato')).toHaveLength(1);
    expect(plansInDepartment([plan(), other], '15')).toHaveLength(1);
    expect(departmentsWithPlans([plan(), other])).toEqual(['15', '27']);
  });
  it('an empty selection rolls up to zeros', () => {
    expect(rollUp([], today)).toMatchObject({
      plans: 0,
      meetingsHeld: 0,
      territoriesReached: 0,
      strategicIndicators: { reached: 0, onTrack: 0, behind: 0 },
    });
  });
  it('lists open commitments soonest first, with the meeting that agreed them', () => {
    const open = openCommitments(plan());
    expect(open.map((c) => c.description)).toEqual(['b', 'c']);
    expect(open[0]!.agreedOn).toEqual(d('2026-02-01'));
  });
});

describe('bar chart labels', () => {
  it('cuts long labels with an ellipsis and keeps short ones', () => {
    const layout = barChartLayout(
      [
        { label: 'x'.repeat(80), value: 1, valueText: '' },
        { label: 'corto', value: 1, valueText: '' },
      ],
      { labelChars: 20 },
    );
    expect(layout.bars[0]!.label).toHaveLength(20);
    expect(layout.bars[0]!.label.endsWith('…')).toBe(true);
    expect(layout.bars[1]!.label).toBe('corto');
  });
});
