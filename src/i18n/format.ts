/** Dates and numbers the way Colombian readers write them. */
import { locale } from './index.ts';

// Content dates are calendar days stored at midnight UTC; formatting them in UTC keeps the day.
const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const pesos = new Intl.NumberFormat(locale, { style: 'currency', currency: 'COP', maximumFractionDigits: 0 });

export const formatDate = (date: Date) => longDate.format(date);
export const formatShortDate = (date: Date) => shortDate.format(date);
export const formatNumber = (value: number) => number.format(value);
export const formatPesos = (value: number) => pesos.format(value);
/** ISO day, for <time datetime>. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
