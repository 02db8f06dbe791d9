/**
 * A phone number as a `tel:` link a phone can dial from anywhere: Colombian numbers written
 * the way people write them («601 739 5656», «(604) 444 12 12», «310 555 0101») get the
 * country code (+57); an extension becomes RFC 3966's `;ext=`. Toll-free lines (01 8000…) and
 * short numbers are dialled as written.
 */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone?.trim()) return undefined;
  const [main = '', extension] = phone.split(/\s*(?:ext\.?|extensión|extension|opción|opc\.?)\s*/i);
  const plus = main.trim().startsWith('+');
  const digits = main.replace(/\D/g, '');
  if (digits.length < 3) return undefined;
  let number: string;
  if (plus) number = `+${digits}`;
  // Ten digits: fixed lines since 2021 (60 + area) and mobiles (3…).
  else if (/^(60\d|3\d\d)\d{7}$/.test(digits)) number = `+57${digits}`;
  else if (/^57(60\d|3\d\d)\d{7}$/.test(digits)) number = `+${digits}`;
  else number = digits;
  const ext = extension?.replace(/\D/g, '');
  return `tel:${number}${ext ? `;ext=${ext}` : ''}`;
}
