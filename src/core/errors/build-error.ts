/**
 * The one error class of the build, thrown through `buildError(entry, ...params)` with an entry
 * of the catalogue (`catalogue.ts`), so every error carries its permanent name, a title, the
 * message and what to do. An editor's error prints as text only, like `src/mdx/editor-error.ts`:
 * a stack trace of our code helps nobody who can fix it; a developer's keeps its trace.
 */
import type { Audience, BuildErrorData } from './catalogue.ts';

type Params<E extends BuildErrorData> = E['message'] extends (...params: infer P) => string ? P : [];

const resolve = (text: BuildErrorData['message'], params: unknown[]) =>
  typeof text === 'function' ? text(...(params as never[])) : text;

export class BuildError extends Error {
  readonly title: string;
  readonly hint: string;
  readonly audience: Audience;

  constructor(data: BuildErrorData, params: unknown[] = []) {
    super(resolve(data.message, params));
    this.name = data.name;
    this.title = data.title;
    this.hint = resolve(data.hint, params);
    this.audience = data.audience;
    const trace = (this.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    this.stack = this.audience === 'editor' ? this.toString() : [this.toString(), ...trace].join('\n');
  }

  /** The message and what to do, for a CLI that already says what failed. */
  get details(): string {
    return `${this.message}\n${this.audience === 'editor' ? 'Qué hacer' : 'Hint'}: ${this.hint}`;
  }

  /** Name, title, message and hint, in the audience's language. */
  override toString(): string {
    return `${this.name}: ${this.title}\n${this.details}`;
  }
}

/** The error to throw for a catalogue entry; the parameters are those of its message. */
export function buildError<E extends BuildErrorData>(entry: E, ...params: Params<E>): BuildError {
  return new BuildError(entry, params);
}
