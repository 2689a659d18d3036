import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // This folder is the app, not the repository around it (whose lockfile Next would pick).
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
