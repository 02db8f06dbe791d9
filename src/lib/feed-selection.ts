/**
 * Which new items a feed follows: a department's feed carries practices and lessons from the
 * department or its municipalities and the offers whose territorial focus reaches it or one
 * of its municipalities; a theme's feed carries what is classified under that theme.
 */
import { type Focus, focusReaches, withinDepartment } from './territories.ts';

export interface Followable {
  territories: { id: string }[];
  themes: { id: string }[];
  /** Offers: where the offer reaches, instead of where it happened. */
  focus?: Focus;
}

export function concernsDepartment(item: Followable, department: string, regionOf: (dept: string) => string | undefined): boolean {
  if (!item.focus) return withinDepartment(item.territories, department);
  return focusReaches(item.focus, department, regionOf) || withinDepartment(item.focus.territories, department);
}

export const aboutTheme = (item: Followable, theme: string) => item.themes.some((t) => t.id === theme);
