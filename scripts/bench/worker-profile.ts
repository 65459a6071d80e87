import type { Page } from 'playwright-core';

/** A CPU profile in the DevTools format (open it in the Performance panel). */
export type CpuProfile = object;

/**
 * Starts the V8 sampling profiler in the extension's service worker, reached from an extension page's
 * DevTools session (a service worker has no page of its own to attach to); `stop` ends it and gives the
 * profile. Sampled every 200 µs: a check's phases are tens of milliseconds.
 */
export async function profileServiceWorker(page: Page, extensionId: string): Promise<{ stop(): Promise<CpuProfile> }> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!worker) throw new Error('no service worker of the extension to profile');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let lastId = 0;
  const answers = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id, result } = JSON.parse(message) as { id?: number; result?: unknown };
    if (id !== undefined) answers.get(id)?.(result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((answered) => {
      const id = ++lastId;
      answers.set(id, answered);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
      await cdp.detach();
      return profile;
    },
  };
}
