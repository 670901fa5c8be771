// A country name that opens its country view, wherever countries show.
import { useStoryNav } from './story-nav';

export function CountryChip(props: { country: string; tabIndex?: number }) {
  const nav = useStoryNav();
  return (
    <button
      type="button"
      className="country-chip"
      title={`Show all requests about ${props.country}`}
      tabIndex={props.tabIndex}
      onClick={(event) => {
        // Inside a result card, whose own click opens the bulletin.
        event.stopPropagation();
        nav.openCountry(props.country);
      }}
    >
      {props.country}
    </button>
  );
}
