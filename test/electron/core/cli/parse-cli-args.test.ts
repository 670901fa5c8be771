import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../../electron/core/cli/parse-cli-args';

describe('parseCliArgs', () => {
  it('reads parse <folder>', () => {
    expect(parseCliArgs(['parse', 'lib'])).toEqual({ command: 'parse', folder: 'lib' });
  });

  it('reads search with every filter', () => {
    const argv = ['search', 'lib', 'bonded', 'labour', '--region', 'africa', '--region', 'southeast-asia'];
    argv.push(
      '--kind',
      'Praise',
      '--from',
      '2019-01-01',
      '--to',
      '2019-12-31',
      '--limit',
      '5',
      '--sort',
      'date',
    );
    expect(parseCliArgs(argv)).toEqual({
      command: 'search',
      folder: 'lib',
      query: {
        text: 'bonded labour',
        regions: ['Africa', 'Southeast Asia & Pacific'],
        kinds: ['praise'],
        from: '2019-01-01',
        to: '2019-12-31',
        limit: 5,
        sort: 'date',
      },
    });
  });

  it('treats --help as help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
  });

  it.each([
    [[], /No command/],
    [['frobnicate', 'lib'], /Unknown command "frobnicate"/],
    [['parse'], /needs a folder/],
    [['parse', 'lib', 'extra'], /takes one folder/],
    [['parse', 'lib', '--region', 'Africa'], /goes with "search"/],
    [['search', 'lib'], /needs a query/],
    [['search', 'lib', 'x', '--region', 'Atlantis'], /Unknown region "Atlantis"/],
    [['search', 'lib', 'x', '--kind', 'lament'], /Unknown kind "lament"/],
    [['search', 'lib', 'x', '--from', '2019-02-30'], /--from needs a date/],
    [['search', 'lib', 'x', '--to', 'yesterday'], /--to needs a date/],
    [['search', 'lib', 'x', '--limit', '0'], /--limit needs a whole number/],
    [['search', 'lib', 'x', '--limit', '2.5'], /--limit needs a whole number/],
    [['search', 'lib', 'x', '--sort', 'random'], /--sort must be/],
    [['search', 'lib', 'x', '--colour', 'red'], /Unknown option/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv as string[])).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv as string[])).toThrow(message);
  });
});
