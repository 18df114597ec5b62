// "Protect with a password": the group file's records are encrypted with AES-GCM, with a key made
// from the password by PBKDF2 (SHA-256, many rounds). A random salt and IV go into the file.
import { base64ToBytes, bytesToBase64 } from '../domain/base64';
import type { Encryption } from '../domain/transfer/format';

/** OWASP's 2023 advice for PBKDF2-SHA-256. */
export const passwordIterations = 600_000;

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

async function keyFrom(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptText(plain: string, password: string, iterations = passwordIterations): Promise<{ encryption: Encryption; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(password, salt, iterations);
  const sealed = await subtle().encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(plain));
  return {
    encryption: { algorithm: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: bytesToBase64(salt), iv: bytesToBase64(iv) },
    ciphertext: bytesToBase64(new Uint8Array(sealed)),
  };
}

/** The plain text, or null when the password is wrong (or the encrypted part is damaged). */
export async function decryptText(ciphertext: string, encryption: Encryption, password: string): Promise<string | null> {
  const salt = base64ToBytes(encryption.salt);
  const iv = base64ToBytes(encryption.iv);
  const sealed = base64ToBytes(ciphertext);
  if (!salt || !iv || !sealed || iv.length !== 12) return null;
  try {
    const key = await keyFrom(password, salt, encryption.iterations);
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, sealed as BufferSource);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
