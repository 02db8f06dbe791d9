import { describe, expect, it } from 'vitest';
import { findPersonalData, isInstitutional, loadAllowlist } from '../../src/validation/personal-data.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { baseTree, mutate, writeTree, type Tree } from '../helpers/fixture-tree.ts';

const allow = loadAllowlist();
const kinds = (text: string) => findPersonalData(text, allow).map((f) => f.kind);
const personal = (tree: Tree) => checkContent(writeTree(tree)).problems.filter((p) => p.code === 'PersonalData');
const practice = 'practices/rendicion-itinerante.mdx';

describe('personal data patterns', () => {
  it.each([
    '3001234567',
    '300 123 4567',
    '300-123-4567',
    '300.123.4567',
    '+57 300 123 4567',
    '+573001234567',
    '(+57) 315 765 43 21',
    'Llame al 321 456 7890 después de las 2',
  ])('finds the mobile number in «%s»', (text) => {
    expect(kinds(text)).toEqual(['mobile']);
  });

  it.each([
    '601 332 3400',
    '(604) 671 2345',
    '$ 300.000.000',
    '$3.200.000.000',
    '300000000 pesos',
    'Meta: 310 viviendas de 1.200 previstas',
    'Recaudo 2025: 3.456.789.012',
    '4.567 personas en 2.024 veredas',
    'Línea gratuita 01 8000 910 101',
  ])('leaves «%s» alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('accepts addresses in the institutional domains and flags the rest', () => {
    expect(isInstitutional('dnp.gov.co', allow)).toBe(true);
    expect(isInstitutional('esap.edu.co', allow)).toBe(true);
    expect(isInstitutional('undp.org', allow)).toBe(true);
    expect(isInstitutional('gmail.com', allow)).toBe(false);
    expect(isInstitutional('notgov.co', allow)).toBe(false);
    expect(kinds('Escriba a planeacion@quibdo-choco.gov.co')).toEqual([]);
    expect(kinds('Escriba a maria.perez@gmail.com o a juan@hotmail.es')).toEqual(['email', 'email']);
    expect(kinds('contacto@fundacion.org.co')).toEqual(['email']);
  });

  it.each([
    'cédula 1.098.765.432',
    'C.C. 79.123.456',
    'CC 1098765432',
    'identificado con cédula de ciudadanía n.º 52 345 678',
    'documento de identidad: 1234567',
  ])('finds the ID number in «%s»', (text) => {
    expect(kinds(text)).toEqual(['cedula']);
  });

  it.each([
    'Acción 1.098.765 de la meta',
    'inversión de 79.123.456 pesos',
    'La cédula catastral se actualizó en 2024',
    'acceso 1234567',
  ])('leaves «%s» alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('the personal-data content rule', () => {
  it('passes the valid fixture tree', () => {
    expect(personal(baseTree())).toEqual([]);
  });

  it('flags a mobile number in a contact field, with file, field, label and line', () => {
    const tree = mutate(practice, (d) => {
      // Replace, not mutate: the fixture shares its contact object between files.
      d.contact = { ...(d.contact as object), phone: '+57 310 555 1234' };
    });
    const [p, ...rest] = personal(tree);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      file: `content/${practice}`,
      field: 'contact.phone',
      message: expect.stringContaining('celular'),
    });
    expect(p!.fieldLabel).toMatch(/›/);
    expect(p!.line).toBeGreaterThan(1);
  });

  it('flags a personal e-mail in a taxonomy file', () => {
    const file = 'taxonomies/entities/dnp.yaml';
    const tree = mutate(file, (d) => {
      d.contact = { ...(d.contact as object), email: 'funcionario123@gmail.com' };
    });
    expect(personal(tree)).toMatchObject([
      { file: `content/${file}`, field: 'contact.email', message: expect.stringContaining('funcionario123@gmail.com') },
    ]);
  });

  it('flags an ID number in the MDX body, with the body label and the line', () => {
    const tree = baseTree();
    tree[practice]!.body = 'Se recorrieron seis zonas.\n\nLa lideró Ana Gómez, C.C. 1.098.765.432, con la comunidad.\n';
    const [p] = personal(tree);
    expect(p).toMatchObject({ file: `content/${practice}`, field: 'body', message: expect.stringContaining('cédula') });
    expect(p!.line).toBeGreaterThan(3);
  });

  // The whole demo tree, read as rendered text: seconds on a loaded machine.
  it('finds nothing in the demo content', { timeout: 30_000 }, () => {
    expect(checkContent(process.cwd()).problems.filter((p) => p.code === 'PersonalData')).toEqual([]);
  });
});
