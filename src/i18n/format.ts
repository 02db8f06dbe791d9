/** Dates and numbers the way Colombian readers write them. */
import { locale } from './index.ts';

// Content dates are calendar days stored at midnight UTC; formatting them in UTC keeps the day.
const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat(locale, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const conjunction = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
const pesos = new Intl.NumberFormat(locale, { style: 'currency', currency: 'COP', maximumFractionDigits: 0 });

export const formatDate = (date: Date) => longDate.format(date);
export const formatShortDate = (date: Date) => shortDate.format(date);
export const formatNumber = (value: number) => number.format(value);
export const formatPesos = (value: number) => pesos.format(value);
/** «Quibdó, Bojayá y Moniquirá»: a list read in a sentence. */
export const formatList = (items: readonly string[]) => conjunction.format(items);
/** ISO day, for <time datetime>. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const sizeNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
/** `245 KB`, `1,2 MB`: decimal units (1 KB = 1000 bytes), as phones and download dialogs show them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${sizeNumber.format(bytes)} B`;
  if (bytes < 1_000_000) return `${sizeNumber.format(Math.max(1, Math.round(bytes / 1000)))} KB`;
  return `${sizeNumber.format(Math.round(bytes / 100_000) / 10)} MB`;
}

const bogotaDateTime = new Intl.DateTimeFormat(locale, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/Bogota',
});
const bogotaTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'America/Bogota' });
/** An instant as a Colombian reader says it: «jueves, 3 de diciembre de 2026, 8:30 a. m.». */
export const formatBogotaDateTime = (instant: Date) => bogotaDateTime.format(instant);
export const formatBogotaTime = (instant: Date) => bogotaTime.format(instant);
