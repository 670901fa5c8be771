// How the sheet is set on paper: paper size, print size, columns, order, numbers, dates, room for notes,
// and the "for a notice board" version. Plain radio groups and check boxes: every choice is visible.
import { useId } from 'react';
import type { SheetLayout } from '../../../shared/prayer-sheet';
import { CalendarOptionsGroup } from './calendar-options';
import { useSheet } from './sheet-context';

interface Choice<V> {
  value: V;
  label: string;
}

function ChoiceGroup<K extends keyof SheetLayout>({
  name,
  legend,
  choices,
}: {
  name: K;
  legend: string;
  choices: readonly Choice<SheetLayout[K]>[];
}) {
  const sheet = useSheet();
  const id = useId();
  const current = sheet.sheet.layout[name];
  return (
    <fieldset className="layout-choice">
      <legend>{legend}</legend>
      <div className="segmented">
        {choices.map((choice) => (
          <label key={String(choice.value)} className={choice.value === current ? 'is-checked' : undefined}>
            <input
              type="radio"
              name={`${id}-${name}`}
              checked={choice.value === current}
              onChange={() => sheet.updateLayout({ [name]: choice.value } as Partial<SheetLayout>)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Toggle({
  name,
  label,
  hint,
}: {
  name: 'numbered' | 'showDates' | 'noticeBoard';
  label: string;
  hint?: string;
}) {
  const sheet = useSheet();
  const id = useId();
  return (
    <div className="layout-toggle">
      <input
        id={id}
        type="checkbox"
        checked={sheet.sheet.layout[name]}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => sheet.updateLayout({ [name]: event.target.checked })}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="layout-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function LayoutOptions() {
  const sheet = useSheet();
  // Columns, order, numbers, dates and room for notes belong to the list; a calendar has its own page.
  const list = sheet.sheet.layout.calendar === null;
  return (
    <div className="layout-options">
      <CalendarOptionsGroup />
      <ChoiceGroup
        name="paperSize"
        legend="Paper"
        choices={[
          { value: 'A4', label: 'A4' },
          { value: 'Letter', label: 'Letter' },
        ]}
      />
      <ChoiceGroup
        name="printSize"
        legend="Print size"
        choices={[
          { value: 'normal', label: 'Normal' },
          { value: 'large', label: 'Large print' },
        ]}
      />
      {list && (
        <>
          <ChoiceGroup
            name="columns"
            legend="Columns"
            choices={[
              { value: 1, label: 'One' },
              { value: 2, label: 'Two' },
            ]}
          />
          <ChoiceGroup
            name="grouping"
            legend="Order"
            choices={[
              { value: 'chosen', label: 'As arranged' },
              { value: 'region', label: 'By region' },
            ]}
          />
          <ChoiceGroup
            name="notes"
            legend="Beside each request"
            choices={[
              { value: 'none', label: 'Nothing' },
              { value: 'tick-box', label: 'Tick box' },
              { value: 'lines', label: 'Lines for notes' },
            ]}
          />
        </>
      )}
      <div className="layout-toggles">
        {list && <Toggle name="numbered" label="Number the requests" />}
        {list && <Toggle name="showDates" label="Show bulletin dates" />}
        <Toggle
          name="noticeBoard"
          label="For a notice board"
          hint="Leaves out survivors’ names and ages, and warns about requests that mention children."
        />
      </div>
    </div>
  );
}
