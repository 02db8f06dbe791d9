/**
 * The components MDX bodies may use, by the name editors write (`<Recuadro>`). This map is
 * the allowlist: what is not here is rejected by the content check and never rendered.
 */
export const mdxComponents: Record<string, unknown> = {};
