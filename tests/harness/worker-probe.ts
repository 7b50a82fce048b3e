/** What the worker probe has seen since the worker started. Times are the worker's performance.now(). */
export interface WorkerProbe {
  /** Timers set and not yet fired or cleared: id → "timeout 20000" / "interval 1000". */
  pendingTimers: Map<number, string>;
  timersCreated: number;
  /** Runtime ports opened in either direction and not yet disconnected. */
  openPorts: number;
  portsOpened: number;
  fetches: { url: string; at: number; answeredAt: number; status: number }[];
  transactions: { stores: string[]; mode: string; at: number }[];
  writes: { store: string; op: string; at: number }[];
  /** TextDecoder.decode calls on 1 kB or more: the first step of parsing a fetched feed. */
  decodes: { bytes: number; at: number }[];
  /** The worker's radar:changed broadcasts (poll-started / poll-finished). */
  broadcasts: { reason: string; at: number }[];
}

/**
 * Installed in a copy of the built worker before its own code runs (see bench-extension.ts).
 * Wraps the globals the worker reaches at call time — timers, fetch, IndexedDB, TextDecoder,
 * runtime messaging and ports — and records what goes through them in
 * `globalThis.__benchProbe`. Behaviour is unchanged. Self-contained: it is serialized with
 * `Function.prototype.toString`.
 */
export function installWorkerProbe(): void {
  const probe: WorkerProbe = {
    pendingTimers: new Map(),
    timersCreated: 0,
    openPorts: 0,
    portsOpened: 0,
    fetches: [],
    transactions: [],
    writes: [],
    decodes: [],
    broadcasts: [],
  };
  Object.defineProperty(globalThis, '__benchProbe', { value: probe });
  const now = () => performance.now();
  type Callback = (...args: unknown[]) => void;
  type SetTimer = (callback: Callback, ms?: number, ...args: unknown[]) => number;
  type ClearTimer = (id?: number) => void;
  const g = globalThis as unknown as Record<string, unknown>;

  const realSetTimeout = (g.setTimeout as SetTimer).bind(globalThis);
  const realSetInterval = (g.setInterval as SetTimer).bind(globalThis);
  const realClearTimeout = (g.clearTimeout as ClearTimer).bind(globalThis);
  const realClearInterval = (g.clearInterval as ClearTimer).bind(globalThis);
  g.setTimeout = (callback: Callback, ms?: number, ...args: unknown[]) => {
    probe.timersCreated++;
    const id = realSetTimeout(() => {
      probe.pendingTimers.delete(id);
      callback(...args);
    }, ms);
    probe.pendingTimers.set(id, `timeout ${ms ?? 0}`);
    return id;
  };
  g.setInterval = (callback: Callback, ms?: number, ...args: unknown[]) => {
    probe.timersCreated++;
    const id = realSetInterval(callback, ms, ...args);
    probe.pendingTimers.set(id, `interval ${ms ?? 0}`);
    return id;
  };
  g.clearTimeout = (id?: number) => {
    if (id !== undefined) probe.pendingTimers.delete(id);
    realClearTimeout(id);
  };
  g.clearInterval = (id?: number) => {
    if (id !== undefined) probe.pendingTimers.delete(id);
    realClearInterval(id);
  };

  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const at = now();
    const response = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    probe.fetches.push({ url, at, answeredAt: now(), status: response.status });
    return response;
  };

  const realTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const [stores, mode] = args;
    const names = typeof stores === 'string' ? [stores] : [...stores];
    probe.transactions.push({ stores: names, mode: mode ?? 'readonly', at: now() });
    return realTransaction.apply(this, args);
  };
  const recordWrites = (proto: object, ops: string[], storeName: (self: never) => string) => {
    const methods = proto as Record<string, (...args: unknown[]) => unknown>;
    for (const op of ops) {
      const real = methods[op]!;
      methods[op] = function (this: never, ...args: unknown[]) {
        probe.writes.push({ store: storeName(this), op, at: now() });
        return real.apply(this, args);
      };
    }
  };
  recordWrites(
    IDBObjectStore.prototype,
    ['put', 'add', 'delete', 'clear'],
    (self: IDBObjectStore) => self.name,
  );
  recordWrites(IDBCursor.prototype, ['update', 'delete'], (self: IDBCursor) =>
    'objectStore' in self.source ? self.source.objectStore.name : self.source.name,
  );

  const realDecode = TextDecoder.prototype.decode;
  TextDecoder.prototype.decode = function (this: TextDecoder, ...args) {
    const [input] = args;
    const bytes = input ? input.byteLength : 0;
    if (bytes >= 1000) probe.decodes.push({ bytes, at: now() });
    return realDecode.apply(this, args);
  };

  // Chromium has both `chrome` and `browser`; WXT uses whichever it finds.
  const runtimes = new Set(
    [g.chrome, g.browser]
      .map((api) => (api as { runtime?: typeof chrome.runtime } | undefined)?.runtime)
      .filter((runtime): runtime is typeof chrome.runtime => runtime !== undefined),
  );
  const trackPort = (port: chrome.runtime.Port) => {
    probe.portsOpened++;
    probe.openPorts++;
    port.onDisconnect.addListener(() => probe.openPorts--);
    return port;
  };
  for (const runtime of runtimes) {
    const realSend = runtime.sendMessage.bind(runtime) as (...args: unknown[]) => unknown;
    (runtime as unknown as Record<string, unknown>).sendMessage = (...args: unknown[]) => {
      const message = args[0] as { type?: string; reason?: string } | undefined;
      if (message?.type === 'radar:changed')
        probe.broadcasts.push({ reason: String(message.reason), at: now() });
      return realSend(...args);
    };
    const realConnect = runtime.connect.bind(runtime) as (
      ...args: unknown[]
    ) => chrome.runtime.Port;
    (runtime as unknown as Record<string, unknown>).connect = (...args: unknown[]) =>
      trackPort(realConnect(...args));
    const realAddListener = runtime.onConnect.addListener.bind(runtime.onConnect);
    runtime.onConnect.addListener = (listener: (port: chrome.runtime.Port) => void) =>
      realAddListener((port) => listener(trackPort(port)));
  }
}
