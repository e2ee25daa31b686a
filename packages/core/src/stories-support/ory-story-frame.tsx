import { type ReactNode, StrictMode, useCallback, useMemo, useState } from 'react';
import { OryProvider, type OryProviderProps } from '../flows';
import type { OryConfig } from '../hooks';
import { describeTarget } from './story-url';
import type { OryStoryHarness } from './types';

export interface OryStoryFrameProps extends Omit<OryProviderProps, 'config' | 'navigate' | 'children'> {
  harness: OryStoryHarness;
  children?: ReactNode;
}

/**
 * The story's app shell: StrictMode (so double effects are exercised), an OryProvider on the story's mock,
 * and a navigate that records where the library sent the user and says so on the canvas instead of leaving.
 */
export function OryStoryFrame({ harness, children, ...providerProps }: OryStoryFrameProps) {
  const [target, setTarget] = useState<string>();
  const navigate = useCallback(
    (url: string) => {
      harness.navigations.push(url);
      setTarget(url);
    },
    [harness],
  );
  const config = useMemo<OryConfig>(
    () => ({ ...harness.config, baseUrl: harness.baseUrl, fetch: harness.fetch }),
    [harness],
  );
  return (
    <StrictMode>
      <OryProvider {...providerProps} config={config} navigate={navigate}>
        {target === undefined ? null : (
          <p data-testid="navigated" role="status">
            Navigated to {describeTarget(target)}
          </p>
        )}
        {children}
      </OryProvider>
    </StrictMode>
  );
}
