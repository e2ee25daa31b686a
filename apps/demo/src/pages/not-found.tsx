import { Link } from '../router';

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Back to your session</Link>
      </p>
    </>
  );
}
