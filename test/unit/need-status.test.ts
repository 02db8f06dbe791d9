import { describe, expect, it, vi } from 'vitest';

// need-status reads a milestone the progress feature's way, through its entry point, which also
// carries that feature's loader: the content layer is not needed here.
vi.mock('../../src/core/content.ts', () => ({}));
import { answersOf, isAgreed, isPlanFinished, needStatus } from '../../src/features/demand/need-status.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2026-11-24');
const need = 'predial-bajo';
const names = [{ id: need }];
const others = [{ id: 'otra' }];

const offer = (id: string, needs = names) => ({ id, needs });
const agenda = (id: string, signedOn: string, needs = names) => ({ id, needs, signedOn: d(signedOn) });
const finished = [{ start: d('2025-01-01'), due: d('2025-06-30'), completedOn: d('2025-06-20') }];
const ongoing = [...finished, { start: d('2026-01-01'), due: d('2027-06-30'), progress: 40 }];
const plan = (id: string, milestones: object[], needs = names) => ({ id, needs, endsOn: d('2027-06-30'), milestones });

const statusOf = (all: Parameters<typeof answersOf>[1]) => needStatus(answersOf(need, all), today);

describe('need status', () => {
  it('no entry names the need: sin-oferta, even when others name other needs', () => {
    expect(
      statusOf({
        offers: [offer('o', others)],
        agendas: [agenda('a', '2025-01-01', others)],
        plans: [plan('p', finished, others)],
      }),
    ).toBe('sin-oferta');
  });
  it('an offer names it: con-oferta', () => {
    expect(statusOf({ offers: [offer('o')], agendas: [], plans: [] })).toBe('con-oferta');
  });
  it('a signed agenda names it: en-agenda', () => {
    expect(statusOf({ offers: [offer('o')], agendas: [agenda('a', '2025-10-03')], plans: [] })).toBe('en-agenda');
  });
  it('an agenda signed after the build day does not count yet', () => {
    expect(statusOf({ offers: [offer('o')], agendas: [agenda('a', '2026-11-25')], plans: [] })).toBe('con-oferta');
    expect(statusOf({ offers: [], agendas: [agenda('a', '2026-11-25')], plans: [] })).toBe('sin-oferta');
  });
  it('an agenda signed on the build day counts', () => {
    expect(statusOf({ offers: [], agendas: [agenda('a', '2026-11-24')], plans: [] })).toBe('en-agenda');
  });
  it('a plan names it: en-plan, whatever the offers and agendas say', () => {
    expect(statusOf({ offers: [], agendas: [], plans: [plan('p', ongoing)] })).toBe('en-plan');
  });
  it('the plan has every milestone done: plan-finalizado', () => {
    expect(
      statusOf({
        offers: [offer('o')],
        agendas: [agenda('a', '2025-01-01')],
        plans: [plan('p', ongoing), plan('q', finished)],
      }),
    ).toBe('plan-finalizado');
  });
  it('a plan finished is read with the progress feature: 100 % without a date is done, a late milestone is not', () => {
    expect(isPlanFinished({ milestones: [{ due: d('2026-05-01'), progress: 100 }] }, today)).toBe(true);
    expect(isPlanFinished({ milestones: [{ due: d('2026-05-01'), progress: 90 }] }, today)).toBe(false);
    expect(isPlanFinished({ milestones: [] }, today)).toBe(false);
  });
  it('agreed from the day of signature', () => {
    expect(isAgreed({ signedOn: d('2026-11-24') }, today)).toBe(true);
    expect(isAgreed({ signedOn: d('2026-11-25') }, today)).toBe(false);
  });
  it('answersOf keeps only the entries that name the need', () => {
    const all = {
      offers: [offer('o'), offer('x', others)],
      agendas: [agenda('a', '2025-01-01', others)],
      plans: [plan('p', finished)],
    };
    const answers = answersOf(need, all);
    expect(answers.offers.map((o) => o.id)).toEqual(['o']);
    expect(answers.agendas).toEqual([]);
    expect(answers.plans.map((p) => p.id)).toEqual(['p']);
  });
});
