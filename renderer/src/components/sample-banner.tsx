// First start: the window shows the bundled sample bulletins and invites the user to pick their own folder.
export function SampleBanner({ onChooseFolder }: { onChooseFolder(): void }) {
  return (
    <section className="sample-banner" aria-label="Welcome">
      <div>
        <p className="sample-title">Welcome to Prayer Desk</p>
        <p className="sample-text">
          You are looking at a few sample bulletins. Choose the folder where you keep your prayer bulletins
          and they will appear here.
        </p>
      </div>
      <button type="button" className="button primary" onClick={onChooseFolder}>
        Choose your bulletin folder…
      </button>
    </section>
  );
}
