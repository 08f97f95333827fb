// Places named in the paper, with their real coordinates (degrees; west is negative).
// The places are listed most important first: the map's labels are placed in this order.
// Colorado Springs (USNORTHCOM) and Washington lie outside the border map's box.

export interface Place {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** A shorter name for where the full one has no room (the usual Mexican abbreviations). */
  short?: string;
}

export const borderPlaces: readonly Place[] = [
  { id: 'mexico-city', name: 'Mexico City', lon: -99.13, lat: 19.43, short: 'CDMX' },
  { id: 'tijuana', name: 'Tijuana', lon: -117.04, lat: 32.51, short: 'Tij.' },
  { id: 'ciudad-juarez', name: 'Ciudad Juárez', lon: -106.42, lat: 31.69, short: 'Cd. Juárez' },
  { id: 'monterrey', name: 'Monterrey', lon: -100.32, lat: 25.69, short: 'Mty.' },
  { id: 'veracruz', name: 'Veracruz', lon: -96.13, lat: 19.17, short: 'Ver.' },
  { id: 'merida', name: 'Mérida', lon: -89.62, lat: 20.97, short: 'Mér.' },
];
