// The two npm peers measured beside Rampart, installed in bench/guard only (npm install --prefix bench/guard).
// Each is { name, detect(text) → boolean | Promise<boolean> }; an empty list when they are not installed.
export async function loadPeers() {
  const peers = new URL('./node_modules/', import.meta.url);
  try {
    const { default: vard } = await import(new URL('@andersmyrmel/vard/dist/index.js', peers).href);
    const guardrail = await import(new URL('llm_guardrail/index.js', peers).href);
    return [
      {
        name: '@andersmyrmel/vard 1.2.0 (default)',
        detect(text) {
          try {
            vard(text);
            return false;
          } catch {
            return true;
          }
        },
      },
      {
        name: 'llm_guardrail 2.1.2 (checkAll)',
        detect: async (text) => !(await guardrail.checkAll(text)).allowed,
      },
    ];
  } catch (error) {
    console.error(`peers not installed (npm install --prefix bench/guard): ${error.message}`);
    return [];
  }
}

/** The seed's filter as we reconstruct it: four exact, case-sensitive phrases. */
const SEED_PHRASES = [
  'ignore previous instructions',
  'ignore all previous instructions',
  'disregard previous instructions',
  'forget previous instructions',
];

export const seedFilter = {
  name: 'Seed phrase filter',
  detect: (text) => SEED_PHRASES.some((phrase) => text.includes(phrase)),
};
