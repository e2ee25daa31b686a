import { FlowError } from '@headless-ory/core';

// Kratos sends the browser here with ?id= when it cannot show an error inside a flow.
export function ErrorPage() {
  return (
    <>
      <h1>Error</h1>
      <FlowError />
    </>
  );
}
