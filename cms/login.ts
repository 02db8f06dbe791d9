/**
 * The sign-in page with the portal's name. Decap's own page shows the vendor's logo and a
 * button, nothing that tells a municipal official they reached the Red Territorial. Each
 * backend's sign-in component is wrapped in a header with the portal's mark, its name and a
 * Spanish sentence on what this is; the words come from the site dictionary through the
 * admin page (cms/settings.ts), so none is written here.
 */
import { createElement as h, type ComponentType } from 'react';

export interface LoginBrand {
  name: string;
  intro: string;
  logo: string;
}

// TypeScript's mixin rule: a class extended by a function takes `any[]` arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BackendClass = new (...args: any[]) => { authComponent(): unknown };

export function withBrandedLogin<T extends BackendClass>(Backend: T, brand: LoginBrand): T {
  return class extends Backend {
    override authComponent() {
      const Page = super.authComponent() as ComponentType<Record<string, unknown>>;
      return (props: Record<string, unknown>) =>
        h(
          'div',
          { className: 'rt-login' },
          h(
            'header',
            null,
            h('img', { src: brand.logo, alt: '', width: 64, height: 64 }),
            h('h1', null, brand.name),
            h('p', null, brand.intro),
          ),
          h(Page, props),
        );
    }
  };
}
