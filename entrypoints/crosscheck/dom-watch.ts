/** Changes are gathered this long before they are read: a live blog adding ten posts is read once. */
const BATCH_MS = 100;
const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

type Listener = (nodes: Node[], removed: boolean) => void;

/**
 * Watches the page (and open shadow roots, which a document observer does not see into) for text that
 * appears, changes or goes, and reports it in batches: where text appeared or changed, and whether any
 * text changed or went (so stale highlights are dropped).
 */
export function watchDom() {
  let onChange: Listener = () => undefined;
  let queued: MutationRecord[] = [];
  let timer: number | undefined;
  const flush = () => {
    timer = undefined;
    const records = queued;
    queued = [];
    const nodes: Node[] = [];
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        nodes.push(record.target);
        removed = true;
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (
          node.nodeType === Node.TEXT_NODE ||
          (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'crosscheck-card')
        )
          nodes.push(node);
      }
    }
    if (nodes.length > 0 || removed) onChange(nodes, removed);
  };
  const observer = new MutationObserver((records) => {
    queued.push(...records);
    timer ??= window.setTimeout(flush, BATCH_MS);
  });
  return {
    /** Who hears of the changes: first the wait for a page's first figure, then the scanner. */
    set onChange(listener: Listener) {
      onChange = listener;
    },
    observe: (root: Node) => observer.observe(root, OPTIONS),
    disconnect(): void {
      observer.disconnect();
      queued = [];
    },
  };
}

export type DomWatch = ReturnType<typeof watchDom>;
