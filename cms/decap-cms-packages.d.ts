// Decap's widget and backend packages ship no types. The admin needs only their shapes: a
// widget package has `Widget()`, a backend package exports its class (only handed to Decap,
// never constructed here, so its arguments are `unknown`).
declare module 'decap-cms-widget-*' {
  const widget: { Widget: () => { name: string; controlComponent: never } };
  export default widget;
}
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: new (...args: unknown[]) => {
    authComponent(): unknown;
  };
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: new (...args: unknown[]) => {
    authComponent(): unknown;
  };
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: new (...args: unknown[]) => {
    authComponent(): unknown;
  };
}
