/** The fact-tagging pane. Tagging arrives with the fact-tagging work; until then it says so. */
export function FactsPane() {
  return (
    <section className="pane facts-pane" aria-labelledby="facts-heading">
      <header className="pane-header">
        <h2 id="facts-heading">Facts</h2>
      </header>
      <div className="empty-state">
        <p>No facts tagged in this story.</p>
        <p className="hint">Fact tagging (claims, quotes, figures and names pinned to their sources) is not built yet.</p>
      </div>
    </section>
  );
}
