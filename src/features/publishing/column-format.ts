/** How each open-data column is written, in words for the data page. */
import type { Column } from '../../derive/open-data.ts';
import { LIST_SEPARATOR } from '../../derive/open-data.ts';
import { t } from '../../i18n/index.ts';
import { collections, type CollectionName } from '../../schemas/index.ts';

function formatWords(format: Column['format'], column: Column): string {
  switch (format) {
    case 'enum':
      return t('data.format.enum', {
        values: Object.entries(column.options ?? {})
          .map(([value, word]) => `${value} (${word})`)
          .join(', '),
      });
    case 'reference':
      return t('data.format.reference', {
        collection: collections[column.reference as CollectionName]?.label ?? column.reference ?? '',
      });
    case 'list':
      return t('data.format.list', {
        separator: LIST_SEPARATOR.trim(),
        item: formatWords(column.itemFormat ?? 'text', column),
      });
    default:
      return t(`data.format.${format}`);
  }
}

export const columnFormat = (column: Column) => formatWords(column.format, column);
