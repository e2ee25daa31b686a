import type { ReactNode } from 'react';
import type { VerificationParams } from '../client';
import { useVerificationFlow } from '../hooks';
import { useOryTexts } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { useUrlFlowOptions } from './use-url-state';

export interface VerificationFlowProps extends FlowViewFormProps, VerificationParams {
  title?: ReactNode;
}

/**
 * Drop-in address verification: the email step, then the code. Once passed, Kratos' own "Continue" link node is
 * shown with the success message; nothing navigates by itself.
 */
export function VerificationFlow({ title, ...props }: VerificationFlowProps) {
  const texts = useOryTexts();
  const [options, formProps, startOver] = useUrlFlowOptions('verification', props);
  const result = useVerificationFlow(options);
  return (
    <FlowView
      flowType="verification"
      result={result}
      startOver={startOver}
      title={<h2 data-ory-part="title">{title ?? texts.verificationTitle}</h2>}
      {...formProps}
    />
  );
}
