import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: [
      'lib/**/*.test.ts',
      'extension/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
    ],
  },
});
