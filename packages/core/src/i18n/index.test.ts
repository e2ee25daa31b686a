import { describe, expect, it } from 'vitest';
import * as i18n from './index';

describe('i18n/index', () => {
  it('should export exactly the public i18n helpers', () => {
    expect(Object.keys(i18n).sort()).toEqual([
      'formatError',
      'formatLabel',
      'formatMessage',
      'interpolate',
      'loadLocale',
      'translateFieldTitles',
    ]);
  });
});
