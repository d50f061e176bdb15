/** A key that stays the same across retries of one intent (a send, a start, a form's submission). */
export function newClientId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
