import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_BLOCK_CHARS, type BlockClaim, type CheckRequest, type CheckResponse } from '@/lib/messages';
import { BATCH_CHARS, takeBatch } from '@/extension/page/batches';
import { mayHoldFigure } from '@/extension/page/figure-hint';
import { isFurniture } from '@/extension/page/furniture';
import { mainContent } from '@/extension/page/main-content';
import { pageLanguage } from '@/extension/page/page-language';
import { pageMetadata } from '@/lib/bundle/page-metadata';
import { ENGLISH } from '@/lib/languages/readable-claims';
import { errorText } from '@/lib/reply';
import type { Highlighter } from './highlights';
import { locateClaim, type PageClaims } from './page-claims';
import { SLICE_MS, sliceClock, type SliceClock } from './slices';
import { blockOwner, blocksIn, isLeftOut, type TextBlock } from './text-blocks';
import { mayHoldFigureIn } from './text-hint';

interface PendingBlock extends TextBlock {
  visible: boolean;
}

/** Where a root's text goes: everything on a first read (the background recognises an article by all its sentences), only blocks with figures after a change. */
type Reading = 'all' | 'figures';

const EMPTY = new Set<string>();
/** Batches the background may be checking at once: the next is on its way while the last is placed. */
const MAX_IN_FLIGHT = 3;
/**
 * The first batch goes alone and smaller, for the first highlights to come soon; big enough still to
 * hold a whole ordinary article, which the background recognises when it is in its corpus (by 80% of its
 * sentences).
 */
const FIRST_BATCH_CHARS = 16_000;
/**
 * The first batch is read in one slice, still well under a long task (50 ms): on a long page a yield can
 * wait behind a frame of the page's, and the first highlights would wait with it.
 */
const FIRST_SLICE_MS = 30;
/** A block this far beyond the viewport still counts as visible: the reader is about to see it. */
const NEAR_PX = 200;

function isNearViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom >= -NEAR_PX && box.top <= innerHeight + NEAR_PX;
}

/** What the scanner tells its owner: a batch of figures was placed; it has read everything there was. */
export interface ScanEvents {
  placed(): void;
  settled(): void;
}

/**
 * Reads the page's main content, has the background check it, and highlights the figures, in slices that
 * yield to the page: blocks are read a few milliseconds at a time, sent in batches (what the reader sees
 * first), and placed a few milliseconds at a time. Changed parts are read again; a block whose text was
 * already sent is never sent twice.
 */
