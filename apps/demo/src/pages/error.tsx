import { useLocation } from '../router';
import { Placeholder } from './placeholder';

// The lead replaces the body with the flow error view (/self-service/errors?id=).
export function ErrorPage() {
  const id = useLocation().searchParams.get('id');
  return (
    <Placeholder title="Something went wrong">
      Ory reported an error. The error view is not part of the demo yet.
      {id ? <> Error id: {id}</> : null}
    </Placeholder>
  );
}
