/** The visit windows home nursing offers ('HH:mm-HH:mm'); the server takes any 1–4 hours within 07:00–20:00. */
export const visitWindows = [
  { value: '08:00-10:00', label: '08:00–10:00' },
  { value: '10:00-12:00', label: '10:00–12:00' },
  { value: '14:00-16:00', label: '14:00–16:00' },
  { value: '16:00-18:00', label: '16:00–18:00' },
];
