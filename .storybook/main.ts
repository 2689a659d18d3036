import type { StorybookConfig } from '@storybook/react-vite';
import { msw } from 'msw/vite';
import remarkGfm from 'remark-gfm';
import type { PluginOption } from 'vite';

function hasPlugin(option: PluginOption, name: string): boolean {
  if (Array.isArray(option)) return option.some((item) => hasPlugin(item, name));
  return !!option && typeof option === 'object' && 'name' in option && option.name === name;
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: [
    // MDX 3 is CommonMark only: GFM adds the tables the docs pages are written with.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  // The machine reaches only the package registries.
  core: { disableTelemetry: true },
  // msw-storybook-addon starts the service worker for every story, whatever the Vite mode, so
  // Storybook (dev, static build and the Vitest `storybook` project) always serves the script.
  viteFinal(viteConfig) {
    const plugins = viteConfig.plugins ?? [];
    if (hasPlugin(plugins, 'msw')) return viteConfig;
    return { ...viteConfig, plugins: [...plugins, msw({ mode: 'worker-only' })] };
  },
};

export default config;
