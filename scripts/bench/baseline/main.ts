// The size baseline: react + react-dom rendering one element, built exactly like the app.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(createElement('h1', null, 'Hello'));
