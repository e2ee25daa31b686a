import { Layout } from './layout';
import { NotFoundPage } from './pages/not-found';
import { Providers } from './providers';
import { useLocation } from './router';
import { findRoute } from './routes';

export function App() {
  const { pathname } = useLocation();
  const Page = findRoute(pathname)?.Page ?? NotFoundPage;
  return (
    <Providers>
      <Layout>
        <Page />
      </Layout>
    </Providers>
  );
}