export function createScanner(ctx: ContentScriptContext, page: PageClaims, highlighter: Highlighter, on: ScanEvents) {
  let generation = 0;
  let running = false;
  let mainRoot: Element | null = null;
  /** The language the main content is written in, sent with its text: the engine reads English in full. */
  let language = ENGLISH;
  /** The title and date the page states, sent with its text: the time words of every batch read from them. */
  let stated: Pick<CheckRequest, 'title' | 'published'> = {};
  const setRoot = (root: Element): Element => {
    mainRoot = root;
    language = pageLanguage(root);
    page.language = language;
    const { title, published } = pageMetadata(document);
    stated = { ...(title ? { title } : {}), ...(published ? { published } : {}) };
    return root;
  };
  /** The texts already sent for each block element. */
  let sent = new WeakMap<Element, Set<string>>();
  const dirty = new Map<Element | ShadowRoot, Reading>();
  const pending: PendingBlock[] = [];
  let pendingChars = 0;
  let pruneWanted = false;
  /** Whether a first batch has been answered, after which batches grow and overlap. */
  let answered = false;
  let firstSent = false;
  const batchChars = () => (answered ? BATCH_CHARS : FIRST_BATCH_CHARS);
  const shadowRoots = new Set<ShadowRoot>();
  let onShadowRoot: (root: ShadowRoot) => void = () => undefined;

  /** A walk over one root's blocks, with the texts sent before for each element it meets. */
  let walk: {
    blocks: Generator<TextBlock>;
    reading: Reading;
    owners: Map<Element, { before: Set<string>; now: Set<string> }>;
  } | null = null;

  const consider = (block: TextBlock) => {
    if (!walk || !/\S/.test(block.text)) return;
    let seen = walk.owners.get(block.element);
    if (!seen) {
      seen = { before: sent.get(block.element) ?? EMPTY, now: new Set() };
      walk.owners.set(block.element, seen);
      sent.set(block.element, seen.now);
    }
    const text = block.text.slice(0, MAX_BLOCK_CHARS);
    seen.now.add(text);
    if (seen.before.has(text) || (walk.reading === 'figures' && !mayHoldFigure(text)) || isFurniture(text)) return;
    pending.push({ ...block, text, visible: isNearViewport(block.element) });
    pendingChars += text.length;
  };

  /** Reads blocks until the slice is used up; false once every dirty root has been read. */
  const collect = (clock: SliceClock): boolean => {
    // A full batch goes at once, not at the end of the slice.
    while (!clock.due() && pendingChars < batchChars()) {
      if (!walk) {
        const next = dirty.entries().next();
        if (next.done) return false;
        const [root, reading] = next.value;
        dirty.delete(root);
        if (!root.isConnected) continue;
        walk = { blocks: blocksIn(root, (shadow) => onShadowRoot(shadow)), reading, owners: new Map() };
      }
      const step = walk.blocks.next();
      if (step.done) walk = null;
      else consider(step.value);
    }
    return true;
  };

  const prune = () => {
    pruneWanted = false;
    for (const claim of page.stale()) {
      page.remove(claim);
      highlighter.delete(claim);
    }
  };

  const place = async (claims: BlockClaim[], blocks: PendingBlock[], clock: SliceClock, token: number) => {
    const sorted = [...claims].sort((a, b) => a.block - b.block || a.start - b.start);
    let previous: BlockClaim | undefined;
    for (const claim of sorted) {
      if (clock.due()) await clock.pause();
      if (token !== generation) return;
      if (previous && previous.block === claim.block && claim.start < previous.end) continue;
      const located = locateClaim(claim, blocks, page.newId());
      if (!located || page.overlaps(located.range)) continue;
      previous = claim;
      page.add(located);
      highlighter.add(located, blocks[claim.block]!.visible);
    }
  };

  const sendBatch = async (clock: SliceClock, token: number) => {
    const batch = takeBatch(pending, batchChars());
    pendingChars = pending.reduce((n, b) => n + b.text.length, 0);
    const request: CheckRequest = {
      type: 'check',
      url: location.href,
      blocks: batch.map((b) => b.text),
      ...(language === ENGLISH ? {} : { language }),
      ...stated,
    };
    firstSent = true;
    performance.mark('crosscheck:sent', { detail: request.blocks.length });
    const answer = await browser.runtime
      .sendMessage<CheckRequest, CheckResponse | undefined>(request)
      .catch((e: unknown): CheckResponse => ({ ok: false, error: errorText(e) }));
    if (token !== generation || !ctx.isValid) return;
    if (!answer?.ok) return page.fail(answer?.error ?? 'no answer from the extension');
    answered = true;
    await place(answer.claims, batch, clock, token);
    // For npm run bench:page, which reads the page's performance timeline: when each batch was placed.
    performance.mark('crosscheck:placed', { detail: page.size });
    on.placed();
  };

  const run = async (token: number) => {
    running = true;
    page.status = 'scanning';
    const clock = sliceClock(() => (firstSent ? SLICE_MS : FIRST_SLICE_MS));
    const inFlight = new Set<Promise<void>>();
    try {
      while (token === generation && ctx.isValid) {
        if (pruneWanted) prune();
        const more = collect(clock);
        if (pending.length > 0 && (pendingChars >= batchChars() || !more)) {
          if (inFlight.size >= (answered ? MAX_IN_FLIGHT : 1)) await Promise.race(inFlight);
          else {
            const sending: Promise<void> = sendBatch(clock, token)
              .catch((e: unknown) => page.fail(errorText(e)))
              .finally(() => inFlight.delete(sending));
            inFlight.add(sending);
          }
        } else if (!more && !pruneWanted) {
          if (inFlight.size === 0) break;
          await Promise.race(inFlight);
        }
        if (clock.due()) await clock.pause();
      }
    } catch (e) {
      page.fail(errorText(e));
    } finally {
      if (token === generation) {
        running = false;
        if (page.status === 'scanning') page.status = 'done';
        on.settled();
      }
    }
  };

  const wake = () => {
    if (!running) void run(generation);
  };

  /** Whether new text at `element` belongs to what is read: inside the main content, not in chrome or hidden. */
  const isRead = (element: Element): boolean => {
    for (
      let at: Element | null = element;
      at;
      at = at.parentElement ?? (at.getRootNode() as Partial<ShadowRoot>).host ?? null
    ) {
      if (at === mainRoot) return true;
      if (isLeftOut(at)) return false;
    }
    return false;
  };

  const scanner = {
    /** The open shadow roots read so far, to be watched for changes. */
    shadowRoots,
    set onShadowRoot(listener: (root: ShadowRoot) => void) {
      onShadowRoot = (root) => {
        if (shadowRoots.has(root)) return;
        shadowRoots.add(root);
        listener(root);
      };
    },
    /** Reads the page afresh; a page without a figure anywhere costs one pass of a regular expression. */
    start(): void {
      const body = document.body;
      // Documents without a body (SVG, XML) hold no prose.
      if (!body || !mayHoldFigureIn(body)) {
        page.status = 'done';
        return;
      }
      performance.mark('crosscheck:start');
      dirty.set(setRoot(mainContent(body)), 'all');
      wake();
    },
    /** Forgets everything: highlights, claims and what was sent (the reader turned Crosscheck off). */
    stop(): void {
      generation++;
      running = false;
      walk = null;
      dirty.clear();
      pending.length = 0;
      pendingChars = 0;
      sent = new WeakMap();
      mainRoot = null;
      shadowRoots.clear();
      page.clear();
      highlighter.clear();
    },
    /** Text was added or changed at these nodes, or removed: read what is new, drop what went. */
    changed(nodes: Node[], removed: boolean): void {
      const body = document.body;
      if (!body) return;
      let root = mainRoot;
      if (!root?.isConnected) {
        // Until a figure appears, a changing page costs a look at the new text only.
        if (!nodes.some(mayHoldFigureIn)) return;
        root = setRoot(mainContent(body));
        dirty.set(root, 'all');
      }
      for (const node of nodes) {
        const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (!element?.isConnected) continue;
        const owner = blockOwner(element, root);
        if (isRead(owner) && !dirty.has(owner)) dirty.set(owner, 'figures');
      }
      pruneWanted ||= removed;
      wake();
    },
    /** A single-page site showed another page: its main content may be another element now. */
    navigated(): void {
      const body = document.body;
      if (!body) return;
      const root = mainContent(body);
      pruneWanted = true;
      if (root !== mainRoot && mayHoldFigureIn(root)) {
        setRoot(root);
        dirty.set(root, 'all');
      }
      wake();
    },
  };
  return scanner;
}

export type Scanner = ReturnType<typeof createScanner>;
