// Placeholder: the lead replaces the body with the flow error view (/self-service/errors?id=).
export function ErrorPage() {
  return <h1>Something went wrong</h1>;
}
