/** The iCalendar writer, read back by a real parser (ical.js) and checked in Colombian time. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bogotaInstant } from '../../src/core/bogota-time.ts';
import { toCalendarEvent } from '../../src/features/training/event-calendar.ts';
import { escapeText, foldLine, toICalendar } from '../../src/features/training/icalendar.ts';

const site = new URL('https://red-territorial.example.org');
const event = {
  id: 'jornada-quibdo',
  data: {
    title: 'Jornada de formación de formadores en rendición de cuentas en Quibdó, Chocó; dos días',
    summary: 'Dos días presenciales con los cuatro módulos del curso.\nTraiga su plan de desarrollo.',
    starts: '2026-12-03 08:00',
    ends: '2026-12-04 17:30',
    place: { venue: 'Auditorio de la Gobernación', address: 'Carrera 1, Quibdó', territory: { id: '27001' } },
    registration: { channel: 'https://www.funcionpublica.gov.co', email: 'participacion@funcionpublica.gov.co' },
    eventStatus: 'programada' as const,
  },
};
const ctx = {
  site,
  pageHref: (id: string) => `/formacion/jornadas/${id}/`,
  placeName: () => 'Quibdó',
  organiserName: 'Función Pública',
  registerWords: 'Inscripción',
};
const text = toICalendar({
  name: 'Jornadas',
  stamp: new Date('2026-11-24T00:00:00Z'),
  events: [toCalendarEvent(event, ctx)],
});

/** Wall-clock time of an instant in Bogotá, `2026-12-03 08:00`. */
const inBogota = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'America/Bogota',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

describe('iCalendar output', () => {
  it('is parsed by ical.js with the event at the right time in America/Bogota', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    const vevents = component.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const parsed = new ICAL.Event(vevents[0]!);
    expect(inBogota(parsed.startDate.toJSDate())).toBe('2026-12-03 08:00');
    expect(inBogota(parsed.endDate.toJSDate())).toBe('2026-12-04 17:30');
    expect(parsed.summary).toBe(event.data.title);
    expect(parsed.uid).toBe('jornada-quibdo@red-territorial.example.org');
    expect(parsed.location).toBe('Auditorio de la Gobernación, Carrera 1, Quibdó, Quibdó');
    expect(parsed.description).toContain('Traiga su plan de desarrollo.');
    expect(vevents[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-24T00:00:00Z');
    expect(vevents[0]!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`SUMMARY:${'ó'.repeat(100)}`);
    for (const part of folded.split('\r\n')) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'ó'.repeat(100)}`);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('marks cancelled and postponed events so calendars show it', () => {
    const cancelled = toCalendarEvent({ ...event, data: { ...event.data, eventStatus: 'cancelada' } }, ctx);
    expect(cancelled.status).toBe('CANCELLED');
    expect(toCalendarEvent({ ...event, data: { ...event.data, eventStatus: 'aplazada' } }, ctx).status).toBe(
      'TENTATIVE',
    );
  });
});

describe('Bogotá local time', () => {
  it('maps a local date-time to its instant (UTC−5, no daylight saving)', () => {
    expect(bogotaInstant('2026-12-03 08:00')!.toISOString()).toBe('2026-12-03T13:00:00.000Z');
    expect(bogotaInstant('2026-06-15 23:30')!.toISOString()).toBe('2026-06-16T04:30:00.000Z');
  });
  it('rejects impossible days and times', () => {
    expect(bogotaInstant('2026-02-30 10:00')).toBeUndefined();
    expect(bogotaInstant('2026-12-03 24:00')).toBeUndefined();
    expect(bogotaInstant('2026-12-03')).toBeUndefined();
  });
});
