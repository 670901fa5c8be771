// "Praise digest…": choose a period (this quarter, last quarter, this year, last year, or two dates) and
// every praise report of it becomes a new prayer sheet, grouped by region: "Answers to prayer …". From
// there the usual preview, Print and Save as PDF work as for any sheet.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessage } from '../api/error-message';
import type { DigestRange } from './digest-ranges';
import { describeDays, digestRanges, localToday } from './digest-ranges';
import { useModalKeys } from './modal-keys';
import { useSheetActions, useSheetApi } from './sheet-context';
import { plural } from '../lib/plural';

export interface PraiseDigestDialogProps {
  onClose(): void;
  /** The digest is now the sheet in front. */
  onMade(): void;
  /** Today, 'YYYY-MM-DD' (tests); default: today on the user's calendar. */
  today?: string;
}

type Choice = DigestRange['key'] | 'dates';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function PraiseDigestDialog({ onClose, onMade, today }: PraiseDigestDialogProps) {
  const actions = useSheetActions();
  const id = useId();
  const { dialogRef, onKeyDown } = useModalKeys(onClose);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ranges = useMemo(() => digestRanges(today ?? localToday(new Date())), [today]);
  const [choice, setChoice] = useState<Choice>('this-quarter');
  const api = useSheetApi();
  /** How many praise reports each period holds (asked of the search index when the dialog opens). */
  const [counts, setCounts] = useState<Partial<Record<DigestRange['key'], number>>>({});
  const chosenByUser = useRef(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Each period says how many praise reports it holds, and the choice starts on the first that has some
  // (an archive whose newest bulletin is months old has nothing "this quarter").
  useEffect(() => {
    if (!api) return;
    let live = true;
    void Promise.all(
      ranges.map(async (range) => {
        const result = await api.search({
          text: '',
          kinds: ['praise'],
          from: range.from,
          to: range.to,
          limit: 1,
        });
        return [range.key, result.total] as const;
      }),
    )
      .then((totals) => {
        if (!live) return;
        const found = Object.fromEntries(totals) as Record<DigestRange['key'], number>;
        setCounts(found);
        const first = ranges.find((range) => (found[range.key] ?? 0) > 0);
        if (first && !chosenByUser.current) setChoice(first.key);
      })
      .catch(() => undefined); // Only a help: the periods work without their counts.
    return () => {
      live = false;
    };
  }, [api, ranges]);

  const choose = (next: Choice) => {
    chosenByUser.current = true;
    setChoice(next);
  };

  const period = (): { from: string; to: string } | string => {
    if (choice !== 'dates') {
      const range = ranges.find((r) => r.key === choice)!;
      return { from: range.from, to: range.to };
    }
    if (!ISO_DAY.test(from) || !ISO_DAY.test(to)) return 'Choose the first and the last day of the period.';
    if (from > to) return 'The first day must come before the last day.';
    return { from, to };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const range = period();
    if (typeof range === 'string') {
      setMessage({ text: range, problem: true });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const typed = title.trim();
      const digest = await actions.startFromDigest({ ...range, ...(typed ? { title: typed } : {}) });
      if (digest.total === 0) {
        setMessage({
          text: `No praise reports between ${describeDays(range.from, range.to)}. Try a longer period.`,
          problem: false,
        });
        setBusy(false);
        return;
      }
      onMade();
    } catch (error) {
      setMessage({ text: `The digest could not be made: ${errorMessage(error)}`, problem: true });
      setBusy(false);
    }
  };

  return (
    <div className="sheet-preview-backdrop digest-backdrop">
      <div
        className="digest-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        ref={dialogRef}
        onKeyDown={onKeyDown}
      >
        <div className="digest-head">
          <h2 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
            Praise digest
          </h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p className="digest-intro" id={`${id}-intro`}>
          Every praise report of a period, grouped by region, as a new prayer sheet to print or save as a PDF.
          The sheet you have open now is kept under Saved sheets.
        </p>
        <form className="digest-form" onSubmit={(event) => void submit(event)}>
          <fieldset className="digest-ranges">
            <legend>Which praise reports</legend>
            {ranges.map((range) => (
              <label key={range.key} className="digest-range">
                <input
                  type="radio"
                  name={`${id}-range`}
                  checked={choice === range.key}
                  onChange={() => choose(range.key)}
                />
                <span className="digest-range-label">{range.label}</span>{' '}
                <span className="digest-range-detail">
                  {range.detail}
                  {counts[range.key] !== undefined &&
                    ` · ${plural(counts[range.key]!, 'praise report', 'praise reports')}`}
                </span>
              </label>
            ))}
            <label className="digest-range">
              <input
                type="radio"
                name={`${id}-range`}
                checked={choice === 'dates'}
                onChange={() => choose('dates')}
              />
              <span className="digest-range-label">Between two dates</span>
            </label>
            {choice === 'dates' && (
              <div className="digest-dates">
                <label>
                  <span>From</span>
                  <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
                </label>
                <label>
                  <span>To</span>
                  <input type="date" value={to} required onChange={(e) => setTo(e.target.value)} />
                </label>
              </div>
            )}
          </fieldset>
          <div className="digest-field">
            <label htmlFor={`${id}-sheet-title`}>Title</label>
            <input
              id={`${id}-sheet-title`}
              type="text"
              value={title}
              maxLength={200}
              placeholder="Answers to prayer … (named after the period)"
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          {message && (
            <p
              className={`digest-message${message.problem ? ' is-problem' : ''}`}
              role={message.problem ? 'alert' : 'status'}
            >
              {message.text}
            </p>
          )}
          <div className="digest-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Gathering the praise reports…' : 'Make the digest'}
            </button>
            <button type="button" className="button ghost" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
