import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './styles.css';
import { languageReady } from './i18n/i18n';
import 'dayjs/locale/fr';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './Providers';
import { createRouter } from './router';

const router = createRouter();

void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
);
