import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerSource, OUTPUT } from '../../scripts/build-gazetteer';

describe('shared/world-countries-data.ts', () => {
  it('is exactly what scripts/build-gazetteer.ts writes from the installed world-countries package', () => {
    const checkedIn = readFileSync(path.resolve(import.meta.dirname, '../..', OUTPUT), 'utf8');
    // When this fails after updating world-countries: npx tsx scripts/build-gazetteer.ts
    expect(checkedIn).toBe(gazetteerSource());
  });
});
