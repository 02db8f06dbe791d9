/**
 * The form of a new practice in the CMS, filled as an editor would: the same required fields
 * for every CMS browser test that creates one (the words come from the schema's labels and the
 * demo taxonomies). Each test adds what it is about (an image, the body) after it.
 */
import type { Page } from 'playwright-core';

export interface NewPractice {
  title: string;
  summary: string;
  indicator: string;
  unit: string;
  baseline: string;
  achieved: string;
  risk: string;
}

export async function fillNewPractice(page: Page, p: NewPractice): Promise<void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const long = 'Un texto suficientemente largo para describir esta parte de la práctica.';
  await field('Título').fill(p.title);
  await field('Resumen').fill(p.summary);
  for (const [label, search, option] of [
    ['Territorios', 'Quibd', /^Quibdó/],
    ['Temas', 'Participación', /^Participación ciudadana/],
    ['Momentos del ciclo de la gestión', 'Rendición', /^Rendición de cuentas/],
    ['Niveles de capacidad', 'Organizacional', /^Organizacional/],
    ['Grupos de valor', 'Entidades', /^Entidades territoriales/],
  ] as const) {
    await field(label).fill(search);
    await page.getByRole('option', { name: option }).first().click();
  }
  for (const label of ['Contexto', 'Problema', 'Recursos y costos', 'Qué no funcionó', 'Condiciones para replicarla'])
    await field(label).fill(long);
  await page.getByRole('button', { name: /resultados$/ }).click();
  await field('Indicador').fill(p.indicator);
  await field('Unidad').fill(p.unit);
  await field('Línea base').fill(p.baseline);
  await field('Valor alcanzado').fill(p.achieved);
  await field('Fecha de medición').fill('2025-03-01');
  await page.getByRole('button', { name: /riesgos encontrados$/ }).click();
  // A list of plain texts: each item is one text field, named `item` by the generated config.
  await page.locator('input[id^="item-field"]').last().fill(p.risk);
  for (const [label, option] of [
    ['Madurez', 'Prometedora'],
    ['Estado de validación', 'Sin validar'],
    ['Estado de publicación', 'Publicado'],
  ] as const) {
    await field(label).click({ force: true });
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await field('Dependencia').fill('Secretaría de Planeación Municipal');
  await page.getByLabel(/^Correo institucional/).fill('planeacion@quibdo-choco.gov.co');
  for (const [label, day] of [
    ['Fecha de inicio', '2024-08-01'],
    ['Fecha de publicación', '2025-09-01'],
    ['Última revisión', '2025-10-01'],
  ] as const)
    await field(label).fill(day);
}
