import { describe, expect, it } from 'vitest';
import { changeLanguage, currentLanguage, t, tContent } from '../../src/i18n/i18n';

describe('texts', () => {
  it('fail loudly in tests when a key is missing, instead of showing the key', () => {
    expect(() => tContent('meetings.m99.title')).toThrow(/Missing text/);
  });

  it('switch language and come back to Finnish', async () => {
    await changeLanguage('sv');
    expect(currentLanguage()).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
    expect(t('nav.back')).toBe('Tillbaka');
    await changeLanguage('en');
    expect(tContent('meetings.m02.title')).toBe('Me and us');
    await changeLanguage('fi');
    expect(t('nav.back')).toBe('Takaisin');
  });
});
