/** The reader's preview. The published rendering arrives with the export work; until then it says so. */
export function PreviewPane() {
  return (
    <section className="pane preview-pane" aria-labelledby="preview-heading">
      <header className="pane-header">
        <h2 id="preview-heading">Preview</h2>
      </header>
      <div className="empty-state">
        <p className="hint">The preview of the story as readers will see it is not built yet.</p>
      </div>
    </section>
  );
}
