/** Intrinsic pixel width of the modern raster formats we serve, read from the file header. */

export function intrinsicWidth(bytes: Buffer, format: string): number | undefined {
  if (
    format === 'webp' &&
    bytes.length >= 30 &&
    bytes.toString('ascii', 0, 4) === 'RIFF' &&
    bytes.toString('ascii', 8, 12) === 'WEBP'
  ) {
    const chunk = bytes.toString('ascii', 12, 16);
    if (chunk === 'VP8 ') return bytes.readUInt16LE(26) & 0x3fff;
    if (chunk === 'VP8L') return 1 + (((bytes[22]! & 0x3f) << 8) | bytes[21]!);
    if (chunk === 'VP8X') return 1 + bytes.readUIntLE(24, 3);
  }
  if (format === 'avif') {
    // The image spatial extents box: 4 bytes version/flags, then width and height.
    const at = bytes.indexOf('ispe', 0, 'ascii');
    if (at > 0 && at + 12 <= bytes.length) return bytes.readUInt32BE(at + 8);
  }
  return undefined;
}
