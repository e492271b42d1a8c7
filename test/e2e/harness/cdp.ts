// A minimal Chrome DevTools Protocol client over the browser's WebSocket, with
// flattened sessions: it reaches targets Playwright does not expose (the real
// toolbar popup, the extension's isolated world in a page).
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

export class Cdp {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; method: string }>();
  private readonly listeners = new Set<(event: CdpEvent) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (message) => {
      const data = JSON.parse(String(message.data)) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
        method?: string;
        params?: Record<string, unknown>;
        sessionId?: string;
      };
      if (data.id !== undefined) {
        const waiter = this.pending.get(data.id);
        if (!waiter) return;
        this.pending.delete(data.id);
        if (data.error) waiter.reject(new Error(`${waiter.method}: ${data.error.message}`));
        else waiter.resolve(data.result);
      } else if (data.method) {
        const event: CdpEvent = { method: data.method, params: data.params ?? {}, sessionId: data.sessionId };
        for (const listener of this.listeners) listener(event);
      }
    });
  }

  static async connect(url: string): Promise<Cdp> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve(), { once: true });
      ws.addEventListener('error', () => reject(new Error(`CDP connection to ${url} failed`)), { once: true });
    });
    return new Cdp(ws);
  }

  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  on(listener: (event: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  waitFor(predicate: (event: CdpEvent) => boolean, timeoutMs = 10_000): Promise<CdpEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error('timed out waiting for a CDP event'));
      }, timeoutMs);
      const off = this.on((event) => {
        if (!predicate(event)) return;
        clearTimeout(timer);
        off();
        resolve(event);
      });
    });
  }

  /** Evaluate an expression in a session (optionally in one execution context) and return its value. */
  async evaluate<T>(sessionId: string, expression: string, contextId?: number): Promise<T> {
    const result = await this.send<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true, userGesture: true, ...(contextId ? { contextId } : {}) },
      sessionId,
    );
    if (result.exceptionDetails) {
      throw new Error(
        `evaluate failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
      );
    }
    return result.result.value as T;
  }

  close(): void {
    this.ws.close();
  }
}
