/**
 * A Server-Sent Events stream read with fetch (h5 only): unlike EventSource it sees the answer's status, so a
 * refusal (403) is told apart from a dropped connection. `onEvent` gets each event's name ('message' unless
 * the stream names it) and data; `onFail` the status (0 for a network failure or an ended stream) once, after
 * which the stream is closed. Answers a function that closes it.
 */
export function openEventStream(
  url: string,
  handlers: { onEvent: (name: string, data: string) => void; onFail: (status: number) => void },
): () => void {
  const abort = new AbortController();
  let done = false;
  const fail = (status: number) => {
    if (done || abort.signal.aborted) return;
    done = true;
    handlers.onFail(status);
  };
  void (async () => {
    const res = await fetch(url, { credentials: 'include', signal: abort.signal });
    if (res.status !== 200 || !res.body) return fail(res.status);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) return fail(0);
      buffer += decoder.decode(value, { stream: true });
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const chunk = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        let name = 'message';
        const data: string[] = [];
        for (const line of chunk.split('\n')) {
          if (line.startsWith('event: ')) name = line.slice(7);
          else if (line.startsWith('data: ')) data.push(line.slice(6));
        }
        if (data.length > 0 && !done) handlers.onEvent(name, data.join('\n'));
      }
    }
  })().catch(() => fail(0));
  return () => {
    done = true;
    abort.abort();
  };
}
