import { describe, expect, it } from 'vitest';
import { detectOrganisation } from '../../../../electron/core/parse/detect-organisation';

const filler =
  'Pray for the families who met with our staff this week, for courage and wisdom in every hard conversation, and for rest. ';

describe('detectOrganisation', () => {
  it.each([
    ['IJM Prayer Requests\n\nMarch 3, 2019', 'IJM'],
    ['International Justice Mission — weekly prayer', 'IJM'],
    ['Pray with Open Doors for believers who meet in secret.', 'Open Doors'],
    ['PRAYER DIARY\n\nPRAY WITH OPEN DOORS THIS MONTH', 'Open Doors'],
    ['The Voice of the Martyrs — Prayer Calendar', 'Voice of the Martyrs'],
    ['VOM partners delivered Bibles last week.', 'Voice of the Martyrs'],
    ['Thank you for praying for TEAM’s work around the world.', 'TEAM'],
    ['Photo by TEAM\n\n1 JAPAN Ken and Lois write…', 'TEAM'],
    ['Wycliffe Bible Translators: prayer update', 'Wycliffe'],
    ['Streams of Prayer, a circular of the Wycliffe Global Alliance', 'Wycliffe'],
    ['Anglican Cycle of Prayer: Sunday 5 May', 'Anglican Communion'],
    ['Samaritan’s Purse teams are serving in the flooded valley.', "Samaritan's Purse"],
  ])('%j → %s', (text, organisation) => {
    expect(detectOrganisation({ text })).toBe(organisation);
  });

  it('does not take an everyday word in capitals for a sender', () => {
    expect(detectOrganisation({ text: 'PRAY FOR OUR TEAM LEADERS AS THEY TRAVEL' })).toBe('Unknown');
    expect(detectOrganisation({ text: 'our team in Manila and the open doors of ministry' })).toBe('Unknown');
    expect(detectOrganisation({ text: 'The MIJMO project' })).toBe('Unknown');
  });

  it('believes an e-mail’s From first, by name or by address', () => {
    const text = `${filler}IJM and Open Doors staff met.`;
    expect(detectOrganisation({ text, from: 'Open Doors UK <prayer@opendoorsuk.org>' })).toBe('Open Doors');
    expect(detectOrganisation({ text: filler, from: '"Prayer team" <prayer@persecution.com>' })).toBe(
      'Voice of the Martyrs',
    );
    // A From that names no mission (a forwarding friend) leaves it to the rest.
    expect(detectOrganisation({ text: `${filler}Open Doors`, from: 'Jane Smith <jane@example.com>' })).toBe(
      'Open Doors',
    );
  });

  it('weighs the title and the file’s folder above a passing mention', () => {
    const text = `${filler}Thanks to our friends at Open Doors for the photo.`;
    expect(detectOrganisation({ text, title: 'IJM Prayer Requests' })).toBe('IJM');
    expect(detectOrganisation({ text: filler, file: 'Wycliffe/2024-05 update.pdf' })).toBe('Wycliffe');
  });

  it('reads a footer at the end of a long letter', () => {
    const text = `Prayer requests\n\n${filler.repeat(40)}\n\nIJM is a global organisation that protects people in poverty from violence.`;
    expect(detectOrganisation({ text })).toBe('IJM');
  });

  it('is Unknown when nothing names a sender', () => {
    expect(detectOrganisation({ text: filler })).toBe('Unknown');
    expect(detectOrganisation({ text: '' })).toBe('Unknown');
  });
});
