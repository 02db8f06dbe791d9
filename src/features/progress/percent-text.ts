/** A share as plan pages write it, «42,5 %», the same in the chart, its description and the table. */
import { formatNumber } from '../../i18n/format.ts';

export const percentText = (n: number) => `${formatNumber(n)} %`;
