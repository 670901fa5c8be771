import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixC1Controls, repairMojibake, repairText } from '../../../../electron/core/readers/repair-mojibake';

/** What a program did to UTF-8 text when it read it as Windows-1252 and saved it again. */
const garble = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252');

describe('repairMojibake', () => {
  it.each([
    ['â€™', '’'],
    ['â€œ', '“'],
    ['â€˜', '‘'],
    ['â€“', '–'],
    ['â€”', '—'],
    ['â€¦', '…'],
    ['â€¢', '•'],
    ['â‚¬', '€'],
    ['â„¢', '™'],
    ['Ã©', 'é'],
    ['Ã¼', 'ü'],
    ['Ã±', 'ñ'],
    ['Â£', '£'],
  ])('repairs %s to %s', (garbled, right) => {
    expect(repairMojibake(`Pray ${garbled} now.`)).toEqual({ text: `Pray ${right} now.`, repairs: 1 });
  });

  it('repairs a whole garbled bulletin, round trip', () => {
    const original = '“Seek justice” — Isaiah 1:17\nPraise God for the café owner’s courage… and €50 raised.';
    expect(repairMojibake(garble(original)).text).toBe(original);
  });

  it('repairs the right double quote whose last byte was lost or undefined', () => {
    expect(repairMojibake('â€œFree!â€ he said').text).toBe('“Free!” he said');
    expect(repairMojibake('â€œFree!â€\ufffd he said').text).toBe('“Free!” he said');
    expect(repairMojibake('â€œFree!â€\u009d he said').text).toBe('“Free!” he said');
  });

  it('repairs text garbled twice', () => {
    expect(repairMojibake(garble(garble('God’s people'))).text).toBe('God’s people');
  });

  it('repairs a byte-order mark and an emoji read the wrong way', () => {
    expect(repairMojibake('ï»¿IJM Prayer Requests').text).toBe('\ufeffIJM Prayer Requests');
    expect(repairMojibake(garble('Thank you 😊')).text).toBe('Thank you 😊');
    // 🙏 ends in byte 0x8F, which Windows-1252 leaves undefined: it survives as the C1 control U+008F.
    expect(repairMojibake('Thank you ðŸ™\u008f').text).toBe('Thank you 🙏');
  });

  it('leaves clean text alone, in any script', () => {
    for (const text of [
      'God’s “justice” – now… for €5 — café, naïve, São Paulo, Ærø',
      'Молитесь за Кению',
      'ጸሎት ለኬንያ',
      'อธิษฐานเพื่อเคนยา',
      '为肯尼亚祷告',
      'ÎNVĂȚĂMÂNT, ÂNCORA, CÂMP',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, repairs: 0 });
    }
  });

  it('does not touch "Â£" or "Ã©" in a real Latin-1 context', () => {
    // Genuine accented letters elsewhere mean the file really is Latin-1 text: two-byte look-alikes are
    // left as written rather than guessed at.
    const text = 'Le café coûte Â£3 à Genève; Ã© reste tel quel.';
    expect(repairMojibake(text)).toEqual({ text, repairs: 0 });
  });

  it('still repairs three-byte sequences in a Latin-1 context, which real text never has', () => {
    expect(repairMojibake('Le café de Genève â€“ merci').text).toBe('Le café de Genève – merci');
  });

  it('does not turn French "très…»" into a Chinese character', () => {
    const text = 'Il était très…» dit-elle.';
    expect(repairMojibake(text)).toEqual({ text, repairs: 0 });
  });

  it('runs in linear time on a megabyte of look-alike characters', () => {
    const text = 'Ã'.repeat(500_000) + 'â€'.repeat(250_000);
    expect(repairMojibake(text).text.length).toBeGreaterThan(0);
  });
});

describe('fixC1Controls', () => {
  it('maps C1 controls (Windows-1252 bytes read as Latin-1) to what Windows-1252 means', () => {
    expect(fixC1Controls('God\u0092s \u0093people\u0094 \u0096 now\u0085 \u0080')).toBe(
      'God’s “people” – now… €',
    );
  });

  it('keeps the five undefined ones (the parser drops controls)', () => {
    expect(fixC1Controls('a\u0081b')).toBe('a\u0081b');
  });
});

describe('repairText', () => {
  it('warns once with the count when it repaired something', () => {
    const warnings: string[] = [];
    expect(repairText('Godâ€™s people â€“ pray', warnings)).toBe('God’s people – pray');
    expect(warnings).toEqual([
      'Repaired 2 garbled characters (like "â€™" for "’") left by an earlier wrong conversion.',
    ]);
  });

  it('adds no warning for clean text', () => {
    const warnings: string[] = [];
    repairText('Pray for Peru.', warnings);
    expect(warnings).toEqual([]);
  });
});
