/**
 * Wraps a callback the browser calls (an event listener, an observer): an error in the extension is
 * logged as the extension's and never thrown into the page's event dispatch.
 */
export function safely<A extends unknown[]>(callback: (...args: A) => unknown): (...args: A) => void {
  return (...args) => {
    try {
      const result = callback(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (e) {
      report(e);
    }
  };
}

const report = (e: unknown) => console.debug('Crosscheck:', e);
