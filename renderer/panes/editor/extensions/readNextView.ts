import type { NodeViewRendererProps } from '@tiptap/core';
import { ReadNext } from '../../../../story/schema/nodes/readNext';
import type { RelatedItem } from '../../../../story/model';
import { liveDraft } from '../../../state/liveDraft';

/** "06:00 Rare bird returns" or the headline alone. */
export function teaserLine(item: RelatedItem): { time: string; headline: string } {
  const time = item.time && /^\d{4}-\d{2}-\d{2}T/.test(item.time) ? new Date(item.time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : (item.time ?? '');
  return { time, headline: item.headline };
}

/**
 * The "Read next" block as the writer sees it: the story's related teasers, in order.
 * Which stories they are is chosen in the library; here they are shown and placed.
 */
function readNextView({ node }: NodeViewRendererProps) {
  const dom = document.createElement('section');
  dom.className = 'read-next';
  dom.dataset.type = 'read-next';
  dom.contentEditable = 'false';
  const title = document.createElement('h4');
  title.className = 'read-next-title';
  const list = document.createElement('ol');
  list.className = 'read-next-list';
  dom.append(title, list);

  let shown: RelatedItem[] | undefined;
  const render = () => {
    const related = liveDraft.current()?.fields.related ?? [];
    if (related === shown) return;
    shown = related;
    list.replaceChildren(
      ...(related.length === 0
        ? [Object.assign(document.createElement('li'), { className: 'read-next-empty', textContent: 'No teasers yet: choose related stories in the library.' })]
        : related.map((item) => {
            const { time, headline } = teaserLine(item);
            const li = document.createElement('li');
            if (time) li.append(Object.assign(document.createElement('time'), { textContent: time }), ' ');
            li.append(headline);
            return li;
          })),
    );
  };
  title.textContent = String(node.attrs.title ?? 'Read next');
  render();
  const unsubscribe = liveDraft.subscribe(render);
  return {
    dom,
    update(updated: typeof node) {
      if (updated.type !== node.type) return false;
      title.textContent = String(updated.attrs.title ?? 'Read next');
      return true;
    },
    ignoreMutation: () => true,
    destroy: unsubscribe,
  };
}

export const ReadNextEditing = ReadNext.extend({
  addNodeView() {
    return readNextView;
  },
});
