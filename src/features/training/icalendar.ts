/**
 * Writes iCalendar (RFC 5545) text that calendar apps accept: CRLF line ends, lines folded at
 * 75 octets without splitting a UTF-8 character, text values escaped, times in UTC.
 */

export interface CalendarEvent {
  /** Globally unique and stable across builds, so re-importing updates instead of duplicating. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  organizer?: { name: string; email?: string };
}

export interface Calendar {
  name: string;
  /** When this calendar was generated (DTSTAMP). */
  stamp: Date;
  events: CalendarEvent[];
}

const CRLF = '\r\n';

/** TEXT values: backslash, semicolon, comma and newlines are escaped (RFC 5545 §3.3.11). */
export const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** `20261203T133000Z` */
export const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const encoder = new TextEncoder();

/** Splits a content line into chunks of at most 75 octets; continuation lines begin with one space. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74, after their leading space.
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

function eventLines(e: CalendarEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART:${utcStamp(e.start)}`,
    `DTEND:${utcStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `STATUS:${e.status}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.organizer) {
    const cn = `CN="${e.organizer.name.replace(/"/g, "'")}"`;
    lines.push(
      e.organizer.email
        ? `ORGANIZER;${cn}:mailto:${e.organizer.email}`
        : `X-ORGANIZER-NAME:${escapeText(e.organizer.name)}`,
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export function toICalendar(cal: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Red de Gobiernos Territoriales//Jornadas de formacion//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    // A display hint only: every time is written in UTC, which needs no VTIMEZONE.
    'X-WR-TIMEZONE:America/Bogota',
    ...cal.events.flatMap((e) => eventLines(e, cal.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
