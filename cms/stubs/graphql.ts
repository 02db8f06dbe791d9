/**
 * Stands in for Apollo and `graphql-tag` in the admin bundle (aliased in
 * src/integrations/cms-bundle-build.ts). Decap's GitHub and GitLab backends talk GraphQL only
 * when the config sets `use_graphql`, which the generated config never does
 * (test/unit/cms-admin.test.ts); their REST clients do the work. The queries are still
 * written at import time, so `gql` keeps their text and the fragment matcher can be built; a
 * client, if ever asked for, refuses with a reason. ~45 KB gzip saved.
 */
import { buildError, CmsGraphqlDisabled } from '../../src/core/errors/index.ts';

const refuse = () => {
  throw buildError(CmsGraphqlDisabled);
};

export function gql(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
}
export default gql;

export class ApolloClient {
  constructor() {
    refuse();
  }
}
export class InMemoryCache {}
export class IntrospectionFragmentMatcher {}
export const defaultDataIdFromObject = () => null;
export const createHttpLink = refuse;
export const setContext = refuse;
