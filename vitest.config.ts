import { defineConfig } from 'vitest/config'

// Three families: fast unit/integration tests, browser end-to-end tests through the headless host,
// and the real whatsapp-web.js client against the offline WhatsApp Web double.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          // Replies to one chat are paced a few seconds apart (as WhatsApp wants), so what the pretend phone shows
          // can take longer than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'whatsapp',
          include: ['tests/whatsapp-double/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
