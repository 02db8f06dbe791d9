/**
 * An error meant for an editor, not a developer: its message already names the file and line
 * and says what to do, so the build prints that and no stack trace of our own code.
 */
export function editorError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}
