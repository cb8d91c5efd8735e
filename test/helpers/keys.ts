import { createKeyring, generateKeyEntry, parseKeyList } from '../../src/security/keyring.js';

/** `ENCRYPTION_KEYS` for tests: one fresh key per test process, passed to every server it starts. */
export const TEST_ENCRYPTION_KEYS = generateKeyEntry('test1');

/** The keyring of {@link TEST_ENCRYPTION_KEYS}, for tests that build a store directly. */
export const TEST_KEYRING = createKeyring(parseKeyList(TEST_ENCRYPTION_KEYS));
