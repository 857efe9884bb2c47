// The signed-in key: kept in this tab's sessionStorage only (never in a
// URL or localStorage), so it is gone when the tab closes or on sign-out.
const slot = 'latchkey.console.key';

/** savedKey returns the key this tab signed in with, if any. */
export function savedKey(): string | null {
  try {
    return sessionStorage.getItem(slot);
  } catch {
    return null;
  }
}

/** saveKey keeps key for this tab; null forgets it. */
export function saveKey(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(slot);
    else sessionStorage.setItem(slot, key);
  } catch {
    // Storage refused (a private mode): the key lives until reload.
  }
}
