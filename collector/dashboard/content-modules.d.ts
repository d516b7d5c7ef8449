/** Modules the dashboard's build makes from the instrument's content files. */
declare module 'dashboard-content:instrument' {
  const ids: { statements: string[]; profiles: string[] };
  export default ids;
}
declare module 'dashboard-content:*' {
  const texts: { statements: Record<string, string>; profiles: Record<string, string> };
  export default texts;
}
