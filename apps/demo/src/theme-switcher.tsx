import { useEffect, useState } from 'react';
import oryLikeUrl from './themes/ory-like.css?url';
import plainUrl from './themes/plain.css?url';

// Two ordinary stylesheets, swapped as a <link>: they prove that a user's own CSS, written only
// against the library's data attributes, themes every flow. The library itself ships no CSS.
const themes = {
  plain: { label: 'Plain', href: plainUrl },
  'ory-like': { label: 'Ory-like', href: oryLikeUrl },
} as const;

type ThemeName = keyof typeof themes;
const STORAGE_KEY = 'headless-ory-demo:theme';
const LINK_ID = 'demo-theme';

function isThemeName(value: string | null): value is ThemeName {
  return value !== null && Object.hasOwn(themes, value);
}

function readStoredTheme(): ThemeName {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isThemeName(stored) ? stored : 'plain';
}

export function ThemeSwitcher() {
  const [theme, setTheme] = useState<ThemeName>(readStoredTheme);

  useEffect(() => {
    let link = document.getElementById(LINK_ID) as HTMLLinkElement | null;
    if (!link) {
      link = document.createElement('link');
      link.id = LINK_ID;
      link.rel = 'stylesheet';
      document.head.append(link);
    }
    link.href = themes[theme].href;
    document.documentElement.dataset.demoTheme = theme;
    window.localStorage.setItem(STORAGE_KEY, theme);
  }, [theme]);

  return (
    <label className="theme-switcher">
      Theme{' '}
      <select
        value={theme}
        onChange={(event) => isThemeName(event.target.value) && setTheme(event.target.value)}
      >
        {Object.entries(themes).map(([name, { label }]) => (
          <option key={name} value={name}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
