/** The navigation pages' addresses, for every page that offers 带我去 or the care path. */
export const routeUrl = (hospitalId: string, to: string, from = ''): string =>
  `/navigation/route/index?hospitalId=${hospitalId}&to=${to}${from ? `&from=${from}` : ''}`;

export const carePathUrl = (appointmentId: string): string => `/navigation/care-path/index?appointmentId=${appointmentId}`;
