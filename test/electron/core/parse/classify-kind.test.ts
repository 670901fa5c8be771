import { describe, expect, it } from 'vitest';
import { classifyKind, sentencesOf } from '../../../../electron/core/parse/classify-kind';

describe('classifyKind', () => {
  it.each([
    'Praise God for a verdict in Kenya.',
    'We thank God for a new judge.',
    'Thank God for safe travel.',
    'Thank the Lord for a new office.',
    'Rejoice with us: a girl is home.',
    'Give thanks for forty years of service.',
    'Please join us in praising God for the churches.',
    'Please join us in celebrating the graduates.',
    'Celebrate with us as the shelter opens.',
    'We are grateful for every volunteer.',
    // Praise first, prayer after: the opening decides.
    'Praise God for the verdict! Pray for her healing as she goes home.',
    // News first: the first later sentence that opens with thanksgiving decides.
    'A court in Ghana convicted three men. Praise God for this sign of change!',
  ])('praise: %s', (text) => {
    expect(classifyKind(text)).toBe('praise');
  });

  it.each([
    'Pray for the judges who will hear three cases.',
    'Please pray for wisdom.',
    'Ask God to give our lawyers courage.',
    'Continue to pray for the survivors.',
    'Lift up the families who are waiting.',
    'We pray that the owner would repent. Thank God for the police.',
    'Please continue to pray as we recruit a new director.',
    'Thanks to our donors, a van carries children to school. Pray for safe journeys.',
    'Last week our team met the police. Please also pray for the families.',
  ])('prayer: %s', (text) => {
    expect(classifyKind(text)).toBe('prayer');
  });

  it.each([
    'IJM has partner offices in Australia, Canada, Germany, the Netherlands and the U.K.',
    'IJM headquarters is located in the United States.',
    // A marker inside a later sentence does not count, nor a past tense.
    'Our team in Quito began a course. The judges were praying for the court. We prayed with them.',
    '',
  ])('info: %s', (text) => {
    expect(classifyKind(text)).toBe('info');
  });
});

describe('sentencesOf', () => {
  it('splits at sentence ends, not inside U.S. or numbers', () => {
    expect(sentencesOf('Pray for U.S. advocates. They gave $1,400. “Amen!” said Ana.')).toEqual([
      'Pray for U.S. advocates.',
      'They gave $1,400.',
      '“Amen!” said Ana.',
    ]);
  });
});
