/**
 * The region of each department, for a department the content tree does not have yet.
 * Source: datos.gov.co «Departamentos y municipios de Colombia» (xdk5-pm3f), the six regions
 * of the regions collection. An existing department file always wins over this table.
 */
export const departmentRegions: Record<string, string> = {
  '05': 'eje-cafetero-antioquia', '08': 'caribe', '11': 'centro-oriente', '13': 'caribe',
  '15': 'centro-oriente', '17': 'eje-cafetero-antioquia', '18': 'centro-sur', '19': 'pacifico',
  '20': 'caribe', '23': 'caribe', '25': 'centro-oriente', '27': 'pacifico', '41': 'centro-sur',
  '44': 'caribe', '47': 'caribe', '50': 'llano', '52': 'pacifico', '54': 'centro-oriente',
  '63': 'eje-cafetero-antioquia', '66': 'eje-cafetero-antioquia', '68': 'centro-oriente',
  '70': 'caribe', '73': 'centro-sur', '76': 'pacifico', '81': 'llano', '85': 'llano',
  '86': 'centro-sur', '88': 'caribe', '91': 'centro-sur', '94': 'llano', '95': 'llano',
  '97': 'llano', '99': 'llano',
};
