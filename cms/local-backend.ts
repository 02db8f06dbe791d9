/**
 * Before the admin starts on a local editing server, it asks that server which repository it
 * serves and compares the answer with the identity the page was rendered with
 * (src/cms-server/identity.ts). Another checkout's server, or none, leaves the admin stopped
 * with a message: editing through it would write into another folder.
 */
export interface LocalBackendCheck {
  url: string;
  repository: string;
  messages: { other: string; down: string };
}

async function servedRepository(url: string): Promise<string | null | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    const answer = (await response.json()) as { repository?: unknown };
    return typeof answer.repository === 'string' ? answer.repository : null;
  } catch {
    return undefined;
  }
}

/** Runs `start` if there is no local backend or it serves this repository; shows why not otherwise. */
export async function startWhenBackendIsOurs(check: LocalBackendCheck | undefined, start: () => void): Promise<void> {
  if (!check) return start();
  const served = await servedRepository(check.url);
  if (served === check.repository) return start();
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.id = 'cms-backend-refused';
  alert.style.cssText =
    'max-width:40rem;margin:3rem auto;padding:1rem 1.25rem;border:2px solid #a4262c;font:1.125rem/1.5 system-ui,sans-serif';
  alert.textContent = served === undefined ? check.messages.down : check.messages.other;
  document.body.append(alert);
}
