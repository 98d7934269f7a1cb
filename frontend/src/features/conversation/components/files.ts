/** "512 B", "12.3 kB", "4.0 MB": decimal units, as file managers and browsers show them. */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  do {
    value /= 1000;
    unit += 1;
  } while (value >= 999.95 && unit < units.length - 1);
  return `${value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}

export type FileKind = 'image' | 'pdf' | 'archive' | 'text' | 'spreadsheet' | 'document' | 'other';

/** A coarse kind for the chip's icon, from the type the server sniffed. */
export function fileKind(contentType: string): FileKind {
  const type = contentType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (/zip|x-tar|gzip|x-7z|x-rar|bzip/.test(type)) return 'archive';
  if (/spreadsheet|ms-excel|csv/.test(type)) return 'spreadsheet';
  if (/word|opendocument\.text|rtf|presentation|powerpoint/.test(type)) return 'document';
  if (type.startsWith('text/') || type === 'application/json' || type === 'application/xml') return 'text';
  return 'other';
}
