import './dom-setup';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequestChart } from '../../renderer/src/components/request-chart';
import { chartSpan, describeSeries, seriesFromMonths } from '../../renderer/src/lib/chart-series';

describe('the chart series', () => {
  it('draws months for a short span and years for a long one', () => {
    expect(chartSpan('2024-03-10', '2024-06-01', null, null)).toEqual({
      unit: 'month',
      keys: ['2024-03', '2024-04', '2024-05', '2024-06'],
    });
    expect(chartSpan('2011-05-01', '2025-01-01', null, null)?.unit).toBe('year');
    expect(chartSpan('2011-05-01', '2025-01-01', null, null)?.keys).toHaveLength(15);
  });

  it('narrows the span to the date filter, and has nothing to draw without dates', () => {
    expect(chartSpan('2011-05-01', '2025-01-01', '2024-01-01', null)?.keys).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
    ]);
    expect(chartSpan(null, null, null, null)).toBeNull();
    expect(chartSpan('2020-01-01', '2021-01-01', '2023-01-01', null)).toBeNull();
  });

  it('adds months up into years, with empty years as zero', () => {
    const span = chartSpan('2019-01-06', '2022-12-25', null, null)!;
    const series = seriesFromMonths(span, { '2019-03': 2, '2019-11': 1, '2022-01': 4 });
    expect(series.bars.map((bar) => [bar.key, bar.count])).toEqual([
      ['2019', 3],
      ['2020', 0],
      ['2021', 0],
      ['2022', 4],
    ]);
    expect(series.total).toBe(7);
    expect(describeSeries(series)).toBe('7 requests from 2019 to 2022, by year; most in 2022 (4).');
  });
});

describe('the requests chart', () => {
  it('is one image for screen readers, named by its summary, with a bar per year', () => {
    const span = chartSpan('2019-01-06', '2022-12-25', null, null)!;
    render(<RequestChart series={seriesFromMonths(span, { '2019-03': 2, '2022-01': 4 })} />);
    const image = screen.getByRole('img', {
      name: '6 requests from 2019 to 2022, by year; most in 2022 (4).',
    });
    expect(image.querySelectorAll('rect.chart-bar')).toHaveLength(4);
    expect(screen.getByText('Requests per year')).toBeTruthy();
    // The tallest bar is the busiest year; an empty year has no height.
    const heights = [...image.querySelectorAll('rect.chart-bar')].map((rect) =>
      Number(rect.getAttribute('height')),
    );
    expect(heights[3]).toBeGreaterThan(heights[0]!);
    expect(heights[1]).toBe(0);
  });

  it('draws nothing when there is nothing dated', () => {
    const { container } = render(<RequestChart series={null} />);
    expect(container.innerHTML).toBe('');
  });
});
