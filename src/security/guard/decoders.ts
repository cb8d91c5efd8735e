/**
 * Decoders for the encodings token-smuggling attacks use besides Base64, hex and ROT13: 8-bit binary groups and
 * Morse code. Each scans with one bounded, linear pattern and returns what every run decodes to; the normaliser
 * keeps those that read as text (the same test as for Base64 and hex) as views.
 */
import { Buffer } from 'node:buffer';

/** Runs of at least four 8-bit groups: "01001001 01100111 …" (separators: space, comma, dash). */
const BINARY_RUN = /(?:[01]{8}[\s,-]{1,3}){3,}[01]{8}/g;
/** Morse: at least four letters of dots and dashes, words split by " / " or more than one space. */
const MORSE_RUN = /(?:[.\-–—]{1,7}(?:\s\/\s|\s{1,3}|\s?\|\s?)){3,}[.\-–—]{1,7}/g;

/** 8-bit binary groups as UTF-8 bytes. */
export function decodeBinary(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(BINARY_RUN)) {
    const groups = match[0].match(/[01]{8}/g) ?? [];
    out.push(Buffer.from(groups.map((g) => Number.parseInt(g, 2))).toString('utf8'));
  }
  return out;
}

const MORSE: Readonly<Record<string, string>> = {
  '.-': 'a',
  '-...': 'b',
  '-.-.': 'c',
  '-..': 'd',
  '.': 'e',
  '..-.': 'f',
  '--.': 'g',
  '....': 'h',
  '..': 'i',
  '.---': 'j',
  '-.-': 'k',
  '.-..': 'l',
  '--': 'm',
  '-.': 'n',
  '---': 'o',
  '.--.': 'p',
  '--.-': 'q',
  '.-.': 'r',
  '...': 's',
  '-': 't',
  '..-': 'u',
  '...-': 'v',
  '.--': 'w',
  '-..-': 'x',
  '-.--': 'y',
  '--..': 'z',
  '-----': '0',
  '.----': '1',
  '..---': '2',
  '...--': '3',
  '....-': '4',
  '.....': '5',
  '-....': '6',
  '--...': '7',
  '---..': '8',
  '----.': '9',
  '..--..': '?',
  '.-.-.-': '.',
  '--..--': ',',
  '-.-.--': '!',
  '.----.': "'",
  '-..-.': '/',
  '---...': ':',
};

/** International Morse; " / " or a wider gap separates words. */
export function decodeMorse(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(MORSE_RUN)) {
    const words = match[0]
      .replace(/[–—]/g, '-')
      .split(/\s?[/|]\s?|\s{2,}/)
      .map((word) =>
        word
          .trim()
          .split(/\s/)
          .map((code) => MORSE[code] ?? '')
          .join(''),
      );
    const decoded = words.join(' ').trim();
    if (decoded !== '') out.push(decoded);
  }
  return out;
}
