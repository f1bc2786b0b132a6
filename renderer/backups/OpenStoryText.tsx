import { useState } from 'react';
import { plainTextOf, type DocJSON } from '../../story/document';

export interface OpenStory {
  headline: string;
  dek: string;
  body: DocJSON;
}

/** The story that was open when the library was found damaged: its newest text, to copy before a backup replaces it. */
export function OpenStoryText({ story }: { story: OpenStory }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const text = [story.headline, story.dek, plainTextOf(story.body)].filter((part) => part.trim().length > 0).join('\n\n');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <section className="recovery-open-story" aria-labelledby="recovery-open-story-title">
      <h2 id="recovery-open-story-title">The story you had open</h2>
      <p>
        A backup holds the library as it was when the backup was taken. Copy the newest text of “{story.headline || 'Untitled'}” first, to paste it back after restoring.
      </p>
      <textarea readOnly aria-label="Text of the story you had open" value={text} rows={6} />
      <p>
        <button type="button" className="button" onClick={copy}>
          Copy its text
        </button>
        {copied === 'yes' && <span className="hint"> Copied.</span>}
        {copied === 'failed' && <span className="hint"> Could not copy: select the text above and copy it.</span>}
      </p>
    </section>
  );
}
